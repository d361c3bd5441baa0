import type { EnvReader } from './env-reader';
import type { HubMode } from './subgraph-config';

/** How tokens are checked; the same for the gateway and every subgraph. */
export interface AuthConfig {
  issuer: string;
  audience: string;
  /** HS256 shared secret (embedded and development). */
  secret: string | null;
  /** PEM public key (SPKI) for RS256 or ES256 tokens (production). */
  publicKey: string | null;
  algorithms: string[];
  /**
   * HMAC key with which the gateway signs every request it sends a subgraph and each subgraph checks
   * that signature (auth/gateway-signature.ts): the same for every service, unlike the token keys.
   */
  gatewaySigningKey: string;
}

/** Development default so embedded mode needs no setup; refused in production. */
export const DEVELOPMENT_JWT_SECRET = 'weihai-eldercare-hub-development-jwt-secret';

/** Development default so embedded mode needs no setup; refused in production. */
export const DEVELOPMENT_GATEWAY_SIGNING_KEY = 'weihai-eldercare-hub-development-gateway-signing-key';

export function readAuthConfig(read: EnvReader, mode: HubMode): AuthConfig {
  const publicKey = read.optional('JWT_PUBLIC_KEY')?.replace(/\\n/g, '\n') ?? null;
  const secret = read.optional('JWT_SECRET') ?? (mode === 'embedded' ? DEVELOPMENT_JWT_SECRET : null);
  if (mode === 'production' && !publicKey)
    read.problem('JWT_PUBLIC_KEY (PEM, for RS256/ES256 tokens) is required in production');
  if (mode === 'production' && secret)
    read.problem('JWT_SECRET must not be set in production: tokens are signed with private keys the hub never holds');
  if (publicKey && !/-----BEGIN PUBLIC KEY-----/.test(publicKey))
    read.problem('JWT_PUBLIC_KEY must be a PEM public key (-----BEGIN PUBLIC KEY-----)');
  const gatewaySigningKey = readGatewaySigningKey(read, mode);
  const algorithms = [...(secret ? ['HS256'] : []), ...(publicKey ? ['RS256', 'ES256'] : [])];
  return {
    issuer: read.string('JWT_ISSUER', 'weihai-eldercare-hub'),
    audience: read.string('JWT_AUDIENCE', 'weihai-eldercare-hub'),
    secret,
    publicKey,
    algorithms,
    gatewaySigningKey,
  };
}

/**
 * A key of its own: a person-key or token secret that leaked must not also let its holder pose as
 * the gateway composing for a caller.
 */
function readGatewaySigningKey(read: EnvReader, mode: HubMode): string {
  const name = 'HUB_GATEWAY_SIGNING_KEY';
  const key = read.string(name, mode === 'embedded' ? DEVELOPMENT_GATEWAY_SIGNING_KEY : undefined);
  if (mode !== 'production' || !key) return key;
  if (key === DEVELOPMENT_GATEWAY_SIGNING_KEY)
    read.problem(`${name} must not be the development default in production`);
  if (key.length < 32) read.problem(`${name} must have at least 32 characters in production`);
  if (key === read.optional('PERSON_KEY_SECRET')) read.problem(`${name} must differ from PERSON_KEY_SECRET`);
  return key;
}
