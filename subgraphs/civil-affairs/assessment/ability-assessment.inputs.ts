import { Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '../../shared/schema/local-date';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkNotFuture, checkText } from '../../shared/validation/checks';
import { AbilityLevel, AssessmentReason } from './ability.enums';

@InputType({ description: 'An ability assessment to record.' })
export class RecordAbilityAssessmentInput implements SelfValidating {
  @Field(() => ID, { description: 'Person key of the elder.' })
  personKey: string;

  @Field(() => AbilityLevel, { description: 'Resulting level.' })
  level: AbilityLevel;

  @Field(() => LocalDate, { description: 'Date of the assessment; not in the future.' })
  assessedOn: string;

  @Field(() => AssessmentReason, { description: 'Why it was made.' })
  reason: AssessmentReason;

  @Field({ description: 'Assessing organisation.' })
  assessor: string;

  validate(): void {
    checkNotFuture('assessedOn', this.assessedOn);
    checkText('assessor', this.assessor, 128);
  }
}
