import { mintDevelopmentToken } from '../../subgraphs/shared/auth/development-callers';
import type { AuthConfig } from '../../subgraphs/shared/config/auth-config';
import { addMonths, firstDayOf, lastDayOf, monthOf } from '../../subgraphs/shared/time/months';
import { todayIso } from '../../subgraphs/shared/time/today';
import type { RunningHub } from '../start-hub';
import { graphqlPoster } from './graphql-post';

/**
 * The joint meeting's 24-month series beside one day's report (issue 17 item 9): both cold, every
 * indicator, the city and every district, as an analyst through the gateway. Each round is asked by
 * an analyst no department has answered yet (the departments reuse answers per caller, day and
 * call), on a window one month earlier than the last, so every department computes every figure.
 */
const SERIES_QUERY = `query($from: LocalDate!, $to: LocalDate) {
  indicatorSeries(from: $from, to: $to) { areaCode asOf indicators { code numerator denominator value target deadline status } }
}`;
const DAY_QUERY = `query($asOf: LocalDate) {
  indicatorAreas(asOf: $asOf) { areaCode indicators { code numerator denominator value target deadline status } }
}`;

export interface SeriesFigures {
  /** Table rows: measure, median ms, p95 ms, SQL statements per request (all departments). */
  rows: string[][];
  /** One line for the report's summary. */
  summary: string;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p95 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
};

export async function benchIndicatorSeries(hub: RunningHub, auth: AuthConfig, rounds: number): Promise<SeriesFigures> {
  const subgraphs = Object.entries(hub.subgraphs);
  const statements = () => Object.fromEntries(subgraphs.map(([name, s]) => [name, s.database.sql.statements]));
  let caller = 0;
  const post = graphqlPoster();
  const ask = async (query: string, variables: Record<string, unknown>) => {
    const token = await mintDevelopmentToken(auth, {
      sub: `bench-series-analyst-${process.pid}-${caller++}`,
      role: 'analyst',
    });
    const before = statements();
    const started = process.hrtime.bigint();
    const body = await post<Record<string, unknown[]>>(hub.gateway.url, query, variables, token);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    const after = statements();
    const perDepartment = Object.fromEntries(subgraphs.map(([name]) => [name, after[name] - before[name]]));
    return { ms, perDepartment, points: Object.values(body.data ?? {})[0]?.length ?? 0 };
  };

  // The last full month, then a month earlier each round: 24 month ends per window.
  const lastMonth = addMonths(monthOf(todayIso()), -1);
  const window = (round: number) => {
    const last = addMonths(lastMonth, -round);
    return { from: firstDayOf(addMonths(last, -23)), to: lastDayOf(last) };
  };
  // A day each round that is no month end, so no series point: one day's report, cold.
  const day = (round: number) => `${addMonths(lastMonth, -round)}-15`;

  await ask(DAY_QUERY, { asOf: day(rounds) }); // warm the processes (query plans, JIT), on days not measured
  await ask(SERIES_QUERY, window(rounds + 1));
  const days: Array<Awaited<ReturnType<typeof ask>>> = [];
  const series: Array<Awaited<ReturnType<typeof ask>>> = [];
  for (let round = 0; round < rounds; round++) {
    days.push(await ask(DAY_QUERY, { asOf: day(round) }));
    series.push(await ask(SERIES_QUERY, window(round)));
  }
  const total = (run: (typeof days)[number]) => Object.values(run.perDepartment).reduce((a, b) => a + b, 0);
  const byDepartment = (run: (typeof days)[number]) =>
    Object.entries(run.perDepartment)
      .map(([name, count]) => `${name} ${count}`)
      .join(', ');
  const dayMs = median(days.map((run) => run.ms));
  const seriesMs = median(series.map((run) => run.ms));
  return {
    rows: [
      [
        'one day’s report (every indicator, city + 8 districts), cold — analyst through the gateway',
        dayMs.toFixed(1),
        p95(days.map((run) => run.ms)).toFixed(1),
        total(days[0]).toFixed(0),
      ],
      [
        `a 24-month series (${series[0].points} area-days, every indicator), cold — analyst through the gateway`,
        seriesMs.toFixed(1),
        p95(series.map((run) => run.ms)).toFixed(1),
        total(series[0]).toFixed(0),
      ],
    ],
    summary:
      `Indicator series: 24 month ends ${seriesMs.toFixed(1)} ms vs one day ${dayMs.toFixed(1)} ms, cold (${(seriesMs / dayMs).toFixed(1)}×).\n` +
      `  SQL statements per request — one day: ${byDepartment(days[0])}; series: ${byDepartment(series[0])}.\n`,
  };
}
