import { Field, ID, InputType } from 'type-graphql';
import { BadUserInputError } from '../../shared/errors/errors';
import { assertPersonKey } from '../../shared/identity/person-key';
import { LocalDate } from '../../shared/schema/local-date';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkNotFuture } from '../../shared/validation/checks';
import { CareType } from './care-type.enum';

@InputType({ description: 'A caregiver assigned to serve a registered elder.' })
export class AssignCaregiverInput implements SelfValidating {
  @Field(() => ID, { description: 'Person key of the elder.' })
  personKey: string;

  @Field(() => ID, { description: 'Person key of the caregiver (their record is kept by human resources).' })
  caregiverKey: string;

  @Field(() => CareType, { description: 'Where the care is given.' })
  careType: CareType;

  @Field(() => ID, {
    nullable: true,
    description:
      'Credit code of the institution giving the care: required for institutional care (where the elder stays); for a family bed, its operator (taken from the bed when omitted); omitted for an independent home caregiver.',
  })
  institutionCode?: string | null;

  @Field(() => LocalDate, { description: 'First day of the assignment; not in the future.' })
  startedOn: string;

  validate(): void {
    assertPersonKey(this.caregiverKey, 'caregiverKey');
    if (this.careType === CareType.INSTITUTIONAL && !this.institutionCode)
      throw new BadUserInputError('institutionCode', 'institutional care needs the institution where the elder stays');
    checkNotFuture('startedOn', this.startedOn);
  }
}

@InputType({ description: 'The end of a care assignment.' })
export class EndCareAssignmentInput implements SelfValidating {
  @Field(() => ID, { description: 'The assignment to end.' })
  assignmentId: number;

  @Field(() => LocalDate, { description: 'Last day of the assignment; not before its start, not in the future.' })
  endedOn: string;

  validate(): void {
    checkNotFuture('endedOn', this.endedOn);
  }
}
