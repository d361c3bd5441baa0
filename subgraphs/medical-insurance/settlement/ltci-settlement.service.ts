import { type EntityManager, LessThanOrEqual } from 'typeorm';
import { isUniqueViolation } from '../../shared/db/unique-violation';
import { BadUserInputError, ConflictError } from '../../shared/errors/errors';
import { type CheckedPage, type Page, readPage } from '../../shared/paging/page';
import { firstDayOf, lastDayOf } from '../../shared/time/months';
import { todayIso } from '../../shared/time/today';
import { LtciAssessment } from '../assessment/ltci-assessment.entity';
import {
  daysCoveredIn,
  gradeQualifies,
  ltciAmounts,
  qualifyingGradesText,
  rateFor,
} from '../benefit/ltci-benefit-rules';
import { LtciDesignation } from '../designation/ltci-designation.entity';
import { LtciEnrolmentStatus } from '../enrolment/ltci-enrolment.enums';
import { requireEnrolment } from '../enrolment/ltci-enrolment.service';
import { LtciSettlement } from './ltci-settlement.entity';
import { daysInMonth, type LtciSettlementFilter, type SettleLtciMonthInput } from './ltci-settlement.inputs';

/**
 * Settles a month of care: the person must be insured (ACTIVE) and hold a valid qualifying
 * assessment, the provider must be designated in the month and paid for the care form at its
 * level, the person-provider-month must not be settled yet, and the days must fit the month. The
 * enrolment row is locked, so settlements of one person are decided one at a time.
 */
export async function settleLtciMonth(manager: EntityManager, input: SettleLtciMonthInput): Promise<LtciSettlement> {
  const { month } = input;
  const [first, last] = [firstDayOf(month), lastDayOf(month)];
  const enrolment = await requireEnrolment(manager, input.personKey, 'personKey', { lock: true });
  if (enrolment.status !== LtciEnrolmentStatus.ACTIVE)
    throw new BadUserInputError(
      'personKey',
      `this person’s LTCI enrolment is ${enrolment.status} since ${enrolment.statusSince}; only an ACTIVE enrolment is settled`,
    );
  if (enrolment.since > last)
    throw new BadUserInputError('personKey', `this person is insured only from ${enrolment.since}, after ${month}`);

  const assessment = await manager.getRepository(LtciAssessment).findOne({
    where: { personKey: enrolment.personKey, assessedOn: LessThanOrEqual(last) },
    order: { assessedOn: 'DESC', id: 'DESC' },
  });
  if (!assessment)
    throw new BadUserInputError('personKey', `this person had no LTCI disability assessment by the end of ${month}`);
  if (!gradeQualifies(assessment.grade))
    throw new BadUserInputError(
      'personKey',
      `the grade assessed on ${assessment.assessedOn} (${assessment.grade}) does not qualify for benefits; qualifying grades: ${qualifyingGradesText()}`,
    );
  if (assessment.validUntil < first)
    throw new BadUserInputError(
      'personKey',
      `the assessment of ${assessment.assessedOn} expired on ${assessment.validUntil}, before ${month}`,
    );

  const designation = await manager
    .getRepository(LtciDesignation)
    .createQueryBuilder('designation')
    .where('designation.providerCode = :code AND designation.providerKind = :kind', {
      code: input.providerCode,
      kind: input.providerKind,
    })
    .andWhere(
      'designation.designatedFrom <= :last AND (designation.designatedUntil IS NULL OR designation.designatedUntil >= :first)',
      { first, last },
    )
    .orderBy('designation.designatedFrom', 'DESC')
    .getOne();
  if (!designation)
    throw new BadUserInputError(
      'providerCode',
      `this ${input.providerKind} was not LTCI-designated (定点) in ${month}`,
    );
  const rate = rateFor(input.careForm, designation.providerLevel);
  if (!rate)
    throw new BadUserInputError(
      'careForm',
      `${input.careForm} care is not paid at a ${designation.providerLevel} provider`,
    );

  const settlements = manager.getRepository(LtciSettlement);
  const ofMonth = await settlements.findBy({ personKey: enrolment.personKey, month });
  const previous = ofMonth.find((s) => s.providerCode === input.providerCode);
  if (previous)
    throw new ConflictError(
      `${month} of this person’s care by this provider was already settled on ${previous.settledOn}`,
      'month',
    );

  const coverable = daysCoveredIn(month, [
    { from: enrolment.since, until: null },
    { from: assessment.assessedOn, until: assessment.validUntil },
    { from: designation.designatedFrom, until: designation.designatedUntil },
  ]);
  if (input.days > coverable)
    throw new BadUserInputError(
      'days',
      `at most ${coverable} days of ${month} fall within the enrolment, the valid assessment and the designation`,
    );
  const settledDays = ofMonth.reduce((sum, s) => sum + s.days, 0);
  if (settledDays + input.days > daysInMonth(month)) {
    throw new BadUserInputError(
      'days',
      `${settledDays} days of ${month} are already settled with other providers; at most ${daysInMonth(month) - settledDays} remain`,
    );
  }

  const amounts = ltciAmounts(rate, enrolment.scheme, input.days, input.chargedFen);
  const row = settlements.create({
    personKey: enrolment.personKey,
    month,
    providerKind: input.providerKind,
    providerCode: input.providerCode,
    designationId: designation.id,
    providerLevel: designation.providerLevel,
    scheme: enrolment.scheme,
    districtCode: enrolment.districtCode,
    careForm: input.careForm,
    homeCareService: input.homeCareService ?? null,
    payee: input.payee,
    days: input.days,
    chargedFen: input.chargedFen,
    dailyCapFen: amounts.dailyCapFen,
    fundRatioBp: amounts.fundRatioBp,
    amountFen: amounts.amountFen,
    fundFen: amounts.fundFen,
    selfPaidFen: amounts.selfPaidFen,
    overCapFen: amounts.overCapFen,
    settledOn: todayIso(),
  });
  try {
    return await settlements.save(row);
  } catch (error) {
    // The unique index catches a duplicate the checks above could not see (another server, no row lock).
    if (isUniqueViolation(error))
      throw new ConflictError(`${month} of this person’s care by this provider is already settled`, 'month');
    throw error;
  }
}

export async function listLtciSettlements(
  manager: EntityManager,
  filter: LtciSettlementFilter | undefined,
  page: CheckedPage,
): Promise<Page<LtciSettlement>> {
  const query = manager.getRepository(LtciSettlement).createQueryBuilder('settlement');
  if (filter?.providerCode) query.andWhere('settlement.providerCode = :code', { code: filter.providerCode });
  if (filter?.month) query.andWhere('settlement.month = :month', { month: filter.month });
  return readPage(query, page, [{ column: 'settlement.id', property: 'id', direction: 'ASC' }]);
}
