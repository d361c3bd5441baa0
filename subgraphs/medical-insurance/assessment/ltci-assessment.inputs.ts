import { Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '../../shared/schema/local-date';
import { BulkInputOf } from '../../shared/bulk/bulk-input';
import { checkSourceRef, SourceRefInput } from '../../shared/bulk/source-ref';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkDateOrder, checkNotFuture, checkText } from '../../shared/validation/checks';
import { BadUserInputError } from '../../shared/errors/errors';
import { LTCI_EARLIEST_DATE } from '../enrolment/ltci-enrolment.inputs';
import { LtciDisabilityGrade } from './ltci-disability-grade.enum';

@InputType({ description: 'A disability assessment of an enrolled person.' })
export class RecordLtciAssessmentInput implements SelfValidating {
  @Field(() => ID, { description: 'Person key of the person assessed, who must be enrolled in LTCI.' })
  personKey: string;

  @Field(() => LtciDisabilityGrade, { description: 'Grade concluded.' })
  grade: LtciDisabilityGrade;

  @Field(() => LocalDate, {
    description: 'Date of the assessment; not in the future; one assessment per person and day.',
  })
  assessedOn: string;

  @Field({ description: 'Assessing organisation (评估机构), at most 128 characters.' })
  assessingOrganisation: string;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Last day the conclusion holds; after the assessment date. Defaults to the configured validity (24 months by default).',
  })
  validUntil?: string | null;

  @Field(() => SourceRefInput, {
    nullable: true,
    description:
      'The assessment’s identifier in the sending system. Refused if it already names a recorded assessment.',
  })
  sourceRef?: SourceRefInput | null;

  validate(): void {
    checkNotFuture('assessedOn', this.assessedOn);
    if (this.assessedOn < LTCI_EARLIEST_DATE)
      throw new BadUserInputError('assessedOn', `must not be before ${LTCI_EARLIEST_DATE}`);
    checkText('assessingOrganisation', this.assessingOrganisation, 128);
    checkDateOrder('assessedOn', this.assessedOn, 'validUntil', this.validUntil);
    if (this.validUntil === this.assessedOn)
      throw new BadUserInputError('validUntil', 'must be after the assessment date');
    checkSourceRef(this.sourceRef);
  }
}

@InputType({
  description:
    'LTCI disability assessments to load from the medical-insurance system: each records an assessment or brings the one it matches (by source reference, else by person and date) up to date.',
})
export class ImportLtciAssessmentsInput extends BulkInputOf(RecordLtciAssessmentInput, 'assessments') {}
