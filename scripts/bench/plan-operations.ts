import { PERSON_360_QUERY } from './person-360';

/** Who sends an operation: a development caller's name (`DEVELOPMENT_CALLERS`). */
export type PlanCaller =
  | 'civil-affairs-system'
  | 'health-system'
  | 'medical-insurance-system'
  | 'human-resources-system'
  | 'finance-system'
  | 'analyst'
  | 'auditor';

/** Values read from the seeded city before the operations run, so each asks for rows that exist. */
export interface PlanSample {
  personKey: string;
  idNumber: string;
  districtCode: string;
  townCode: string;
  institutionCode: string;
  deepCursor: string;
  settlementMonth: string;
  raisedYear: number;
  today: string;
}

export interface PlanOperation {
  name: string;
  caller: PlanCaller;
  query: string;
  variables(sample: PlanSample): Record<string, unknown>;
}

/** What `SAMPLE_QUERY` answers. */
export interface SampleAnswer {
  first: {
    items: {
      personKey: string;
      idNumber: string;
      districtCode: string;
      townCode: string | null;
      currentInstitutionStay: { institution: { code: string } } | null;
    }[];
  };
  deep: { endCursor: string };
  institutions: { items: { code: string }[] };
}

/** Read first: the values the operations below ask about. */
export const SAMPLE_QUERY = `query($offset: Int!) {
  first: elders(page: { limit: 1 }) { items { personKey idNumber districtCode townCode currentInstitutionStay { institution { code } } } }
  deep: elders(page: { offset: $offset, limit: 1 }) { endCursor }
  institutions(page: { limit: 1 }) { items { code } }
}`;

const ELDER_PAGE = `items { personKey name age latestAssessment { level assessedOn } currentInstitutionStay { admittedOn bed { kind label } institution { name rating } } } endCursor hasNextPage`;

/**
 * Every list and figure of the graph a client reads often, as their callers send them: the plans of
 * the statements they cause are what `npm run bench:plans` checks. A list is read with and without its
 * filters, and from the first page and deep in the registry, because each takes a different plan.
 */
