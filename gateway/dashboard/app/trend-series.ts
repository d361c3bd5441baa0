import { addMonths, firstDayOf, lastDayOf, monthOf } from '../../../subgraphs/shared/time/months';
import { MAX_SERIES_POINTS } from '../../../subgraphs/shared/time/series-limit';
import { type Language, statusLabel, word } from './labels';
import type { AreaChoice, Definition, SeriesPoint } from './queries';

/** One area on one day of a trend: a value, or a gap with the reason (never a 0 standing in for it). */
export interface TrendPoint {
  areaCode: string;
  areaName: string;
  pilot: boolean;
  day: string;
  value: number | null;
  suppressed: boolean;
  status: string;
}

/**
 * The requests a range takes: indicatorSeries answers at most {@link MAX_SERIES_POINTS} days, so a
 * longer range is read in windows of whole months (each ending on a month end but the last, which ends
 * on `to`), whose days together are the range's.
 */
export function seriesWindows(from: string, to: string): Array<{ from: string; to: string }> {
  const windows: Array<{ from: string; to: string }> = [];
  const monthsPerWindow = MAX_SERIES_POINTS - 1; // the last window may add `to` itself to its month ends
  for (let month = monthOf(from); month <= monthOf(to); month = addMonths(month, monthsPerWindow)) {
    const start = firstDayOf(month) < from ? from : firstDayOf(month);
    const end = lastDayOf(addMonths(month, monthsPerWindow - 1));
    windows.push({ from: start, to: end < to ? end : to });
  }
  return windows;
}

/** The answer's points for one indicator, named by area; a point a department did not answer is NO_DATA. */
export function trendPoints(series: SeriesPoint[], code: string, areas: AreaChoice[]): TrendPoint[] {
  const byCode = new Map(areas.map((area) => [area.code, area]));
  return series.map((point) => {
    const cell = point.indicators?.find((candidate) => candidate.code === code);
    const area = byCode.get(point.areaCode);
    return {
      areaCode: point.areaCode,
      areaName: area?.name ?? point.areaCode,
      pilot: area?.fiveBedPilot ?? false,
      day: point.asOf,
      value: cell && !cell.valueSuppressed ? cell.value : null,
      suppressed: cell?.valueSuppressed ?? false,
      status: cell?.status ?? 'NO_DATA',
    };
  });
}

/** Why a point is a gap, as the chart's title and the CSV say it; null for a point with a value. */
export function gapReason(point: TrendPoint, language: Language): string | null {
  if (point.value !== null) return null;
  return point.suppressed ? word('withheld', language) : statusLabel(point.status, language);
}

/** The series as CSV rows: one per area and day, gaps left empty with their reason in the status column. */
export function trendRows(
  points: TrendPoint[],
  definition: Definition,
  language: Language,
): Array<Array<string | number | null>> {
  const name = language === 'zh' ? definition.nameZh : definition.nameEn;
  return [
    [
      word('month', language),
      word('area', language),
      'areaCode',
      word('indicator', language),
      word('value', language),
      word('target', language),
      word('status', language),
      word('deadline', language),
    ],
    ...points.map((point) => [
      point.day,
      point.areaName,
      point.areaCode,
      `${definition.code} ${name}`,
      point.value,
      definition.target,
      gapReason(point, language) ?? statusLabel(point.status, language),
      definition.deadline,
    ]),
  ];
}
