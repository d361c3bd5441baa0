import { Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '../../shared/schema/local-date';
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

  validate(): void {
    checkNotFuture('assessedOn', this.assessedOn);
    if (this.assessedOn < LTCI_EARLIEST_DATE)
      throw new BadUserInputError('assessedOn', `must not be before ${LTCI_EARLIEST_DATE}`);
    checkText('assessingOrganisation', this.assessingOrganisation, 128);
    checkDateOrder('assessedOn', this.assessedOn, 'validUntil', this.validUntil);
    if (this.validUntil === this.assessedOn)
      throw new BadUserInputError('validUntil', 'must be after the assessment date');
  }
}