export const PLAN_OPERATIONS: readonly PlanOperation[] = [
  {
    name: 'elders, first page',
    caller: 'civil-affairs-system',
    query: `{ elders(page: { limit: 50 }) { ${ELDER_PAGE} } }`,
    variables: () => ({}),
  },
  {
    name: 'elders, page after a cursor deep in the registry',
    caller: 'civil-affairs-system',
    query: `query($after: String!) { elders(page: { limit: 50, after: $after }) { ${ELDER_PAGE} } }`,
    variables: (s) => ({ after: s.deepCursor }),
  },
  {
    name: 'elders of a district aged 80+, with total',
    caller: 'civil-affairs-system',
    query: `query($area: ID!) { elders(page: { limit: 50 }, filter: { areaCode: $area, minAge: 80 }) { total ${ELDER_PAGE} } }`,
    variables: (s) => ({ area: s.districtCode }),
  },
  {
    name: 'elders of a town',
    caller: 'civil-affairs-system',
    query: `query($area: ID!) { elders(page: { limit: 50 }, filter: { areaCode: $area }) { ${ELDER_PAGE} } }`,
    variables: (s) => ({ area: s.townCode }),
  },
  {
    name: 'elders living alone on subsistence allowance',
    caller: 'civil-affairs-system',
    query: `{ elders(page: { limit: 50 }, filter: { economicStatus: MINIMUM_LIVING, livingSituation: LIVING_ALONE }) { ${ELDER_PAGE} } }`,
    variables: () => ({}),
  },
  {
    name: 'one elder by ID number',
    caller: 'civil-affairs-system',
    query: `query($id: String!) { elderByIdNumber(idNumber: $id) { name latestAssessment { level } } }`,
    variables: (s) => ({ id: s.idNumber }),
  },
  {
    name: 'one elder’s 360° view',
    caller: 'civil-affairs-system',
    query: PERSON_360_QUERY,
    variables: (s) => ({ personKey: s.personKey }),
  },
  {
    name: 'institutions of a district rated 3+, with beds and waiting list',
    caller: 'civil-affairs-system',
    query: `query($area: ID!) { institutions(page: { limit: 50 }, filter: { areaCode: $area, minRating: 3 }) { total items { code name bedCounts { kind capacity occupied } waitlist { position status } } } }`,
    variables: (s) => ({ area: s.districtCode }),
  },
  {
    name: 'an institution’s waiting list',
    caller: 'civil-affairs-system',
    query: `query($code: ID!) { institutionWaitlist(institutionCode: $code) { position status appliedOn elder { name } } }`,
    variables: (s) => ({ code: s.institutionCode }),
  },
  {
    name: 'community facilities and family beds of a district',
    caller: 'civil-affairs-system',
    query: `query($area: ID!) {
      communityFacilities(page: { limit: 50 }, filter: { areaCode: $area }) { total items { id kind name } }
      familyBeds(page: { limit: 50 }, filter: { areaCode: $area }) { total items { id openedOn elder { name } } }
      residentialDevelopments(page: { limit: 50 }, filter: { areaCode: $area }) { total items { id name compliant } }
      currentFamilyBedCount(areaCode: $area)
    }`,
    variables: (s) => ({ area: s.districtCode }),
  },
  {
    name: 'civil affairs’ audit trail of one elder',
    caller: 'auditor',
    query: `query($key: ID!) { civilAffairsAuditTrail(page: { limit: 50 }, filter: { personKey: $key }) { items { sequence kind operation } } }`,
    variables: (s) => ({ key: s.personKey }),
  },
  {
    name: 'civil affairs’ change feed',
    caller: 'civil-affairs-system',
    query: `{ civilAffairsChanges(first: 100) { items { entityType recordId operation } endCursor } }`,
    variables: () => ({}),
  },
  {
    name: 'medical institutions of a district',
    caller: 'health-system',
    query: `query($area: ID!) { medicalInstitutions(page: { limit: 50 }, filter: { areaCode: $area }) { total items { code name kind bedCounts { kind capacity occupied } } } }`,
    variables: (s) => ({ area: s.districtCode }),
  },
  {
    name: 'LTCI designations in force of a district, and a month’s settlements',
    caller: 'medical-insurance-system',
    query: `query($district: ID!, $month: String!) {
      ltciDesignations(page: { limit: 50 }, filter: { districtCode: $district }) { total items { id providerKind providerCode } }
      ltciSettlements(page: { limit: 50 }, filter: { month: $month }) { total items { id days amountFen } }
    }`,
    variables: (s) => ({ district: s.districtCode, month: s.settlementMonth }),
  },
  {
    name: 'certified caregivers of a district, subsidies, training and enrolments',
    caller: 'human-resources-system',
    query: `query($district: ID!) {
      caregivers(page: { limit: 50 }, filter: { districtCode: $district, certified: true }) { total items { personKey role certificates { kind level } } }
      caregiverSubsidies(page: { limit: 50 }, filter: { districtCode: $district }) { total items { id kind amountFen } }
      caregiverTrainingProgrammes { id kind enrolmentCount completionCount }
      elderCareMajorEnrolments(areaCode: $district) { id enrolled }
    }`,
    variables: (s) => ({ district: s.districtCode }),
  },
  {
    name: 'lottery-fund disbursements and the area report of a district',
    caller: 'finance-system',
    query: `query($area: ID!, $year: Int!) {
      lotteryFundDisbursements(page: { limit: 50 }, filter: { fundAreaCode: $area, raisedYear: $year }) { total items { id amountFen paidOn } }
      lotteryFundAreaReport(areaCode: $area, raisedYear: $year) { disbursedFen elderCareShare { basisPoints met } }
      lotteryFundFigures(raisedYear: $year) { areaCode allocatedFen disbursedFen }
    }`,
    variables: (s) => ({ area: s.districtCode, year: s.raisedYear }),
  },
  {
    name: 'every indicator of the city and every district',
    caller: 'analyst',
    query: `query($asOf: LocalDate) { indicatorAreas(asOf: $asOf) { areaCode indicators { code numerator denominator value status } } }`,
    variables: (s) => ({ asOf: s.today }),
  },
  {
    name: 'an indicator series of three month ends',
    caller: 'analyst',
    query: `query($from: LocalDate!, $to: LocalDate) { indicatorSeries(from: $from, to: $to) { areaCode asOf indicators { code value status } } }`,
    variables: (s) => ({ from: `${s.today.slice(0, 4)}-01-01`, to: `${s.today.slice(0, 4)}-03-31` }),
  },
  {
    name: 'the five-bed linkage of the city',
    caller: 'analyst',
    query: `{ fiveBedLinkage(areaCode: "371000") { beds { kind capacity occupied } transfers { from to count } hospitalDischarges medianDaysToNextBed } }`,
    variables: () => ({}),
  },
];
