import { Field, ID, InputType } from 'type-graphql';
import { BadUserInputError } from '../../shared/errors/errors';
import { assertPersonKey } from '../../shared/identity/person-key';
import { LocalDate } from '../../shared/schema/local-date';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkNotFuture } from '../../shared/validation/checks';
import { checkWeihaiDistrict } from '../caregiver/work-district';
import { CaregiverSubsidyKind, CaregiverSubsidyStatus } from './subsidy.enums';

@InputType({
  description:
    'A subsidy to decide for a registered caregiver; eligibility and amount come from the records and the rate table.',
})
export class DecideCaregiverSubsidyInput implements SelfValidating {
  @Field(() => ID, { description: 'Person key of the caregiver.' })
  personKey: string;

  @Field(() => CaregiverSubsidyKind, { description: 'Kind of subsidy.' })
  kind: CaregiverSubsidyKind;

  @Field(() => LocalDate, { description: 'Date of the decision; eligibility is checked on it. Not in the future.' })
  decidedOn: string;

  @Field(() => ID, {
    nullable: true,
    description: 'For a training subsidy (only): the caregiver’s completed enrolment it is for.',
  })
  trainingEnrolmentId?: number | null;

  validate(): void {
    assertPersonKey(this.personKey);
    checkNotFuture('decidedOn', this.decidedOn);
    const training = this.kind === CaregiverSubsidyKind.TRAINING_SUBSIDY;
    if (training && this.trainingEnrolmentId == null)
      throw new BadUserInputError('trainingEnrolmentId', 'a training subsidy needs the enrolment it is for');
    if (!training && this.trainingEnrolmentId != null)
      throw new BadUserInputError('trainingEnrolmentId', 'only a training subsidy names an enrolment');
  }
}

@InputType({ description: 'Finance’s payment of a decided subsidy.' })
export class RecordCaregiverSubsidyPaymentInput implements SelfValidating {
  @Field(() => ID, { description: 'The subsidy paid.' })
  subsidyId: number;

  @Field({ description: 'Finance’s disbursement reference: 4 to 64 letters, digits, hyphens, underscores or slashes.' })
  paymentReference: string;

  @Field(() => LocalDate, { description: 'Date paid; not in the future, not before the decision.' })
  paidOn: string;

  validate(): void {
    if (!/^[0-9A-Za-z_\-/]{4,64}$/.test(this.paymentReference))
      throw new BadUserInputError(
        'paymentReference',
        'must be 4 to 64 letters, digits, hyphens, underscores or slashes',
      );
    checkNotFuture('paidOn', this.paidOn);
  }
}

@InputType({ description: 'Filters for the subsidies list; all given filters must hold.' })
export class CaregiverSubsidyFilter implements SelfValidating {
  @Field(() => ID, { nullable: true, description: 'Person key of the caregiver.' })
  personKey?: string;

  @Field(() => CaregiverSubsidyKind, { nullable: true, description: 'Kind.' })
  kind?: CaregiverSubsidyKind;

  @Field(() => CaregiverSubsidyStatus, { nullable: true, description: 'Status.' })
  status?: CaregiverSubsidyStatus;

  @Field(() => ID, { nullable: true, description: 'District at the decision.' })
  districtCode?: string;

  validate(): void {
    if (this.personKey) assertPersonKey(this.personKey, 'filter.personKey');
    if (this.districtCode) checkWeihaiDistrict(this.districtCode, 'filter.districtCode');
  }
}
