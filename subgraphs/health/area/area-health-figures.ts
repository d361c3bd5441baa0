import { Authorized, Field, Int, ObjectType } from 'type-graphql';
import { INTERNET_NURSING_TARGET_PERCENT } from '../../shared/policy/policy-targets';
import { can } from '../access-policy';
import { MedicalInstitutionKind } from '../medical-institution/medical-institution-kind.enum';

/** Measure 14 of the 2025 measures: ≥70% of second-level-and-above public general hospitals offer Internet+nursing by end-2025. */
export const INTERNET_NURSING_TARGET_BASIS_POINTS = INTERNET_NURSING_TARGET_PERCENT * 100;

/**
 * Measure 14's denominator as SQL on a medical institution aliased `alias`: a public (公立) general
 * hospital (综合医院) graded second level or above. Bind `ELIGIBLE_HOSPITAL_PARAMETERS` with it.
 */
export function eligibleHospitalCondition(alias: string): string {
  return `${alias}.kind = :generalHospital AND ${alias}.level >= 2 AND ${alias}.isPublic = 1`;
}

export const ELIGIBLE_HOSPITAL_PARAMETERS = { generalHospital: MedicalInstitutionKind.GENERAL_HOSPITAL };

/** A hospice provider (安宁疗护) as SQL on a medical institution aliased `alias`. */
export function hospiceProviderCondition(alias: string): string {
  return `${alias}.hospiceProvider = 1`;
}

/** Internet+nursing coverage in an area, from counts the database makes. */
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'Coverage of "Internet + nursing" (互联网+护理服务) among second-level-and-above public general hospitals (二级及以上公立综合医院) in an area (measure 14: ≥70% by end-2025).',
})
export class InternetNursingCoverage {
  @Field(() => Int, {
    description: 'Second-level-and-above public general hospitals in the area: the denominator; unit: hospitals.',
  })
  eligible: number;

  @Field(() => Int, { description: 'Of those, hospitals offering Internet+nursing: the numerator; unit: hospitals.' })
  offering: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'offering ÷ eligible in basis points (1/100 of a percent, rounded down; 7000 = 70%); null when there is no eligible hospital.',
  })
  shareBasisPoints: number | null;

  @Field(() => Int, { description: 'The target share in basis points (7000 = 70%, measure 14).' })
  targetBasisPoints: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the share reaches the target; null when there is no eligible hospital.',
  })
  met: boolean | null;
}

export function internetNursingCoverage(eligible: number, offering: number): InternetNursingCoverage {
  const shareBasisPoints = eligible ? Math.floor((offering * 10_000) / eligible) : null;
  return Object.assign(new InternetNursingCoverage(), {
    eligible,
    offering,
    shareBasisPoints,
    targetBasisPoints: INTERNET_NURSING_TARGET_BASIS_POINTS,
    met: shareBasisPoints === null ? null : shareBasisPoints >= INTERNET_NURSING_TARGET_BASIS_POINTS,
  });
}

/** What the database counts for one area; every number is a sum or count over health's own tables. */
export interface AreaHealthTotals {
  hospiceProviders: number;
  eligibleHospitals: number;
  internetNursingHospitals: number;
  medicalBeds: number;
  hospiceBeds: number;
  inHospital: number;
  inHospice: number;
  openHomeSickbeds: number;
}

export const NO_HEALTH_TOTALS: AreaHealthTotals = {
  hospiceProviders: 0,
  eligibleHospitals: 0,
  internetNursingHospitals: 0,
  medicalBeds: 0,
  hospiceBeds: 0,
  inHospital: 0,
  inHospice: 0,
  openHomeSickbeds: 0,
};
