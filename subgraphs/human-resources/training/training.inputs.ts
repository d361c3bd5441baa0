import { Field, ID, InputType, Int } from 'type-graphql';
import { assertPersonKey } from '../../shared/identity/person-key';
import { LocalDate } from '../../shared/schema/local-date';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkDateOrder, checkIntegerRange, checkNotFuture, checkText } from '../../shared/validation/checks';
import { checkWeihaiDistrict } from '../caregiver/work-district';
import { CaregiverTrainingKind } from './caregiver-training-kind.enum';

@InputType({ description: 'A new training programme for elder-care workers.' })
export class OpenCaregiverTrainingProgrammeInput implements SelfValidating {
  @Field(() => CaregiverTrainingKind, { description: 'Kind of training.' })
  kind: CaregiverTrainingKind;

  @Field({ description: 'Name of the programme.' })
  name: string;

  @Field({ description: 'Organiser.' })
  organiser: string;

  @Field(() => ID, { nullable: true, description: 'District served; omitted for a citywide programme.' })
  districtCode?: string | null;

  @Field(() => LocalDate, { description: 'First day; its year is the programme year.' })
  startsOn: string;

  @Field(() => LocalDate, { description: 'Last day; not before the first.' })
  endsOn: string;

  validate(): void {
    checkText('name', this.name, 128);
    checkText('organiser', this.organiser, 128);
    if (this.districtCode) checkWeihaiDistrict(this.districtCode, 'districtCode');
    checkDateOrder('startsOn', this.startsOn, 'endsOn', this.endsOn);
  }
}

@InputType({ description: 'A registered caregiver enrolled in a programme.' })
export class EnrolCaregiverInTrainingInput implements SelfValidating {
  @Field(() => ID, { description: 'The programme.' })
  programmeId: number;

  @Field(() => ID, { description: 'Person key of the caregiver.' })
  personKey: string;

  @Field(() => LocalDate, { description: 'Date of enrolment; not in the future, not after the programme’s last day.' })
  enrolledOn: string;

  validate(): void {
    assertPersonKey(this.personKey);
    checkNotFuture('enrolledOn', this.enrolledOn);
  }
}

@InputType({ description: 'The completion (结业) of an enrolment.' })
export class CompleteCaregiverTrainingInput implements SelfValidating {
  @Field(() => ID, { description: 'The enrolment.' })
  enrolmentId: number;

  @Field(() => LocalDate, {
    description: 'Date of completion; not in the future, not before the enrolment or the programme’s first day.',
  })
  completedOn: string;

  validate(): void {
    checkNotFuture('completedOn', this.completedOn);
  }
}

/** The year asked of a per-year count, checked before it reaches SQL. */
export function checkYear(field: string, year: number): number {
  checkIntegerRange(field, year, 2000, 2100);
  return year;
}

@InputType({ description: 'Which training programmes to list.' })
export class CaregiverTrainingProgrammeFilter implements SelfValidating {
  @Field(() => Int, { nullable: true, description: 'Programme year.' })
  year?: number;

  @Field(() => CaregiverTrainingKind, { nullable: true, description: 'Kind of training.' })
  kind?: CaregiverTrainingKind;

  @Field(() => ID, { nullable: true, description: 'District served (citywide programmes are included).' })
  districtCode?: string;

  validate(): void {
    if (this.year != null) checkYear('filter.year', this.year);
    if (this.districtCode) checkWeihaiDistrict(this.districtCode, 'filter.districtCode');
  }
}
