import type { EntityManager } from 'typeorm';
import { describeSourceRef, sourceRefColumns, type SourceRefInput } from '../../shared/bulk/source-ref';
import { BadUserInputError, ConflictError } from '../../shared/errors/errors';
import type { Caregiver } from '../caregiver/caregiver.entity';
import { requireCaregiver } from '../caregiver/caregiver.service';
import { kindOfLevel } from './certificate.enums';
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

/** The fields of a certificate of `caregiver`: refused if issued before the caregiver's birth. */
export function certificateRecord(
  caregiver: Pick<Caregiver, 'personKey' | 'birthDate'>,
  input: RecordCaregiverCertificateInput,
): Pick<CaregiverCertificate, (typeof CERTIFICATE_FIELDS)[number]> {
  if (input.issuedOn < caregiver.birthDate)
    throw new BadUserInputError('issuedOn', `must not be before the caregiver’s birth on ${caregiver.birthDate}`);
  return {
    personKey: caregiver.personKey,
    kind: kindOfLevel(input.level),
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
