import type { EntityManager } from 'typeorm';
import { rowLock } from '../../shared/db/row-lock';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors/errors';
import { checkDateOrder } from '../../shared/validation/checks';
import { requireMedicalInstitution } from '../medical-institution/medical-institution.service';
import { CooperationAgreement, lastDayInForce } from './cooperation-agreement.entity';
import type { EndCooperationAgreementInput, SignCooperationAgreementInput } from './cooperation-agreement.inputs';

/**
 * Records a signed agreement. The medical institution must be registered here; the elder-care
 * institution is civil affairs' record, so only its credit code is checked. The medical institution
 * is locked, so two clerks cannot record overlapping agreements of the same pair at once.
 */
export async function signCooperationAgreement(
  manager: EntityManager,
  input: SignCooperationAgreementInput,
): Promise<CooperationAgreement> {
  const medical = await requireMedicalInstitution(manager, input.medicalInstitutionCode, 'medicalInstitutionCode', {
    lock: true,
  });
  const agreements = manager.getRepository(CooperationAgreement);
  const query = agreements
    .createQueryBuilder('agreement')
    .where('(agreement.medicalInstitutionCode = :medical AND agreement.institutionCode = :institution)', {
      medical: medical.code,
      institution: input.institutionCode,
    })
    .andWhere(
      '(COALESCE(agreement.endedOn, agreement.validTo) IS NULL OR COALESCE(agreement.endedOn, agreement.validTo) >= :from)',
      { from: input.validFrom },
    );
  if (input.validTo) query.andWhere('agreement.validFrom <= :to', { to: input.validTo });
  const overlapping = await query.getOne();
  if (overlapping) {
    throw new ConflictError(
      `${medical.name} already has an agreement with this institution from ${overlapping.validFrom} that overlaps the new one`,
      'institutionCode',
    );
  }
  return agreements.save(
    agreements.create({
      medicalInstitutionCode: medical.code,
      institutionCode: input.institutionCode,
      services: input.services,
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
      endedOn: null,
    }),
  );
}

export async function endCooperationAgreement(
  manager: EntityManager,
  input: EndCooperationAgreementInput,
): Promise<CooperationAgreement> {
  const agreements = manager.getRepository(CooperationAgreement);
  const agreement = await agreements.findOne({ where: { id: Number(input.agreementId) }, ...rowLock(manager) });
  if (!agreement) throw new NotFoundError('Cooperation agreement', String(input.agreementId));
  if (agreement.endedOn)
    throw new ConflictError(`this agreement was already ended on ${agreement.endedOn}`, 'agreementId');
  checkDateOrder('validFrom', agreement.validFrom, 'endedOn', input.endedOn);
  const last = lastDayInForce(agreement);
  if (last !== null && input.endedOn > last)
    throw new BadUserInputError('endedOn', `the agreement’s term ended on ${last}`);
  agreement.endedOn = input.endedOn;
  return agreements.save(agreement);
}
