import { describe, expect, it } from '@jest/globals';
import { seriesWindows } from '../../../../gateway/dashboard/app/trend-series';
import { seriesDays } from '../../../../subgraphs/shared/time/series-days';

describe('the trends page’s requests', () => {
  it('reads a range within the API’s 60 days in one request', () => {
    expect(seriesWindows('2025-01-15', '2025-04-10')).toEqual([{ from: '2025-01-15', to: '2025-04-10' }]);
  });

  it('splits a longer range into windows the API accepts, whose days together are the range’s, each once', () => {
    for (const [from, to] of [
      ['2020-01-01', '2026-06-30'],
      ['2019-03-17', '2026-12-02'],
      ['2015-12-31', '2025-11-30'],
    ]) {
      const windows = seriesWindows(from, to);
      expect(windows.length).toBeGreaterThan(1);
      const days = windows.flatMap((window) => seriesDays(window.from, window.to));
      expect(days).toEqual(seriesDaysUnbounded(from, to));
    }
  });
});

/** The days the whole range would read, were there no limit on one request. */
function seriesDaysUnbounded(from: string, to: string): string[] {
  const days: string[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++)
    for (let month = 1; month <= 12; month++) {
      const end = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
      if (end >= from && end <= to) days.push(end);
    }
  if (days.at(-1) !== to) days.push(to);
  return days;
}
