import { type Language, word } from './labels';
import type { FundArea, FundYear, LotteryData } from './queries';

/** One level (the city or a district) with its own fund's figures by year raised; null where finance did not answer. */
export interface FundRow {
  areaCode: string;
  name: string;
  pilot: boolean;
  years: Map<number, FundYear> | null;
}

/** The city first, then its districts in code order. */
export function fundRows(data: LotteryData): FundRow[] {
  if (!data.area) return [];
  const row = (area: FundArea): FundRow => ({
    areaCode: area.code,
    name: area.name,
    pilot: area.fiveBedPilot,
    years: area.lotteryFundFigures && new Map(area.lotteryFundFigures.map((year) => [year.raisedYear, year])),
  });
  return [row(data.area), ...data.area.children.map(row)];
}

export function yearsBetween(fromYear: number, toYear: number): number[] {
  return Array.from({ length: toYear - fromYear + 1 }, (_, index) => fromYear + index);
}

/** Fen as yuan (元) with two decimals and thousands separators, for the screen. */
export function yuan(fen: number): string {
  return (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A share in basis points as a percentage with two decimals (the API's basis points are rounded down). */
export function percent(basisPoints: number | null): string {
  return basisPoints === null ? '—' : `${(basisPoints / 100).toFixed(2)}%`;
}

/** Met, not met, or no fund to measure (nothing retained, or no fund recorded that year). */
export function fundStatus(year: FundYear | undefined): 'met' | 'not-met' | 'none' {
  if (!year || year.elderCareShare.met === null) return 'none';
  return year.elderCareShare.met ? 'met' : 'not-met';
}

export function fundStatusLabel(status: ReturnType<typeof fundStatus>, language: Language): string {
  return word(status === 'met' ? 'met55' : status === 'not-met' ? 'notMet55' : 'noFund', language);
}

/** The table as CSV: one row per level and year, amounts in yuan (元) without separators. */
export function fundCsvRows(
  rows: FundRow[],
  years: number[],
  language: Language,
): Array<Array<string | number | null>> {
  const header = [
    word('area', language),
    'areaCode',
    word('raisedYear', language),
    word('retained', language),
    word('elderCare', language),
    `${word('share', language)} (%)`,
    word('status', language),
  ];
  return [
    header,
    ...rows.flatMap((row) =>
      years.map((raisedYear) => {
        const year = row.years?.get(raisedYear);
        return [
          row.name,
          row.areaCode,
          raisedYear,
          year ? (year.retainedFen / 100).toFixed(2) : null,
          year ? (year.elderCareAllocatedFen / 100).toFixed(2) : null,
          year?.elderCareShare.basisPoints == null ? null : (year.elderCareShare.basisPoints / 100).toFixed(2),
          row.years ? fundStatusLabel(fundStatus(year), language) : word('unavailable', language),
        ];
      }),
    ),
  ];
}
