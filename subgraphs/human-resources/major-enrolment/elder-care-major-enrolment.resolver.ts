import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { areaCodeLevel } from '../../shared/areas/area-code';
import { transaction } from '../../shared/db/transaction';
import { can } from '../access-policy';
import { checkWeihaiDistrict } from '../caregiver/work-district';
import type { HumanResourcesContext } from '../context';
import { checkYear } from '../training/training.inputs';
import { ElderCareMajorEnrolment } from './elder-care-major-enrolment.entity';
import {
  CorrectElderCareMajorEnrolmentInput,
  RecordElderCareMajorEnrolmentInput,
} from './elder-care-major-enrolment.inputs';
import {
  correctElderCareMajorEnrolment,
  listElderCareMajorEnrolments,
  recordElderCareMajorEnrolment,
} from './elder-care-major-enrolment.service';

/** The register of enrolment in elder-care majors (indicator 12): numbers of students per school, major and year. */
@Authorized(can('publicRecords'))
@Resolver(() => ElderCareMajorEnrolment)
export class ElderCareMajorEnrolmentResolver {
  @Query(() => [ElderCareMajorEnrolment], {
    description:
      'Enrolment in elder-care majors (养老服务相关专业招生, indicator 12), per school, major and year: newest year first, then by district, school and major.',
  })
  elderCareMajorEnrolments(
    @Arg('year', () => Int, { nullable: true, description: 'Only this enrolment year.' }) year: number | undefined,
    @Arg('areaCode', () => ID, {
      nullable: true,
      description: 'Only schools in this area: the city (371000, every school) or a district (6-digit code).',
    })
    areaCode: string | undefined,
    @Ctx() { dataSource }: HumanResourcesContext,
  ): Promise<ElderCareMajorEnrolment[]> {
    if (year != null) checkYear('year', year);
    if (areaCode != null && areaCodeLevel(areaCode) !== 'CITY') checkWeihaiDistrict(areaCode, 'areaCode');
    return listElderCareMajorEnrolments(dataSource.manager, { year: year ?? null, areaCode: areaCode ?? null });
  }

  @Authorized(can('write'))
  @Mutation(() => ElderCareMajorEnrolment, {
    description:
      'Records a school’s enrolment in an elder-care major for a year. Refused for an invalid credit code or district, a year before 2015 or in the future, a negative number, or a school, major and year already recorded (correct that record instead).',
  })
  recordElderCareMajorEnrolment(
    @Arg('input', () => RecordElderCareMajorEnrolmentInput) input: RecordElderCareMajorEnrolmentInput,
    @Ctx() { dataSource }: HumanResourcesContext,
  ): Promise<ElderCareMajorEnrolment> {
    return transaction(dataSource, (manager) => recordElderCareMajorEnrolment(manager, input));
  }

  @Authorized(can('write'))
  @Mutation(() => ElderCareMajorEnrolment, {
    description:
      'Corrects the number enrolled of a recorded school, major and year. Refused for an unknown record or a negative number.',
  })
  correctElderCareMajorEnrolment(
    @Arg('input', () => CorrectElderCareMajorEnrolmentInput) input: CorrectElderCareMajorEnrolmentInput,
    @Ctx() { dataSource }: HumanResourcesContext,
  ): Promise<ElderCareMajorEnrolment> {
    return transaction(dataSource, (manager) => correctElderCareMajorEnrolment(manager, input));
  }
}
