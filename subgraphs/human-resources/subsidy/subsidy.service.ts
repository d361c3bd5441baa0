import type { EntityManager } from 'typeorm';
import { rowLock } from '../../shared/db/row-lock';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors/errors';
import { yuan } from '../../shared/money/fen';
import { type CheckedPage, type Page, readPage } from '../../shared/paging/page';
import { checkDateOrder } from '../../shared/validation/checks';
import { requireCaregiver } from '../caregiver/caregiver.service';
import { CaregiverCertificate } from '../certificate/certificate.entity';
import { CaregiverTrainingEnrolment } from '../training/training-enrolment.entity';
import { CaregiverTrainingProgramme } from '../training/training-programme.entity';
import { decideCaregiverSubsidy } from './subsidy-eligibility';
import { CaregiverSubsidyStatus } from './subsidy.enums';
import { CaregiverSubsidy } from './subsidy.entity';
import type {
  CaregiverSubsidyFilter,
  DecideCaregiverSubsidyInput,
  RecordCaregiverSubsidyPaymentInput,
} from './subsidy.inputs';

/**
 * Decides a subsidy from the records: eligibility and amount by the rate table, at most one per
 * person, kind and occasion. The caregiver's row is locked first, so two clerks cannot both decide
 * the same award; the unique index is the last guard.
 */
export async function decideSubsidy(
  manager: EntityManager,
  input: DecideCaregiverSubsidyInput,
): Promise<CaregiverSubsidy> {
  const caregiver = await requireCaregiver(manager, input.personKey, 'personKey', { lock: true });
  let enrolment = null;
  if (input.trainingEnrolmentId != null) {
    const found = await manager.findOneBy(CaregiverTrainingEnrolment, { id: Number(input.trainingEnrolmentId) });
    if (!found || found.personKey !== caregiver.personKey)
      throw new BadUserInputError('trainingEnrolmentId', 'this caregiver has no such training enrolment');
    const programme = await manager.findOneByOrFail(CaregiverTrainingProgramme, { id: found.programmeId });
    enrolment = { id: found.id, completedOn: found.completedOn, programmeKind: programme.kind };
  }
  const certificates = await manager.findBy(CaregiverCertificate, { personKey: caregiver.personKey });
  const decision = decideCaregiverSubsidy(input.kind, { ...caregiver, certificates, enrolment }, input.decidedOn);
  if ('refusal' in decision) throw new BadUserInputError(decision.field, `${input.kind}: ${decision.refusal}`);

  const subsidies = manager.getRepository(CaregiverSubsidy);
  const earlier = await subsidies.findOneBy({
    personKey: caregiver.personKey,
    kind: input.kind,
    occasion: decision.occasion,
  });
  if (earlier)
    throw new ConflictError(
      `${input.kind} (${decision.occasion}) was already decided for this caregiver on ${earlier.decidedOn}: ${yuan(earlier.amountFen)}`,
      'kind',
    );
  return subsidies.save(
    subsidies.create({
      personKey: caregiver.personKey,
      kind: input.kind,
      occasion: decision.occasion,
      amountFen: decision.amountFen,
      decidedOn: input.decidedOn,
      employerCode: caregiver.employerCode,
      districtCode: caregiver.districtCode,
      trainingEnrolmentId: enrolment?.id ?? null,
      status: CaregiverSubsidyStatus.DECIDED,
      paymentReference: null,
      paidOn: null,
    }),
  );
}

/** Records finance's payment of a decided subsidy, once. */
export async function recordSubsidyPayment(
  manager: EntityManager,
  input: RecordCaregiverSubsidyPaymentInput,
): Promise<CaregiverSubsidy> {
  const subsidies = manager.getRepository(CaregiverSubsidy);
  const subsidy = await subsidies.findOne({ where: { id: Number(input.subsidyId) }, ...rowLock(manager) });
  if (!subsidy) throw new NotFoundError('Caregiver subsidy', String(input.subsidyId));
  if (subsidy.status === CaregiverSubsidyStatus.PAID)
    throw new ConflictError(
      `this subsidy was already paid on ${subsidy.paidOn} (${subsidy.paymentReference})`,
      'subsidyId',
    );
  checkDateOrder('the decision', subsidy.decidedOn, 'paidOn', input.paidOn);
  Object.assign(subsidy, {
    status: CaregiverSubsidyStatus.PAID,
    paymentReference: input.paymentReference,
    paidOn: input.paidOn,
  });
  return subsidies.save(subsidy);
}

export async function listSubsidies(
  manager: EntityManager,
  filter: CaregiverSubsidyFilter | undefined,
  page: CheckedPage,
): Promise<Page<CaregiverSubsidy>> {
  const query = manager.getRepository(CaregiverSubsidy).createQueryBuilder('subsidy');
  if (filter?.personKey) query.andWhere('subsidy.personKey = :personKey', { personKey: filter.personKey });
  if (filter?.kind) query.andWhere('subsidy.kind = :kind', { kind: filter.kind });
  if (filter?.status) query.andWhere('subsidy.status = :status', { status: filter.status });
  if (filter?.districtCode)
    query.andWhere('subsidy.districtCode = :districtCode', { districtCode: filter.districtCode });
  return readPage(query, page, [
    { column: 'subsidy.decidedOn', property: 'decidedOn', direction: 'DESC' },
    { column: 'subsidy.id', property: 'id', direction: 'DESC' },
  ]);
}
