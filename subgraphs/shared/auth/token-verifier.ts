import { createPublicKey, type KeyObject } from 'node:crypto';
import { errors as joseErrors, jwtVerify } from 'jose';
import type { AuthConfig } from '../config/auth-config';
import { isDepartment } from '../departments';
import { UnauthenticatedError } from '../errors/errors';
import { type Caller, ROLES, type Role } from './caller';

/** Turns an `Authorization` header into a verified caller: null when there is none, `UNAUTHENTICATED` when it is bad. */
export type TokenVerifier = (authorization: string | undefined) => Promise<Caller | null>;

export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const secret = config.secret ? new TextEncoder().encode(config.secret) : null;
  const publicKey: KeyObject | null = config.publicKey ? createPublicKey(config.publicKey) : null;
  return async (authorization) => {
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new UnauthenticatedError('the Authorization header must be "Bearer <token>"');
    const token = match[1];
    try {
      const { payload } = await jwtVerify(token, (header) => keyFor(header.alg, secret, publicKey), {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: config.algorithms,
        requiredClaims: ['sub', 'exp'],
      });
      return callerFrom(payload);
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw error;
      if (error instanceof joseErrors.JWTExpired) throw new UnauthenticatedError('the token has expired');
      throw new UnauthenticatedError('the token is not valid');
    }
  };
}

function keyFor(
  algorithm: string | undefined,
  secret: Uint8Array | null,
  publicKey: KeyObject | null,
): Uint8Array | KeyObject {
  const key = algorithm === 'HS256' ? secret : publicKey;
  if (!key) throw new UnauthenticatedError('the token is not valid');
  return key;
}

function callerFrom(claims: Record<string, unknown>): Caller {
  const role = claims.role as Role;
  if (!ROLES.includes(role)) throw new UnauthenticatedError(`the token's role must be one of ${ROLES.join(', ')}`);
  const department =
    typeof claims.department === 'string' && isDepartment(claims.department) ? claims.department : null;
  if (role === 'department-system' && !department)
    throw new UnauthenticatedError('a department system’s token must name its department');
  const scope = typeof claims.scope === 'string' ? claims.scope : '';
  return { id: String(claims.sub), role, department, scopes: new Set(scope.split(/\s+/).filter(Boolean)) };
}
