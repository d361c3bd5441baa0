import { Field, ID, InputType, Int } from 'type-graphql';
import { BadUserInputError } from '../../shared/errors/errors';
import { parseCreditCode } from '../../shared/identity/credit-code';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkIntegerRange, checkText } from '../../shared/validation/checks';
import { checkWeihaiDistrict } from '../caregiver/work-district';
import { checkEnrolmentYear, FIRST_ENROLMENT_YEAR } from './enrolment-year';
import { ElderCareSchoolKind } from './elder-care-school-kind.enum';

/** The most students one major of one school can plausibly enrol in a year; a larger number is a typing error. */
const MAX_ENROLLED = 10_000;

/** One spelling per major, so the same major is one record: trimmed, inner spaces dropped, half-width brackets as full-width (护理(老年护理方向) → 护理（老年护理方向）). */
function normaliseMajor(major: string): string {
  return major.trim().replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

@InputType({ description: 'A school’s enrolment in one elder-care major in one year.' })
export class RecordElderCareMajorEnrolmentInput implements SelfValidating {
  @Field(() => ID, { description: 'Unified social credit code of the school (checked).' })
  schoolCode: string;

  @Field({ description: 'Name of the school.' })
  schoolName: string;

  @Field(() => ElderCareSchoolKind, { description: 'Kind of school.' })
  schoolKind: ElderCareSchoolKind;

  @Field({ description: 'Major (专业), e.g. 智慧健康养老服务与管理; half-width brackets are stored full-width.' })
  major: string;

  @Field(() => Int, { description: `Enrolment year; from ${FIRST_ENROLMENT_YEAR}, not in the future.` })
  enrolmentYear: number;

  @Field(() => Int, { description: `Students enrolled, 0 to ${MAX_ENROLLED}.` })
  enrolled: number;

  @Field(() => ID, { description: 'District where the school stands (6-digit Weihai district code).' })
  districtCode: string;

  validate(): void {
    this.schoolCode = parseCreditCode(this.schoolCode, 'schoolCode');
    checkText('schoolName', this.schoolName, 64);
    checkText('major', this.major, 64);
    this.major = normaliseMajor(this.major);
    checkEnrolmentYear('enrolmentYear', this.enrolmentYear);
    checkIntegerRange('enrolled', this.enrolled, 0, MAX_ENROLLED);
    checkWeihaiDistrict(this.districtCode, 'districtCode');
  }
}

@InputType({ description: 'A correction of the number enrolled in a recorded school, major and year.' })
export class CorrectElderCareMajorEnrolmentInput implements SelfValidating {
  @Field(() => ID, { description: 'The record.' })
  id: number;

  @Field(() => Int, { description: `Students enrolled, 0 to ${MAX_ENROLLED}.` })
  enrolled: number;

  validate(): void {
    if (!/^[1-9]\d{0,9}$/.test(String(this.id)))
      throw new BadUserInputError('id', 'must be the record number of an enrolment record');
    checkIntegerRange('enrolled', this.enrolled, 0, MAX_ENROLLED);
  }
}
