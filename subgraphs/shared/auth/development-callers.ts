import { SignJWT } from 'jose';
import type { AuthConfig } from '../config/auth-config';
import { DEPARTMENT_NAMES, type Department } from '../departments';
import type { Role } from './caller';

export interface CallerClaims {
  sub: string;
  role: Role;
  department?: Department;
  scope?: string;
}

/** One ready-made caller per department system and role, for the embedded hub, the tests and the README. */
export const DEVELOPMENT_CALLERS: Record<string, CallerClaims> = {
  ...Object.fromEntries(
    DEPARTMENT_NAMES.map((department) => [
      `${department}-system`,
      { sub: `${department}-system`, role: 'department-system' as const, department, scope: 'write personal-data' },
    ]),
  ),
  analyst: { sub: 'joint-meeting-analyst', role: 'analyst' },
  auditor: { sub: 'auditor', role: 'auditor', scope: 'audit' },
  developer: { sub: 'frontend-developer', role: 'developer' },
};

/**
 * Signs a token with the embedded mode's shared secret. Production tokens come from the city's
 * identity provider, signed with a private key the hub never holds, so this refuses without a secret.
 */
export async function mintDevelopmentToken(
  auth: AuthConfig,
  claims: CallerClaims,
  ttlSeconds = 8 * 3600,
): Promise<string> {
  if (!auth.secret)
    throw new Error(
      'development tokens need JWT_SECRET (embedded mode); production tokens come from the identity provider',
    );
  const { sub, ...rest } = claims;
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(new TextEncoder().encode(auth.secret));
}
