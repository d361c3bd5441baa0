import type { EnvReader } from './env-reader';
import type { HubMode } from './subgraph-config';

/**
 * The keys of the audit chain's HMAC, by id. The first signs new entries and checkpoints; the others
 * only verify what older keys signed, so a verifier holding the old and new keys checks across a rotation.
 */
export interface AuditKeyring {
  signingKeyId: string;
  keys: ReadonlyMap<string, string>;
}

/** How a department keys its audit chain and how often it signs a checkpoint of the head. */
export interface AuditConfig {
  keyring: AuditKeyring;
  /** A signed checkpoint in the transaction of every entry whose sequence is a multiple of this. */
  checkpointEvery: number;
  /** Seconds between timed checkpoints of a head that moved since the last one; 0 turns the timer off. */
  checkpointSeconds: number;
}

/** Development default so embedded mode needs no setup; refused in production. */
const DEVELOPMENT_AUDIT_KEY = 'weihai-eldercare-hub-development-audit-key';
export const DEVELOPMENT_AUDIT_KEYS = `dev:${DEVELOPMENT_AUDIT_KEY}`;

/** A key id is stored with every entry (`audit_record.keyId`, 32 characters). */
const KEY_ID = /^[A-Za-z0-9_.-]{1,32}$/;

/**
 * Parses `id:key,id:key`. Problems name key ids and positions only, never a key: the message of a
 * refused configuration must not carry the secret it refuses.
 */
export function parseAuditKeyring(text: string): { keyring: AuditKeyring | null; problems: string[] } {
  const problems: string[] = [];
  const keys = new Map<string, string>();
  text.split(',').forEach((part, index) => {
    const colon = part.indexOf(':');
    const id = colon > 0 ? part.slice(0, colon).trim() : '';
    const key = colon > 0 ? part.slice(colon + 1).trim() : '';
    if (!KEY_ID.test(id) || !key)
      problems.push(
        `AUDIT_KEYS entry ${index + 1} must be <id>:<key>, the id of 1–32 letters, digits, ".", "_" or "-"`,
      );
    else if (keys.has(id)) problems.push(`AUDIT_KEYS names the key id "${id}" twice`);
    else keys.set(id, key);
  });
  const [signingKeyId] = keys.keys();
  return { keyring: problems.length || !signingKeyId ? null : { signingKeyId, keys }, problems };
}

export function readAuditConfig(read: EnvReader, mode: HubMode): AuditConfig {
  const text = read.string('AUDIT_KEYS', mode === 'embedded' ? DEVELOPMENT_AUDIT_KEYS : undefined);
  const parsed = text ? parseAuditKeyring(text) : { keyring: null, problems: [] };
  parsed.problems.forEach((problem) => read.problem(problem));
  if (mode === 'production' && parsed.keyring) {
    for (const [id, key] of parsed.keyring.keys) {
      if (key === DEVELOPMENT_AUDIT_KEY)
        read.problem(`AUDIT_KEYS key "${id}" must not be the development key in production`);
      else if (key.length < 32) read.problem(`AUDIT_KEYS key "${id}" must have at least 32 characters in production`);
    }
  }
  return {
    // An unusable keyring has been reported above and stops start-up; this value is never used then.
    keyring: parsed.keyring ?? { signingKeyId: '', keys: new Map() },
    checkpointEvery: read.integer('AUDIT_CHECKPOINT_EVERY', 100, 1, 1_000_000),
    checkpointSeconds: read.integer('AUDIT_CHECKPOINT_SECONDS', 300, 0, 86_400),
  };
}
