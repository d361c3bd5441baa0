import { Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '../../shared/schema/local-date';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkNotFuture } from '../../shared/validation/checks';

@InputType({
  description:
    'An application of a registered elder to the wait-list of a public institution; the priority tier is taken from the elder’s record.',
})
export class ApplyToWaitlistInput implements SelfValidating {
  @Field(() => ID, { description: 'Person key of the elder.' })
  personKey: string;

  @Field(() => ID, { description: 'Credit code of a public or publicly built, privately run institution.' })
  institutionCode: string;

  @Field(() => LocalDate, { description: 'Date of the application; not in the future.' })
  appliedOn: string;

  validate(): void {
    checkNotFuture('appliedOn', this.appliedOn);
  }
}

@InputType({ description: 'The withdrawal of a waiting application.' })
export class WithdrawFromWaitlistInput implements SelfValidating {
  @Field(() => ID, { description: 'The wait-list entry.' })
  entryId: number;

  @Field(() => LocalDate, { description: 'Date of the withdrawal; not before the application, not in the future.' })
  withdrawnOn: string;

  validate(): void {
    checkNotFuture('withdrawnOn', this.withdrawnOn);
  }
}

@InputType({ description: 'The admission of a waiting applicant.' })
export class MarkWaitlistAdmittedInput implements SelfValidating {
  @Field(() => ID, { description: 'The wait-list entry.' })
  entryId: number;

  @Field(() => LocalDate, { description: 'Date of admission; not before the application, not in the future.' })
  admittedOn: string;

  @Field(() => ID, { nullable: true, description: 'The elder’s stay in the same institution, if already recorded.' })
  stayId?: number | null;

  validate(): void {
    checkNotFuture('admittedOn', this.admittedOn);
  }
}
