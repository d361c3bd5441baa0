import { Field, ID, InputType } from 'type-graphql';
import { BulkInputOf } from '../../shared/bulk/bulk-input';
import { checkSourceRef, SourceRefInput } from '../../shared/bulk/source-ref';
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

  @Field(() => SourceRefInput, {
    nullable: true,
    description:
      'The assessment’s identifier in the sending system; required in a bulk load. Refused if it already names a recorded assessment.',
  })
  sourceRef?: SourceRefInput | null;

  validate(): void {
    checkNotFuture('assessedOn', this.assessedOn);
    checkText('assessor', this.assessor, 128);
    checkSourceRef(this.sourceRef);
  }
}

@InputType({
  description:
    'Ability assessments to load from a civil-affairs system: each records a new assessment or brings the one with its source reference up to date.',
})
export class ImportAbilityAssessmentsInput extends BulkInputOf(RecordAbilityAssessmentInput, 'assessments') {}
