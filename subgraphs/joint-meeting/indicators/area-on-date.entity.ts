import { SafeIntResolver } from 'graphql-scalars';
import { Authorized, Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import {
  CIVIL_AFFAIRS_FIGURE_NAMES,
  CivilAffairsAreaFigures,
} from '../../shared/indicators/civil-affairs-area-figures';
import { DistrictInstitution } from '../../shared/indicators/district-institution';
import { EmployerCareStaff } from '../../shared/indicators/employer-care-staff';
import { AREA_ON_DATE_DESCRIPTION } from '../../shared/indicators/type-descriptions';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';
import { HubDepartment } from './indicator.enums';

/**
 * The city or a district on a day: the entity the joint meeting's figures hang on. The joint meeting
 * owns it; each department — civil affairs like every other — adds its own as-of aggregates, and the
 * indicators `@requires` them all directly, so the gateway fetches every department in one parallel
 * wave. The fields marked external are the departments' figures as the gateway hands them over; the
 * joint meeting holds no department's records.
 */
@Directive('@key(fields: "areaCode asOf")')
@Authorized(can('publicRecords'))
@ObjectType({
  description: AREA_ON_DATE_DESCRIPTION,
})
export class AreaOnDate {
  @Field(() => ID, { description: 'Division code of the city (371000) or a district.' })
  areaCode: string;

  @Field(() => LocalDate, { description: 'The day the figures are as of (inclusive).' })
  asOf: string;

  // A department's figures are nullable in the graph so its absence nulls them alone, never the area;
  // the indicators of a department that did not answer read NO_DATA.

  // Civil affairs (民政局)
  @Directive('@external')
  @Field(() => CivilAffairsAreaFigures, {
    nullable: true,
    description:
      'Civil affairs: its counts for the area on the day (elders, beds, institutions, centres, facilities, visits). Not in the public API.',
  })
  civilAffairsFigures?: CivilAffairsAreaFigures;

  @Directive('@external')
  @Field(() => [ID], {
    nullable: true,
    description:
      'Civil affairs: credit codes of the elder-care institutions of the area operating on the day (indicator 8’s denominator; those health names integrated are its numerator). Not in the public API.',
  })
  operatingInstitutionCodes?: string[];

  @Directive('@external')
  @Field(() => [DistrictInstitution], {
    nullable: true,
    description:
      'Civil affairs: the 特困人员供养服务机构 of the area operating on the day, with their districts (those health names integrated count for the plan’s 专栏1: one per district). Not in the public API.',
  })
  extremePovertySupportInstitutions?: DistrictInstitution[];

  // Health (卫生健康委)
  @Directive('@external')
  @Field(() => [ID], {
    nullable: true,
    description:
      'Health: credit codes of the elder-care institutions (anywhere in the city) that are medical-care integrated on the day — a cooperation agreement in force or an inside clinic operating (indicator 8’s numerator, before civil affairs keeps those in the area).',
  })
  medicalCareIntegratedInstitutionCodes: string[];

  @Directive('@external')
  @Field(() => [ID], {
    nullable: true,
    description:
      'Health: credit codes of the elder-care institutions (anywhere in the city) with a cooperation agreement (签约合作) in force on the day, inside clinic or not (签约服务 coverage’s numerator, before civil affairs’ operating institutions of the area keep theirs).',
  })
  signedCooperationInstitutionCodes: string[];

  @Directive('@external')
  @Field(() => [ID], {
    nullable: true,
    description:
      'Health: the districts of the area with at least one medical institution providing hospice care (安宁疗护; plan: every district by end-2022).',
  })
  hospiceProviderDistrictCodes: string[];

  @Directive('@external')
  @Field(() => Int, {
    nullable: true,
    description:
      'Health: second-level-and-above public general hospitals of the area offering Internet+nursing (互联网+护理服务; measure 14’s numerator).',
  })
  internetNursingOfferingHospitals: number;

  @Directive('@external')
  @Field(() => [ID], {
    nullable: true,
    description:
      'Health: codes of the second-level-and-above public general hospitals of the area NOT offering Internet+nursing (with the offering ones, measure 14’s denominator).',
  })
  internetNursingMissingHospitalCodes: string[];

  // Medical insurance (医保局)
  @Directive('@external')
  @Field(() => Int, {
    description:
      'Medical insurance: persons aged 60 or over insured on the day by the urban-rural residents’ scheme (城乡居民) of long-term care insurance, registered in the area (measure 16’s breakdown for the scheme the measure names).',
  })
  ltciInsuredEldersResidentsScheme: number;

  @Directive('@external')
  @Field(() => Int, {
    description:
      'Medical insurance: the same for the employees’ scheme (职工); with the residents’, measure 16’s numerator (either scheme).',
  })
  ltciInsuredEldersEmployeesScheme: number;

  @Directive('@external')
  @Field(() => [ID], {
    nullable: true,
    description:
      'Medical insurance: credit codes of the elder-care institutions of the area LTCI-designated on the day (measure 20 keeps their care staff).',
  })
  ltciDesignatedInstitutionCodes: string[];

  // Human resources and social security (人社局)
  @Directive('@external')
  @Field(() => Int, {
    description:
      'Human resources: care staff (养老护理员, 长期照护师) working and certified on the day (indicator 11’s numerator).',
  })
  certifiedCareStaff: number;

  @Directive('@external')
  @Field(() => Int, {
    description: 'Human resources: social workers in elder care working on the day (indicator 4’s numerator).',
  })
  socialWorkers: number;

  @Directive('@external')
  @Field(() => Int, {
    description:
      'Human resources: care staff working in elder-care institutions on the day (measure 20’s certified-rate denominator).',
  })
  institutionCareStaff: number;

  @Directive('@external')
  @Field(() => Int, {
    description: 'Human resources: of those, certified on the day (measure 20’s certified-rate numerator).',
  })
  institutionCertifiedCareStaff: number;

  @Directive('@external')
  @Field(() => [EmployerCareStaff], {
    description:
      'Human resources: care staff working on the day in the area per employing institution (measure 20 keeps the LTCI-designated ones). Not in the public API.',
  })
  careStaffByEmployer?: EmployerCareStaff[];

  @Directive('@external')
  @Field(() => Int, {
    description:
      'Human resources: distinct caregivers who completed a training from the start of the plan period (2021-01-01) to the day, or to the 2024 goal’s deadline if the day is later (plan: 4,530 by end-2024).',
  })
  trainedCaregivers: number;

  @Directive('@external')
  @Field(() => Int, {
    description:
      'Human resources: of those, the caregivers who completed a training within the goal’s own year (2024) by the day.',
  })
  trainedCaregiversInGoalYear: number;

  @Directive('@external')
  @Field(() => Int, {
    description:
      'Human resources: distinct social workers who completed a training in the same period (plan: 266 by end-2024).',
  })
  trainedSocialWorkers: number;

  @Directive('@external')
  @Field(() => Int, {
    description:
      'Human resources: of those, the social workers who completed a training within the goal’s own year (2024) by the day.',
  })
  trainedSocialWorkersInGoalYear: number;

  @Directive('@external')
  @Field(() => Int, {
    description:
      'Human resources: care staff (养老护理员, 长期照护师) working on the day, with or without an employer (the induction-training target’s denominator).',
  })
  workingCareStaff: number;

  @Directive('@external')
  @Field(() => Int, {
    description:
      'Human resources: of those, the elder caregivers with an induction training (入职/上岗培训) completed on or before the day.',
  })
  inductedElderCaregivers: number;

  @Directive('@external')
  @Field(() => Int, {
    description:
      'Human resources: of those, the long-term carers with an induction training completed on or before the day.',
  })
  inductedLongTermCarers: number;

  @Directive('@external')
  @Field(() => Int, {
    description:
      'Human resources: elder-care institutions’ medical, rehabilitation and fire-safety staff working on the day (专栏4’s certified-rate denominator).',
  })
  institutionSpecialists: number;

  @Directive('@external')
  @Field(() => Int, {
    description: 'Human resources: of those, the medical staff with a physician’s or nurse’s licence valid on the day.',
  })
  certifiedMedicalStaff: number;

  @Directive('@external')
  @Field(() => Int, {
    description:
      'Human resources: of those, the rehabilitation therapists with a rehabilitation-therapy qualification valid on the day.',
  })
  certifiedRehabilitationTherapists: number;

  @Directive('@external')
  @Field(() => Int, {
    description:
      'Human resources: of those, the fire-safety operators with a fire-facility operator certificate valid on the day.',
  })
  certifiedFireSafetyOperators: number;

  @Directive('@external')
  @Field(() => Int, {
    nullable: true,
    description:
      'Human resources: students enrolled in elder-care majors (养老服务相关专业) in the latest enrolment year ended by the day; null if none is recorded (indicator 12).',
  })
  elderCareMajorEnrolment: number | null;

  @Directive('@external')
  @Field(() => Int, {
    nullable: true,
    description: 'Human resources: the same the year before; null if none is recorded (indicator 12’s base).',
  })
  elderCareMajorEnrolmentPreviousYear: number | null;

  // Finance (财政局)
  @Directive('@external')
  @Field(() => SafeIntResolver, {
    nullable: true,
    description:
      'Finance: the area’s own retained welfare-lottery fund (福彩公益金) raised the year before the day, in fen; null if none is recorded.',
  })
  lotteryFundRetainedFen: number | null;

  @Directive('@external')
  @Field(() => SafeIntResolver, {
    nullable: true,
    description: 'Finance: of it, fen allocated to elder care by the day; null if no fund is recorded.',
  })
  lotteryFundElderCareFen: number | null;

  @Directive('@external')
  @Field(() => [ID], {
    nullable: true,
    description:
      'Finance: the districts of the area whose own retained fund of that year has less than 55% allocated to elder care by the day.',
  })
  lotteryFundShortfallDistrictCodes: string[];
}

/** Every department's figure the indicators need, by the department that sends it: a department that did not answer leaves all of its own out. */
export const FIGURES_BY_DEPARTMENT = {
  [HubDepartment.CIVIL_AFFAIRS]: [
    'civilAffairsFigures',
    'operatingInstitutionCodes',
    'extremePovertySupportInstitutions',
  ],
  [HubDepartment.HEALTH]: [
    'medicalCareIntegratedInstitutionCodes',
    'signedCooperationInstitutionCodes',
    'hospiceProviderDistrictCodes',
    'internetNursingOfferingHospitals',
    'internetNursingMissingHospitalCodes',
  ],
  [HubDepartment.MEDICAL_INSURANCE]: [
    'ltciInsuredEldersResidentsScheme',
    'ltciInsuredEldersEmployeesScheme',
    'ltciDesignatedInstitutionCodes',
  ],
  [HubDepartment.HUMAN_RESOURCES]: [
    'certifiedCareStaff',
    'socialWorkers',
    'institutionCareStaff',
    'institutionCertifiedCareStaff',
    'careStaffByEmployer',
    'trainedCaregivers',
    'trainedCaregiversInGoalYear',
    'trainedSocialWorkers',
    'trainedSocialWorkersInGoalYear',
    'workingCareStaff',
    'inductedElderCaregivers',
    'inductedLongTermCarers',
    'institutionSpecialists',
    'certifiedMedicalStaff',
    'certifiedRehabilitationTherapists',
    'certifiedFireSafetyOperators',
    'elderCareMajorEnrolment',
    'elderCareMajorEnrolmentPreviousYear',
  ],
  [HubDepartment.FINANCE]: ['lotteryFundRetainedFen', 'lotteryFundElderCareFen', 'lotteryFundShortfallDistrictCodes'],
} as const satisfies Record<HubDepartment, ReadonlyArray<keyof AreaOnDate>>;
type RequiredFigure = (typeof FIGURES_BY_DEPARTMENT)[HubDepartment][number];

/** The same figures in one list, as the `@requires` selection names them (objects with their fields). */
export const REQUIRED_FIGURES: readonly RequiredFigure[] = Object.values(FIGURES_BY_DEPARTMENT).flat();

const SUBSELECTIONS: Partial<Record<RequiredFigure, string>> = {
  civilAffairsFigures: `{ ${CIVIL_AFFAIRS_FIGURE_NAMES.join(' ')} }`,
  careStaffByEmployer: '{ institutionCode careStaff longTermCarers }',
  extremePovertySupportInstitutions: '{ districtCode institutionCode }',
};

/** The `@requires` selection of the indicators: every figure above, objects with every field. */
export const REQUIRED_SELECTION = REQUIRED_FIGURES.map((field) =>
  SUBSELECTIONS[field] ? `${field} ${SUBSELECTIONS[field]}` : field,
).join(' ');

/** What the gateway hands the joint meeting about an area on a day: every department's figures. */
export type DepartmentFigures = Pick<AreaOnDate, RequiredFigure>;
