import { Field, ID, InputType, Int } from 'type-graphql';
import { BadUserInputError } from '../../shared/errors/errors';
import { parseCreditCode } from '../../shared/identity/credit-code';
import { Fen } from '../../shared/money/fen';
import { BulkInputOf } from '../../shared/bulk/bulk-input';
import { checkSourceRef, SourceRefInput } from '../../shared/bulk/source-ref';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { isMonth, lastDayOf, monthOf } from '../../shared/time/months';
import { todayIso } from '../../shared/time/today';
import { checkIntegerRange } from '../../shared/validation/checks';
import { payeeRefusal } from '../benefit/ltci-benefit-rules';
import { LtciProviderKind } from '../designation/ltci-provider.enums';
import { LtciCareForm } from '../../shared/ltci/ltci-care-form.enum';
import { LtciHomeCareService, LtciPayee } from './ltci-care.enums';

/** The largest monthly charge accepted: 1,000,000 yuan, far above any month of care, to catch typing slips. */
export const MAX_CHARGED_FEN = 100_000_000;

/** Days in a month, e.g. 28 for 2025-02. */
export function daysInMonth(month: string): number {
  return Number(lastDayOf(month).slice(8, 10));
}

@InputType({
  description: 'A month of one person’s LTCI care by one designated provider, to settle by the rate table.',
})
export class SettleLtciMonthInput implements SelfValidating {
  @Field(() => ID, {
    description:
      'Person key of the insured, who must be enrolled (ACTIVE) and hold a valid qualifying assessment in the month.',
  })
  personKey: string;

  @Field(() => LtciProviderKind, { description: 'Kind of provider.' })
  providerKind: LtciProviderKind;

  @Field(() => ID, {
    description: 'Unified social credit code of the provider, which must be designated in the month.',
  })
  providerCode: string;

  @Field({ description: 'Month of care, YYYY-MM; a month is settled after it ends.' })
  month: string;

  @Field(() => LtciCareForm, { description: 'Form of care.' })
  careForm: LtciCareForm;

  @Field(() => LtciHomeCareService, { nullable: true, description: 'For home care only: daily-life or medical care.' })
  homeCareService?: LtciHomeCareService | null;

  @Field(() => LtciPayee, {
    description: 'Who the fund pays: the provider, or (daily-life home care only) the insured person.',
  })
  payee: LtciPayee;

  @Field(() => Int, {
    description:
      'Days of care in the month; at most the days the person was insured and assessed and the provider designated, and the month’s days less those settled with other providers.',
  })
  days: number;

  @Field(() => Fen, { description: `Eligible care charges for the month, in fen; 0 to ${MAX_CHARGED_FEN}.` })
  chargedFen: number;

  @Field(() => SourceRefInput, {
    nullable: true,
    description: 'The settlement’s identifier in the sending system. Refused if it already names a settlement.',
  })
  sourceRef?: SourceRefInput | null;

  validate(): void {
    this.providerCode = parseCreditCode(this.providerCode, 'providerCode');
    if (!isMonth(this.month)) throw new BadUserInputError('month', 'must be a month written YYYY-MM, e.g. 2025-03');
    const current = monthOf(todayIso());
    if (this.month >= current)
      throw new BadUserInputError('month', `a month is settled after it ends: must be before ${current}`);
    checkIntegerRange('days', this.days, 1, 31);
    if (this.days > daysInMonth(this.month))
      throw new BadUserInputError('days', `${this.month} has only ${daysInMonth(this.month)} days`);
    checkIntegerRange('chargedFen', this.chargedFen, 0, MAX_CHARGED_FEN);
    const refusal = payeeRefusal(this.careForm, this.homeCareService ?? null, this.payee);
    if (refusal) throw new BadUserInputError(refusal.field, refusal.message);
    checkSourceRef(this.sourceRef);
  }
}

@InputType({
  description:
    'Monthly LTCI settlements to load from the medical-insurance system: each settles a person-provider-month, or matches the settlement of it (by source reference, else by person, provider and month).',
})
export class ImportLtciSettlementsInput extends BulkInputOf(SettleLtciMonthInput, 'settlements') {}

@InputType({ description: 'Which settlements to list; all given filters must hold.' })
export class LtciSettlementFilter implements SelfValidating {
  @Field(() => ID, { nullable: true, description: 'Only this provider’s settlements, by credit code.' })
  providerCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this month, YYYY-MM.' })
  month?: string | null;

  validate(): void {
    if (this.providerCode) this.providerCode = parseCreditCode(this.providerCode, 'filter.providerCode');
    if (this.month && !isMonth(this.month))
      throw new BadUserInputError('filter.month', 'must be a month written YYYY-MM, e.g. 2025-03');
  }
}
