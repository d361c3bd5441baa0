import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError } from '../../shared/errors/errors';
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
  if (input.issuedOn < caregiver.birthDate)
    throw new BadUserInputError('issuedOn', `must not be before the caregiver’s birth on ${caregiver.birthDate}`);
  const certificates = manager.getRepository(CaregiverCertificate);
  const number = input.certificateNumber.toUpperCase();
  const existing = await certificates.findOneBy({ certificateNumber: number });
  if (existing)
    throw new ConflictError(
      `certificate ${number} is already recorded${existing.personKey === caregiver.personKey ? ' for this caregiver' : ' for another caregiver'}`,
      'certificateNumber',
    );
  return certificates.save(
    certificates.create({
      personKey: caregiver.personKey,
      kind: kindOfLevel(input.level),
      level: input.level,
      certificateNumber: number,
      issuer: input.issuer.trim(),
      issuedOn: input.issuedOn,
      expiresOn: input.expiresOn ?? null,
    }),
  );
}
