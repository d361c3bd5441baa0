import type { DepartmentFigures } from './area-on-date.entity';

/** Civil affairs' own counts for the city or a district on a day; each comes from one GROUP BY over its tables. */
export interface CivilAffairsFigures {
  /** Elders alive and aged 60 or over on the day: the denominator of the per-elder indicators. */
  elders: number;
  /** 特困 elders whose latest assessment by the day is 失能 (level 1–4), and those of them in an institution on the day. */
  disabledExtremePoverty: number;
  disabledExtremePovertyInCare: number;
  /** 特困 elders wishing centralised care (有集中供养意愿), and those of them in an institution on the day. */
  extremePovertyWishingCare: number;
  extremePovertyWishingCareInCare: number;
  /** Beds in service on the day in institutions operating on the day, and the nursing-type (护理型) ones. */
  beds: number;
  nursingBeds: number;
  /** Streets and towns of the area, and those with an open comprehensive / regional centre on the day. */
  streets: number;
  streetsWithCentre: number;
  towns: number;
  townsWithCentre: number;
  /** Institutions operating on the day, and those with each attribute the targets count. */
  institutions: number;
  medicalCareIntegrated: number;
  smartHomes: number;
  homeVisitInstitutions: number;
  smartFire: number;
  smartGas: number;
  brightKitchen: number;
  serviceQualityStandard: number;
  safetyStandard: number;
  /** Special-difficulty elders at the end of the visiting month, and the elders a visit in it found special-difficulty. */
  specialDifficulty: number;
  specialDifficultyVisited: number;
  /** Family elder-care beds open on the day. */
  familyBeds: number;
  /** New residential developments delivered by the day, and those whose supporting facility meets the standard. */
  residentialDevelopments: number;
  residentialDevelopmentsCompliant: number;
  /** Districts of the area, and those with an open university for the elderly on the day. */
  districts: number;
  districtsWithElderlyUniversity: number;
  /** Open embedded small institutions and rehab-aid rental points on the day. */
  embeddedSmallInstitutions: number;
  rehabAidRentalPoints: number;
  /** Age-friendly demonstration communities designated by the day's year (a district's count), and districts with at least two (the city's). */
  ageFriendlyCommunities: number;
  districtsWithTwoAgeFriendly: number;
}

/** Everything an indicator's formula may read about an area on a day. */
export interface AreaFigures extends CivilAffairsFigures, DepartmentFigures {
  level: 'CITY' | 'DISTRICT';
  areaCode: string;
  asOf: string;
}
