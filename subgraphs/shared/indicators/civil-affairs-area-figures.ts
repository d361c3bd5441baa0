import { Directive, Field, Int, ObjectType } from 'type-graphql';

/**
 * Civil affairs' own counts for the city or a district on a day, as it hands them to the joint
 * meeting's indicators (`@requires`): the same type in both subgraphs, out of the public API. Every
 * field is a count of civil affairs' records, computed by its database; exact however small.
 */
@Directive('@shareable')
@Directive('@inaccessible')
@ObjectType({
  description:
    'Civil affairs’ counts for the city or a district on a day, for the joint meeting’s indicators; exact however small. Not in the public API.',
})
export class CivilAffairsAreaFigures {
  @Field(() => Int, {
    description: 'Elders alive and aged 60 or over on the day (老年人口): the denominator of the per-elder indicators.',
  })
  elders: number;

  @Field(() => Int, { description: '特困 elders whose latest ability assessment by the day is 失能 (levels 1–4).' })
  disabledExtremePoverty: number;

  @Field(() => Int, { description: 'Of those, the elders in an institution on the day (集中供养).' })
  disabledExtremePovertyInCare: number;

  @Field(() => Int, { description: '特困 elders wishing centralised care (有集中供养意愿).' })
  extremePovertyWishingCare: number;

  @Field(() => Int, { description: 'Of those, the elders in an institution on the day.' })
  extremePovertyWishingCareInCare: number;

  @Field(() => Int, { description: 'Beds in service on the day in institutions operating on the day.' })
  beds: number;

  @Field(() => Int, { description: 'Of those, the nursing-type beds (护理型床位).' })
  nursingBeds: number;

  @Field(() => Int, { description: 'Streets (街道) of the area.' })
  streets: number;

  @Field(() => Int, { description: 'Streets with an open comprehensive elder-care service centre on the day.' })
  streetsWithCentre: number;

  @Field(() => Int, { description: 'Towns (镇) of the area.' })
  towns: number;

  @Field(() => Int, { description: 'Towns with an open regional elder-care service centre on the day.' })
  townsWithCentre: number;

  @Field(() => Int, { description: 'Elder-care institutions operating on the day.' })
  institutions: number;

  @Field(() => Int, { description: 'Institutions operating on the day that are smart elder-care homes (智慧养老院).' })
  smartHomes: number;

  @Field(() => Int, { description: 'Institutions operating on the day offering home visits (上门服务).' })
  homeVisitInstitutions: number;

  @Field(() => Int, { description: 'Institutions operating on the day with smart fire monitoring (智慧消防).' })
  smartFire: number;

  @Field(() => Int, { description: 'Institutions operating on the day with smart gas monitoring (智慧燃气).' })
  smartGas: number;

  @Field(() => Int, { description: 'Institutions operating on the day with a bright kitchen (明厨亮灶).' })
  brightKitchen: number;

  @Field(() => Int, { description: 'Institutions operating on the day meeting the service-quality standard.' })
  serviceQualityStandard: number;

  @Field(() => Int, { description: 'Institutions operating on the day meeting the safety standard.' })
  safetyStandard: number;

  @Field(() => Int, {
    description: 'Special-difficulty elders (特殊困难老年人) at the end of the visiting month (indicator 9’s month).',
  })
  specialDifficulty: number;

  @Field(() => Int, { description: 'Elders a visit in the visiting month found special-difficulty.' })
  specialDifficultyVisited: number;

  @Field(() => Int, { description: 'Family elder-care beds (家庭养老床位) open on the day.' })
  familyBeds: number;

  @Field(() => Int, { description: 'New residential developments delivered by the day.' })
  residentialDevelopments: number;

  @Field(() => Int, {
    description: 'Of those, the developments whose supporting elder-care facility (配建) meets the standard.',
  })
  residentialDevelopmentsCompliant: number;

  @Field(() => Int, { description: 'Villages (村) and residents’ communities (社区) of the area.' })
  villagesAndCommunities: number;

  @Field(() => Int, {
    description: 'Of those, the ones with a day-care centre (日间照料中心) serving them open on the day.',
  })
  villagesAndCommunitiesWithDayCare: number;

  @Field(() => Int, { description: 'Districts of the area (1 for a district).' })
  districts: number;

  @Field(() => Int, { description: 'Districts with an open university for the elderly (老年大学) on the day.' })
  districtsWithElderlyUniversity: number;

  @Field(() => Int, { description: 'Embedded small institutions (嵌入式小型养老机构) open on the day.' })
  embeddedSmallInstitutions: number;

  @Field(() => Int, { description: 'Rehabilitation-aid rental points (康复辅具租赁点) open on the day.' })
  rehabAidRentalPoints: number;

  @Field(() => Int, {
    description:
      'Age-friendly demonstration communities (老年友好型社区) designated by the day’s year (a district’s count).',
  })
  ageFriendlyCommunities: number;

  @Field(() => Int, { description: 'Districts with at least two of them (the city’s count).' })
  districtsWithTwoAgeFriendly: number;
}

/** The figure names, as a `@requires` selection spells them. */
export const CIVIL_AFFAIRS_FIGURE_NAMES = [
  'elders',
  'disabledExtremePoverty',
  'disabledExtremePovertyInCare',
  'extremePovertyWishingCare',
  'extremePovertyWishingCareInCare',
  'beds',
  'nursingBeds',
  'streets',
  'streetsWithCentre',
  'towns',
  'townsWithCentre',
  'institutions',
  'smartHomes',
  'homeVisitInstitutions',
  'smartFire',
  'smartGas',
  'brightKitchen',
  'serviceQualityStandard',
  'safetyStandard',
  'specialDifficulty',
  'specialDifficultyVisited',
  'familyBeds',
  'residentialDevelopments',
  'residentialDevelopmentsCompliant',
  'villagesAndCommunities',
  'villagesAndCommunitiesWithDayCare',
  'districts',
  'districtsWithElderlyUniversity',
  'embeddedSmallInstitutions',
  'rehabAidRentalPoints',
  'ageFriendlyCommunities',
  'districtsWithTwoAgeFriendly',
] as const satisfies ReadonlyArray<keyof CivilAffairsAreaFigures>;
