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
