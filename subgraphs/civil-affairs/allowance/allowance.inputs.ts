import { Field, ID, InputType } from 'type-graphql';
import { BadUserInputError } from '../../shared/errors/errors';
import { LocalDate } from '../../shared/schema/local-date';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { firstDayOf, isMonth, monthOf } from '../../shared/time/months';
import { todayIso } from '../../shared/time/today';
import { checkDateOrder, checkNotFuture } from '../../shared/validation/checks';
import { AllowanceKind } from './allowance-kind.enum';

export const MAX_PAYMENTS_PER_CALL = 1000;

/** The month and payment date, checked the same way for one elder or a list. */
@InputType()
abstract class AllowanceMonthFields {
  @Field(() => AllowanceKind, { description: 'Kind of allowance.' })
  kind: AllowanceKind;

  @Field({ description: 'Month paid for, YYYY-MM; not after the current month.' })
  month: string;

  @Field(() => LocalDate, { description: 'Date paid; not before the month’s first day, not in the future.' })
  paidOn: string;

  protected checkMonth(): void {
    if (!isMonth(this.month)) throw new BadUserInputError('month', 'must be a month written YYYY-MM, e.g. 2025-03');
    if (this.month > monthOf(todayIso()))
      throw new BadUserInputError('month', `must not be after the current month (${monthOf(todayIso())})`);
    checkNotFuture('paidOn', this.paidOn);
    checkDateOrder(`the first day of ${this.month}`, firstDayOf(this.month), 'paidOn', this.paidOn);
  }
}

@InputType({ description: 'One month of an allowance paid to one elder; the amount is computed from the rate table.' })
export class RecordAllowancePaymentInput extends AllowanceMonthFields implements SelfValidating {
  @Field(() => ID, { description: 'Person key of the elder.' })
  personKey: string;

  validate(): void {
    this.checkMonth();
  }
}

@InputType({ description: 'One month of an allowance paid to a list of elders, all or none.' })
export class RecordAllowancePaymentsInput extends AllowanceMonthFields implements SelfValidating {
  @Field(() => [ID], { description: `Person keys of the elders, each once; at most ${MAX_PAYMENTS_PER_CALL}.` })
  personKeys: string[];

  validate(): void {
    if (this.personKeys.length === 0 || this.personKeys.length > MAX_PAYMENTS_PER_CALL)
      throw new BadUserInputError('personKeys', `give from 1 to ${MAX_PAYMENTS_PER_CALL} person keys`);
    const seen = new Set<string>();
    this.personKeys.forEach((key, i) => {
      if (seen.has(key)) throw new BadUserInputError(`personKeys[${i}]`, 'this person key is given twice');
      seen.add(key);
    });
    this.checkMonth();
  }
}
