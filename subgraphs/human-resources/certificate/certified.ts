import type { CaregiverRole } from '../caregiver/caregiver-role.enum';
import { CERTIFICATE_KINDS_OF_ROLE, type CaregiverCertificateKind } from './certificate.enums';

/**
 * THE definition of "certified" (持证) used by every count, share and eligibility rule of human
 * resources: a worker is certified on a day when they hold a certificate of a kind that attests
 * their role (`CERTIFICATE_KINDS_OF_ROLE`: any care certificate for care work and social work, the
 * licence of their trade for an institution's medical, rehabilitation and fire-safety staff) that
 * was issued by that day and has not expired (the expiry day itself still counts). The predicate and
 * the SQL below say the same thing; change both together.
 */

export interface CertificateValidity {
  issuedOn: string;
  expiresOn: string | null;
}

/** A certificate held, with the kind it attests. */
export interface HeldCertificate extends CertificateValidity {
  kind: CaregiverCertificateKind;
}

/** Whether a certificate is valid on a day (ISO dates compare as strings). */
export function isCertificateValidOn(certificate: CertificateValidity, day: string): boolean {
  return certificate.issuedOn <= day && (certificate.expiresOn === null || certificate.expiresOn >= day);
}

/** Whether a worker of `role` holding these certificates is certified on a day. */
export function isCertifiedOn(certificates: readonly HeldCertificate[], role: CaregiverRole, day: string): boolean {
  const kinds = CERTIFICATE_KINDS_OF_ROLE[role];
  return certificates.some((certificate) => kinds.includes(certificate.kind) && isCertificateValidOn(certificate, day));
}

/** SQL: the certificate `held` attests the role of the caregiver `alias` (the kinds are the enum's own constants). */
function attestsRoleSql(alias: string): string {
  const arms = Object.entries(CERTIFICATE_KINDS_OF_ROLE).map(
    ([role, kinds]) => `(${alias}.role = '${role}' AND held.kind IN (${kinds.map((kind) => `'${kind}'`).join(', ')}))`,
  );
  return `(${arms.join(' OR ')})`;
}

/**
 * The same rule as a SQL condition on a query over `caregiver`: `caregiverAlias` is the caregiver's
 * alias, and the day is bound as `:certifiedOn` or given as a SQL expression (a column of a table of days).
 */
export function certifiedCondition(caregiverAlias: string, day = ':certifiedOn'): string {
  return `EXISTS (SELECT 1 FROM caregiver_certificate held WHERE held.personKey = ${caregiverAlias}.personKey AND ${attestsRoleSql(caregiverAlias)} AND held.issuedOn <= ${day} AND (held.expiresOn IS NULL OR held.expiresOn >= ${day}))`;
}
