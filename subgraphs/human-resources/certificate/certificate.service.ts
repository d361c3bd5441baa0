import type { EntityManager } from 'typeorm';
import { describeSourceRef, sourceRefColumns, type SourceRefInput } from '../../shared/bulk/source-ref';
import { BadUserInputError, ConflictError } from '../../shared/errors/errors';
import type { Caregiver } from '../caregiver/caregiver.entity';
import { requireCaregiver } from '../caregiver/caregiver.service';
import { attestsRole, CERTIFICATE_KINDS_OF_ROLE, kindOfLevel } from './certificate.enums';
import { CaregiverCertificate } from './certificate.entity';
import type { RecordCaregiverCertificateInput } from './certificate.inputs';

/** Records a certificate; the caregiver is locked so two clerks cannot record the same one twice. */
export async function recordCaregiverCertificate(
  manager: EntityManager,
  input: RecordCaregiverCertificateInput,
): Promise<CaregiverCertificate> {
  const caregiver = await requireCaregiver(manager, input.personKey, 'personKey', { lock: true });
  const fields = certificateRecord(caregiver, input);
  const certificates = manager.getRepository(CaregiverCertificate);
  const existing = await certificates.findOneBy({ certificateNumber: fields.certificateNumber });
  if (existing) throw certificateNumberTaken(fields.certificateNumber, existing.personKey === caregiver.personKey);
  if (
    input.sourceRef &&
    (await certificates.existsBy({ sourceSystem: input.sourceRef.source, sourceId: input.sourceRef.ref }))
  )
    throw certificateSourceRefTaken(input.sourceRef);
  return certificates.save(certificates.create(fields));
}

/**
 * The fields of a certificate of `caregiver`: refused if issued before the caregiver's birth, or if
 * it does not attest their role (a nurse's licence for a fire-safety operator, a caregiver skill
 * certificate for a physician).
 */
export function certificateRecord(
  caregiver: Pick<Caregiver, 'personKey' | 'birthDate' | 'role'>,
  input: RecordCaregiverCertificateInput,
): Pick<CaregiverCertificate, (typeof CERTIFICATE_FIELDS)[number]> {
  if (input.issuedOn < caregiver.birthDate)
    throw new BadUserInputError('issuedOn', `must not be before the caregiver’s birth on ${caregiver.birthDate}`);
  const kind = kindOfLevel(input.level);
  if (!attestsRole(kind, caregiver.role))
    throw new BadUserInputError(
      'level',
      `a ${kind} certificate does not attest the role ${caregiver.role}; this role is certified by ${CERTIFICATE_KINDS_OF_ROLE[caregiver.role].join(' or ')}`,
    );
  return {
    personKey: caregiver.personKey,
    kind,
    level: input.level,
    certificateNumber: input.certificateNumber.toUpperCase(),
    issuer: input.issuer.trim(),
    issuedOn: input.issuedOn,
    expiresOn: input.expiresOn ?? null,
    ...sourceRefColumns(input.sourceRef),
  };
}

/** The fields a certificate is recorded with, which a load compares and writes. */
export const CERTIFICATE_FIELDS = [
  'personKey',
  'kind',
  'level',
  'certificateNumber',
  'issuer',
  'issuedOn',
  'expiresOn',
  'sourceSystem',
  'sourceId',
] as const satisfies ReadonlyArray<keyof CaregiverCertificate>;

export function certificateNumberTaken(number: string, sameCaregiver: boolean): ConflictError {
  return new ConflictError(
    `certificate ${number} is already recorded${sameCaregiver ? ' for this caregiver' : ' for another caregiver'}`,
    'certificateNumber',
  );
}

export function certificateSourceRefTaken(ref: SourceRefInput): ConflictError {
  return new ConflictError(`${describeSourceRef(ref)} already names another recorded certificate`, 'sourceRef');
}
