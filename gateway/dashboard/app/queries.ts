/**
 * The dashboard's operations against the public graph, the same any frontend may send: a unit test
 * validates them against schema/api.graphql, so a schema change that breaks them fails there.
 */
export const BOARD_QUERY = `query DashboardBoard($asOf: LocalDate) {
  indicatorDefinitions { code nameZh nameEn clause unit target deadline baseline2020 recordKind }
  indicatorAreas(asOf: $asOf) {
    areaCode
    asOf
    area { name level fiveBedPilot }
    indicators {
      code value valueSuppressed target unit status deadline
      numerator numeratorSuppressed denominator denominatorSuppressed
    }
  }
}`;

export const RECORDS_QUERY = `query DashboardRecords($asOf: LocalDate!, $area: ID!, $code: ID!) {
  indicatorAreas(asOf: $asOf, areaCodes: [$area]) {
    indicators(codes: [$code]) {
      records(page: { limit: 50 }) { total items { kind code name counted value valueSuppressed } }
    }
  }
}`;

export interface Definition {
  code: string;
  nameZh: string;
  nameEn: string;
  clause: string;
  unit: string;
  target: number;
  deadline: string | null;
  baseline2020: number | null;
  recordKind: string | null;
}

export interface Cell {
  code: string;
  value: number | null;
  valueSuppressed: boolean;
  target: number | null;
  unit: string;
  status: string;
  deadline: string | null;
  numerator: number | null;
  numeratorSuppressed: boolean;
  denominator: number | null;
  denominatorSuppressed: boolean;
}

export interface AreaRow {
  areaCode: string;
  asOf: string;
  area: { name: string; level: string; fiveBedPilot: boolean };
  indicators: Cell[];
}

export interface BoardData {
  indicatorDefinitions: Definition[];
  indicatorAreas: AreaRow[];
}

export interface RecordItem {
  kind: string;
  code: string;
  name: string | null;
  counted: boolean | null;
  value: number | null;
  valueSuppressed: boolean;
}

export interface RecordsData {
  indicatorAreas: Array<{ indicators: Array<{ records: { total: number; items: RecordItem[] } }> }>;
}

export const FIVE_BED_QUERY = `query DashboardFiveBed($area: ID!, $from: LocalDate, $to: LocalDate, $windowDays: Int) {
  areas(level: DISTRICT) { code name fiveBedPilot }
  fiveBedLinkage(areaCode: $area, from: $from, to: $to, windowDays: $windowDays) {
    areaCode from to windowDays pilot
    beds { kind capacity capacitySuppressed occupied occupiedSuppressed occupancyBasisPoints occupancyBasisPointsSuppressed }
    transfers { from to count countSuppressed }
    hospitalDischarges hospitalDischargesSuppressed
    hospitalDischargesWithNextBed hospitalDischargesWithNextBedSuppressed
    hospitalDischargesWithoutNextBed hospitalDischargesWithoutNextBedSuppressed
    medianDaysToNextBed medianDaysToNextBedSuppressed
    p90DaysToNextBed p90DaysToNextBedSuppressed
  }
}`;

export interface FiveBedData {
  areas: Array<{ code: string; name: string; fiveBedPilot: boolean }>;
  fiveBedLinkage: {
    areaCode: string;
    from: string;
    to: string;
    windowDays: number;
    pilot: boolean;
    beds: Array<{
      kind: string;
      capacity: number | null;
      capacitySuppressed: boolean;
      occupied: number | null;
      occupiedSuppressed: boolean;
      occupancyBasisPoints: number | null;
      occupancyBasisPointsSuppressed: boolean;
    }>;
    transfers: Array<{ from: string; to: string; count: number | null; countSuppressed: boolean }>;
    hospitalDischarges: number | null;
    hospitalDischargesSuppressed: boolean;
    hospitalDischargesWithNextBed: number | null;
    hospitalDischargesWithNextBedSuppressed: boolean;
    hospitalDischargesWithoutNextBed: number | null;
    hospitalDischargesWithoutNextBedSuppressed: boolean;
    medianDaysToNextBed: number | null;
    medianDaysToNextBedSuppressed: boolean;
    p90DaysToNextBed: number | null;
    p90DaysToNextBedSuppressed: boolean;
  };
}

/** What the trends page offers to pick: the indicators and the areas (the city first, then the districts). */
export const TREND_CHOICES_QUERY = `query DashboardTrendChoices {
  indicatorDefinitions { code nameZh nameEn clause unit target deadline baseline2020 recordKind }
  city: area(code: "371000") { code name fiveBedPilot }
  areas(level: DISTRICT) { code name fiveBedPilot }
}`;

export interface AreaChoice {
  code: string;
  name: string;
  fiveBedPilot: boolean;
}

export interface TrendChoicesData {
  indicatorDefinitions: Definition[];
  city: AreaChoice | null;
  areas: AreaChoice[];
}

/** One indicator's series: each month end (and the last day) for each area asked, area by area. */
export const TREND_QUERY = `query DashboardTrend($from: LocalDate!, $to: LocalDate, $areaCodes: [ID!], $code: ID!) {
  indicatorSeries(from: $from, to: $to, areaCodes: $areaCodes) {
    areaCode
    asOf
    indicators(codes: [$code]) { code value valueSuppressed target status deadline }
  }
}`;

export interface SeriesPoint {
  areaCode: string;
  asOf: string;
  /** Null when a department did not answer (the page says so). */
  indicators: Array<Pick<Cell, 'code' | 'value' | 'valueSuppressed' | 'target' | 'status' | 'deadline'>> | null;
}

export interface TrendData {
  indicatorSeries: SeriesPoint[];
}

const FUND_YEAR = `raisedYear spendingYear retainedFen elderCareAllocatedFen
  elderCareShare { basisPoints requiredBasisPoints met }`;

/**
 * Each level's own retained welfare-lottery fund by year raised (Area.lotteryFundFigures): the city
 * and its districts with their names in one request, every year of the range.
 */
export const LOTTERY_QUERY = `query DashboardLotteryFund($fromYear: Int!, $toYear: Int!) {
  area(code: "371000") {
    code name fiveBedPilot
    lotteryFundFigures(fromYear: $fromYear, toYear: $toYear) { ${FUND_YEAR} }
    children {
      code name fiveBedPilot
      lotteryFundFigures(fromYear: $fromYear, toYear: $toYear) { ${FUND_YEAR} }
    }
  }
}`;

export interface FundYear {
  raisedYear: number;
  spendingYear: number;
  retainedFen: number;
  elderCareAllocatedFen: number;
  elderCareShare: { basisPoints: number | null; requiredBasisPoints: number; met: boolean | null };
}

export interface FundArea extends AreaChoice {
  /** Null when finance did not answer. */
  lotteryFundFigures: FundYear[] | null;
}

export interface LotteryData {
  area: (FundArea & { children: FundArea[] }) | null;
}
