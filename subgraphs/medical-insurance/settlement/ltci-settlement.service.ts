import { type EntityManager, LessThanOrEqual } from 'typeorm';
import { describeSourceRef, sourceRefColumns } from '../../shared/bulk/source-ref';
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
import type { LtciEnrolment } from '../enrolment/ltci-enrolment.entity';
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
  const enrolment = await requireEnrolment(manager, input.personKey, 'personKey', { lock: true });
  const settlements = manager.getRepository(LtciSettlement);
  const row = settlementRecord(input, {
    enrolment,
    assessments: await manager.findBy(LtciAssessment, {
      personKey: enrolment.personKey,
      assessedOn: LessThanOrEqual(lastDayOf(input.month)),
    }),
    designations: await manager.findBy(LtciDesignation, { providerCode: input.providerCode }),
    ofMonth: await settlements.findBy({ personKey: enrolment.personKey, month: input.month }),
  });
  if (
    input.sourceRef &&
    (await settlements.existsBy({ sourceSystem: input.sourceRef.source, sourceId: input.sourceRef.ref }))
  )
    throw new ConflictError(`${describeSourceRef(input.sourceRef)} already names a settlement`, 'sourceRef');
  try {
    return await settlements.save(settlements.create(row));
  } catch (error) {
    // The unique index catches a duplicate the checks above could not see (another server, no row lock).
    if (isUniqueViolation(error))
      throw new ConflictError(`${input.month} of this person’s care by this provider is already settled`, 'month');
    throw error;
  }
}

/** What a month's settlement is decided on: the person's enrolment and assessments, the provider's designations, the month's settlements of the person. */
export interface SettlementFacts {
  enrolment: LtciEnrolment;
  /** The person's assessments; those after the month are ignored. */
  assessments: readonly LtciAssessment[];
  /** The provider's designations, of any kind and period. */
  designations: readonly LtciDesignation[];
  /** The person's settlements of the month, with any provider. */
  ofMonth: readonly LtciSettlement[];
}

/**
 * The settlement of `input` (a row to write), checked against `facts` as `settleLtciMonth` checks
 * it; refused with the field at fault otherwise. Written once for the single mutation and the load.
 */
export function settlementRecord(
  input: SettleLtciMonthInput,
  { enrolment, assessments, designations, ofMonth }: SettlementFacts,
): Omit<LtciSettlement, 'id' | 'createdAt' | 'fundRatioBasisPoints' | 'sourceRef'> {
  const { month } = input;
  const [first, last] = [firstDayOf(month), lastDayOf(month)];
  if (enrolment.status !== LtciEnrolmentStatus.ACTIVE)
    throw new BadUserInputError(
      'personKey',
      `this person’s LTCI enrolment is ${enrolment.status} since ${enrolment.statusSince}; only an ACTIVE enrolment is settled`,
    );
  if (enrolment.since > last)
    throw new BadUserInputError('personKey', `this person is insured only from ${enrolment.since}, after ${month}`);

  // The latest assessment by the month's end (the later record of a day, as the record numbers order them).
  const assessment = assessments
    .filter((a) => a.personKey === enrolment.personKey && a.assessedOn <= last)
    .reduce<LtciAssessment | null>(
      (latest, a) =>
        !latest || a.assessedOn > latest.assessedOn || (a.assessedOn === latest.assessedOn && a.id > latest.id)
          ? a
          : latest,
      null,
    );
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

  // The latest designation of the provider, as this kind, in force on a day of the month.
  const designation = designations
    .filter(
      (d) =>
        d.providerCode === input.providerCode &&
        d.providerKind === input.providerKind &&
        d.designatedFrom <= last &&
        (d.designatedUntil === null || d.designatedUntil >= first),
    )
    .reduce<LtciDesignation | null>(
      (latest, d) => (!latest || d.designatedFrom > latest.designatedFrom ? d : latest),
      null,
    );
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
  return {
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
    ...sourceRefColumns(input.sourceRef),
  };
}

/** The fields of a settlement its sender chose, which a load compares to tell a repeat from a different settlement. */
export const SETTLEMENT_INPUT_FIELDS = [
  'providerKind',
  'careForm',
  'homeCareService',
  'payee',
  'days',
  'chargedFen',
] as const satisfies ReadonlyArray<keyof LtciSettlement>;

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
