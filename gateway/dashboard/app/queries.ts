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
