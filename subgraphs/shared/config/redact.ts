/**
 * Hides credentials before text reaches an error message or a log line: the one place that knows
 * what a credential looks like, used by configuration errors, the logger and the process's last words.
 */

export const REDACTED = '***';

/** Names of environment variables whose whole value is a secret. */
const SECRET_NAME = /(SECRET|PASSWORD|PASSWD|TOKEN|PRIVATE_KEY|SIGNING_KEY|_KEYS)$/;

/** Keyrings (`id:key,id:key`, e.g. `AUDIT_KEYS`): each key is a secret on its own, wherever it shows up alone. */
const KEYRING_NAME = /_KEYS$/;

/** `scheme://…` up to a character that cannot be part of a URL in a message or a JSON string. */
const URL_IN_TEXT = /[a-z][a-z0-9+.-]*:\/\/[^\s"'`<>\\]+/gi;

/** `password=…` and the like, in a query string or a connection string. */
const SECRET_PARAMETER = /\b(password|passwd|pwd|secret|token|api[_-]?key)=[^&;\s"'`<>\\]*/gi;

/**
 * One value meant as a URL, well-formed or not: the password in its user information (everything
 * between the user name's colon and the last `@`, so an unencoded `@`, `/` or `#` in it is hidden too)
 * becomes `***`, whatever it is (a real password may well be "password"). A user name alone is
 * kept: it names an account, and helps to find the mistake. Examples in messages are written as
 * templates (`mysql://<user>:<password>@<host>`), which are not URLs and so stay as written.
 */
export function redactUrl(value: string): string {
  const at = value.lastIndexOf('@');
  if (at < 0) return value;
  const scheme = value.indexOf('://');
  const start = scheme >= 0 && scheme < at ? scheme + 3 : 0;
  const colon = value.indexOf(':', start);
  if (colon < 0 || colon > at) return value;
  return `${value.slice(0, colon + 1)}${REDACTED}${value.slice(at)}`;
}

/** The password a URL-shaped value carries, as written and as decoded (for literal redaction). */
function urlPasswords(value: string): string[] {
  const redacted = redactUrl(value);
  if (redacted === value) return [];
  const password = value.slice(redacted.indexOf(REDACTED), value.lastIndexOf('@'));
  const passwords = [password];
  try {
    passwords.push(decodeURIComponent(password));
  } catch {
    // not percent-encoded: the written form is all there is
  }
  return passwords;
}

/**
 * The secrets an environment holds: whole values of variables named like secrets, and the passwords
 * inside every value that looks like a URL with credentials (database URLs above all).
 */
export function secretsOf(env: NodeJS.ProcessEnv): string[] {
  const secrets = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (!value) continue;
    if (SECRET_NAME.test(name)) secrets.add(value.trim());
    if (KEYRING_NAME.test(name))
      for (const part of value.split(',')) {
        const key = part.slice(part.indexOf(':') + 1).trim();
        if (key) secrets.add(key);
      }
    for (const password of urlPasswords(value.trim())) secrets.add(password);
  }
  return [...secrets].filter((secret) => secret.length > 0);
}

/**
 * Any text with its credentials hidden: passwords in URLs (`mysql://user:***@host`), `password=…`
 * parameters, and every literal secret given (e.g. {@link secretsOf} the environment).
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let redacted = text.replace(URL_IN_TEXT, redactUrl).replace(SECRET_PARAMETER, `$1=${REDACTED}`);
  // Longest first, so a secret that contains another is hidden whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length))
    if (secret) redacted = redacted.split(secret).join(REDACTED);
  return redacted;
}
