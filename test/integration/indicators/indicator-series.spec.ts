import { expectData } from '../../support/builders/expect-data';
import { graphql } from '../../support/graphql';
import { DATABASE_TARGETS, errorCodes, HUB_START_TIMEOUT_MS, sharedHub, type TestHub } from '../../support/test-hub';

const SERIES = graphql(`
  query IndicatorSeriesOfAreas($from: LocalDate!, $to: LocalDate, $areaCodes: [ID!]) {
    indicatorSeries(from: $from, to: $to, areaCodes: $areaCodes) {
      areaCode
      asOf
      indicators {
        code
        numerator
        denominator
        value
        status
      }
    }
  }
`);

const ONE_DAY = graphql(`
  query IndicatorSeriesOneDay($asOf: LocalDate!, $areaCodes: [ID!]) {
    indicatorAreas(asOf: $asOf, areaCodes: $areaCodes) {
      areaCode
      asOf
      indicators {
        code
        numerator
        denominator
        value
        status
      }
    }
  }
`);

describe.each(DATABASE_TARGETS)('an indicator series in one request (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'seeded');
  }, HUB_START_TIMEOUT_MS);

  it('reads each month end and the last day, area by area, with the figures each day reads alone', async () => {
    const areaCodes = ['371000', '371083'];
    const series = expectData(
      await hub.query(SERIES, { from: '2025-01-15', to: '2025-04-10', areaCodes }, 'analyst'),
    ).indicatorSeries;
    const days = ['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-10'];
    expect(series.map(({ areaCode, asOf }) => `${areaCode} ${asOf}`)).toEqual(
      areaCodes.flatMap((code) => days.map((day) => `${code} ${day}`)),
    );
    const alone = [];
    for (const asOf of days)
      alone.push(...expectData(await hub.query(ONE_DAY, { asOf, areaCodes }, 'analyst')).indicatorAreas);
    const key = (point: { areaCode: string; asOf: string }) => `${point.areaCode} ${point.asOf}`;
    expect([...series].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      alone.sort((a, b) => key(a).localeCompare(key(b))),
    );
    // The figures move over the months: a series of one repeated day would not.
    expect(new Set(series.map((point) => JSON.stringify(point.indicators))).size).toBeGreaterThan(2);
  });

  it('costs each department as many SQL statements for a series of 12 month ends as for 2', async () => {
    // Set-based per call: each department reads every day of the series in the statements of one day.
    const departments = ['civil-affairs', 'health', 'human-resources', 'medical-insurance', 'finance'] as const;
    const statementsOf = async (from: string, to: string) => {
      const before = departments.map((department) => hub.statements(department));
      const series = expectData(await hub.query(SERIES, { from, to }, 'analyst')).indicatorSeries;
      return {
        points: series.length,
        statements: Object.fromEntries(
          departments.map((department, i) => [department, hub.statements(department) - before[i]]),
        ),
      };
    };
    const short = await statementsOf('2023-11-01', '2023-12-31');
    const long = await statementsOf('2022-01-01', '2022-12-31');
    expect([short.points, long.points]).toEqual([9 * 2, 9 * 12]);
    expect(long.statements).toEqual(short.statements);
    for (const department of departments) expect(short.statements[department]).toBeGreaterThan(0);
  });

  it('refuses a reversed range and one longer than 60 days, naming the argument', async () => {
    for (const [from, to] of [
      ['2025-03-01', '2025-01-01'],
      ['2015-01-01', '2025-12-31'],
    ]) {
      const result = await hub.query(SERIES, { from, to, areaCodes: ['371000'] }, 'analyst');
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions?.field).toBe('from');
    }
  });
});
