/**
 * THE definition of "certified" (持证) used by every count, share and eligibility rule of human
 * resources: a caregiver is certified on a day when they hold a certificate of any kind that was
 * issued by that day and has not expired (the expiry day itself still counts). The predicate and
 * the SQL below say the same thing; change both together.
 */

export interface CertificateValidity {
  issuedOn: string;
  expiresOn: string | null;
}

/** Whether a certificate is valid on a day (ISO dates compare as strings). */
export function isCertificateValidOn(certificate: CertificateValidity, day: string): boolean {
  return certificate.issuedOn <= day && (certificate.expiresOn === null || certificate.expiresOn >= day);
}

/** Whether a caregiver holding these certificates is certified on a day. */
export function isCertifiedOn(certificates: readonly CertificateValidity[], day: string): boolean {
  return certificates.some((certificate) => isCertificateValidOn(certificate, day));
}

/**
 * The same rule as a SQL condition on a query over `caregiver`: `caregiverAlias` is the caregiver's
 * alias, and the query must bind the day as `:certifiedOn`.
 */
export function certifiedCondition(caregiverAlias: string): string {
  return `EXISTS (SELECT 1 FROM caregiver_certificate held WHERE held.personKey = ${caregiverAlias}.personKey AND held.issuedOn <= :certifiedOn AND (held.expiresOn IS NULL OR held.expiresOn >= :certifiedOn))`;
}
