import { Random } from '../../subgraphs/shared/seed/random';

/** What the traffic draws its variables from: real keys of the seeded city. */
export interface TrafficSample {
  idNumbers: string[];
  institutionCodes: string[];
  districtCodes: string[];
}

export interface TrafficRequest {
  query: string;
  variables: Record<string, unknown>;
  /** Which development caller sends it. */
  caller: 'civil-affairs-system' | 'finance-system' | 'analyst';
}

/**
 * One kind of request clients send: a fixed core and optional parts, of which each request picks a
 * few. Real clients (department systems, dashboards) each ask for their own selection, so the gateway
 * sees a few hundred distinct operations, not one: this is what its query-plan cache and Apollo
 * Server's parsed-document cache hold.
 */
interface Template {
  weight: number;
  caller: TrafficRequest['caller'];
  build(random: Random, sample: TrafficSample, optional: string): { query: string; variables: Record<string, unknown> };
  optionalParts: string[];
}

const TEMPLATES: Template[] = [
  {
    // One elder across departments, as a civil-affairs clerk opens their file.
    weight: 4,
    caller: 'civil-affairs-system',
    optionalParts: [
      'area { name level parent { name } }',
      'latestAssessment { level levelNumber assessedOn }',
      'currentInstitutionStay { admittedOn bed { kind label } institution { name rating } }',
      'currentInstitutionStay { institution { medicalCareIntegrated certifiedShare { ratio } } }',
      'hospitalStays { admittedOn dischargedOn }',
      'latestLtciGrade',
      'ltciSettlements(year: 2026) { month careForm fundFen selfPaidFen }',
      'careAssignments { caregiver { name role certificates { level } } }',
    ],
    build: (random, sample, optional) => ({
      query: `query ElderFile($id: String!) { elderByIdNumber(idNumber: $id) { personKey name age ${optional} } }`,
      variables: { id: pick(random, sample.idNumbers) },
    }),
  },
  {
    // A page of 20 elders with their assessment and stay.
    weight: 3,
    caller: 'civil-affairs-system',
    optionalParts: [
      'latestAssessment { level assessedOn }',
      'currentInstitutionStay { admittedOn bed { kind label } institution { name rating } }',
      'area { name }',
      'sex birthDate',
      'latestLtciGrade',
      'hospitalStays { admittedOn }',
    ],
    build: (random, sample, optional) => ({
      query: `query ElderPage($offset: Int!) { elders(page: { offset: $offset, limit: 20 }) { total items { personKey name age ${optional} } } }`,
      variables: { offset: random.int(0, 2000) },
    }),
  },
  {
    // Institutions of a district, as a planner reads them.
    weight: 2,
    caller: 'civil-affairs-system',
    optionalParts: [
      'ownership',
      'rating',
      'offersHomeVisits',
      'bedCounts { kind capacity occupied }',
      'medicalCareIntegrated',
      'certifiedShare { ratio }',
      'ltciDesignation { designatedFrom }',
    ],
    build: (random, sample, optional) => ({
      query: `query Institutions($area: ID!) { institutions(filter: { areaCode: $area }, page: { limit: 20 }) { total items { code name ${optional} } } }`,
      variables: { area: pick(random, sample.districtCodes) },
    }),
  },
  {
    // One institution with its waiting list.
    weight: 1,
    caller: 'civil-affairs-system',
    optionalParts: [
      'rating',
      'bedCounts { kind capacity occupied }',
      'medicalCareIntegrated',
      'certifiedShare { ratio }',
    ],
    build: (random, sample, optional) => ({
      query: `query Institution($code: ID!) { institution(code: $code) { code name ${optional} } institutionWaitlist(institutionCode: $code) { position elder { name } } }`,
      variables: { code: pick(random, sample.institutionCodes) },
    }),
  },
  {
    // A district's welfare-lottery fund report, as finance reads it.
    weight: 1,
    caller: 'finance-system',
    optionalParts: [
      'funds { source amountFen allocatedFen }',
      'elderCareShare { elderCareFen retainedFen basisPoints met }',
      'disbursedFen',
    ],
    build: (random, sample, optional) => ({
      query: `query LotteryReport($area: ID!, $year: Int!) { lotteryFundAreaReport(areaCode: $area, raisedYear: $year) { ${optional || 'disbursedFen'} } }`,
      variables: { area: pick(random, sample.districtCodes), year: random.int(2023, 2025) },
    }),
  },
  {
    // A district's indicators, as the joint meeting's analyst reads them.
    weight: 1,
    caller: 'analyst',
    optionalParts: ['numerator denominator', 'target deadline', 'status', 'value'],
    build: (random, sample, optional) => ({
      query: `query DistrictIndicators($areas: [ID!]) { indicatorAreas(areaCodes: $areas) { areaCode area { name } indicators { code ${optional} } } }`,
      variables: { areas: [pick(random, sample.districtCodes)] },
    }),
  },
];

const TOTAL_WEIGHT = TEMPLATES.reduce((sum, template) => sum + template.weight, 0);

/** The i-th request of a deterministic mix (the same seed gives the same requests). */
export function trafficRequest(random: Random, sample: TrafficSample): TrafficRequest {
  let roll = random.int(1, TOTAL_WEIGHT);
  const template = TEMPLATES.find((candidate) => (roll -= candidate.weight) <= 0) ?? TEMPLATES[0];
  const optional = template.optionalParts.filter(() => random.chance(0.5)).join(' ');
  return { caller: template.caller, ...template.build(random, sample, optional) };
}

function pick<T>(random: Random, items: T[]): T {
  return items[random.int(0, items.length - 1)];
}
