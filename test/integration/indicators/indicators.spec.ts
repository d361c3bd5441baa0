import { expectData } from '../../support/builders/expect-data';
import { graphql } from '../../support/graphql';
import type { IndicatorsReportQuery } from '../../support/graphql/graphql';
import {
  DATABASE_TARGETS,
  errorCodes,
  HUB_START_TIMEOUT_MS,
  type OwnTestHub,
  startTestHub,
  type As,
} from '../../support/test-hub';
import { CITY, type Dataset, recordDataset, RUSHAN, WENDENG } from './dataset';

const REPORT = graphql(`
  query IndicatorsReport($asOf: LocalDate, $areaCodes: [ID!]) {
    indicatorAreas(asOf: $asOf, areaCodes: $areaCodes) {
      areaCode
      asOf
      area {
        name
        fiveBedPilot
      }
      indicators {
        code
        numerator
        numeratorSuppressed
        denominator
        denominatorSuppressed
        value
        valueSuppressed
        target
        status
        breakdowns {
          key
          numerator
          numeratorSuppressed
          denominator
          value
          valueSuppressed
        }
      }
    }
  }
`);

const RECORDS = graphql(`
  query IndicatorsRecordsBehindFigures($asOf: LocalDate!, $areas: [ID!], $codes: [ID!], $counted: Boolean) {
    indicatorAreas(asOf: $asOf, areaCodes: $areas) {
      indicators(codes: $codes) {
        code
        records(counted: $counted) {
          total
          items {
            kind
            code
            name
            counted
            value
          }
        }
      }
    }
  }
`);

const CASEWORK_ELDERS = graphql(`
  query IndicatorsCaseworkElders($asOf: LocalDate!, $area: ID!) {
    indicatorAreas(asOf: $asOf, areaCodes: [$area]) {
      indicators(codes: ["I09"]) {
        records(counted: false) {
          total
          items {
            kind
            code
            counted
          }
        }
      }
    }
  }
`);

const ONE_INDICATOR = graphql(`
  query IndicatorsOneIndicatorToday($area: ID!, $code: ID!) {
    indicatorAreas(areaCodes: [$area]) {
      indicators(codes: [$code]) {
        code
      }
    }
  }
`);

type Row = [
  numerator: number | null,
  denominator: number | null,
  value: number | null,
  target: number | null,
  status: string,
];

/** 乳山市 on 2025-06-30, every indicator, as the dataset's records say (see dataset.ts for who is who). */
const RUSHAN_2025: Record<string, Row> = {
  I01: [1, 2, 50, 85, 'NOT_YET_DUE'], // E1 severe and in A; E2 mild and at home
  I02: [1, 2, 50, 100, 'NOT_YET_DUE'], // E1 in A; E3 not yet admitted
  I03: [8, 12, 66.67, 60, 'MET'], // A's beds only (two cognitive-care beds among the nursing-type): B opens in September
  I04: [1, 5, 200, 1, 'MET'], // one social worker, five elders (E4 is 59, E7 lives in 文登)
  I05: [1, 2, 50, 100, 'NOT_YET_DUE'], // 金岭小区 has 380 m² for 2,000 households (400 needed)
  I06: [1, 1, 100, 100, 'MET'],
  I07: [0, 14, 0, 90, 'NOT_YET_DUE'], // 夏村镇's centre opens in October
  I08: [1, 1, 100, 100, 'MET'],
  I09: [2, 4, 50, 100, 'NOT_YET_DUE'], // June 2025: E1, E2, E5, E6 special; E2 and E6 visited
  I10: [1, null, 1, null, 'CITY_TARGET_ONLY'],
  I11: [2, 5, 4000, 25, 'MET'],
  I12: [100, 90, 11.11, null, 'CITY_TARGET_ONLY'], // 2024 intake against 2023
  I13: [1, 1, 100, 100, 'MET'],
  M02: [0, null, 0, null, 'CITY_TARGET_ONLY'],
  M04: [1, null, 1, null, 'CITY_TARGET_ONLY'],
  M05: [1, 1, 100, 60, 'MET'],
  M07: [0, null, 0, null, 'CITY_TARGET_ONLY'],
  M09: [1, null, 1, 2, 'NOT_YET_DUE'],
  M14: [1, 2, 50, 70, 'NOT_YET_DUE'],
  'P-HOSPICE': [1, 1, 100, 100, 'MET'],
  'P-SUPPORT-INSTITUTION': [0, null, 0, 1, 'NOT_YET_DUE'], // B, of 特困供养, opens in September
  'P-DAY-CARE': [1, 639, 0.16, 100, 'NOT_YET_DUE'], // 府前 of 639 villages and communities
  'P-SIGNED-COOPERATION': [1, 1, 100, 100, 'MET'], // A's agreement
  M16: [2, 5, 40, 100, 'NOT_YET_DUE'], // E1 and E2: E4 (59) and a resident of 45 are insured but not elders
  'M18-FIRE': [1, 1, 100, 100, 'MET'],
  'M18-GAS': [1, 1, 100, 100, 'MET'],
  'M18-KITCHEN': [1, 1, 100, 100, 'MET'],
  'M19-QUALITY': [1, 1, 100, 100, 'MET'],
  'M19-SAFETY': [1, 1, 100, 100, 'MET'],
  'M20-CERTIFIED': [2, 3, 66.67, 90, 'NOT_YET_DUE'],
  'M20-LTC': [1, 3, 33.33, 20, 'MET'],
  'P-TRAINING-CAREGIVERS': [2, null, 2, null, 'CITY_TARGET_ONLY'], // G1 (2022 and 2024) and G3 (2022): from 2021 on
  'P-TRAINING-SOCIAL-WORKERS': [1, null, 1, null, 'CITY_TARGET_ONLY'],
  'P-INDUCTION-TRAINING': [1, 3, 33.33, 100, 'NOT_YET_DUE'], // G1 (2020) of G1, G2 and G3; G3's skills training is no induction
  'P-CERTIFIED-SPECIALISTS': [1, 3, 33.33, 100, 'NOT_MET'], // A's nurse; the therapist not yet qualified, the fire-safety certificate lapsed in May
  'P-LOTTERY': [100_000, 200_000, 50, 55, 'NOT_MET'],
};

/** The city on 2025-06-30: 乳山市 with 文登区 (institution C, hospital 3, E7, G5, an embedded institution). */
const CITY_2025: Record<string, Row> = {
  I01: [1, 2, 50, 85, 'NOT_YET_DUE'],
  I02: [1, 2, 50, 100, 'NOT_YET_DUE'],
  I03: [13, 22, 59.09, 60, 'NOT_YET_DUE'],
  I04: [1, 6, 166.67, 1, 'MET'],
  I05: [1, 2, 50, 100, 'NOT_YET_DUE'],
  I06: [1, 24, 4.17, 100, 'NOT_YET_DUE'],
  I07: [0, 49, 0, 90, 'NOT_YET_DUE'],
  I08: [1, 2, 50, 100, 'NOT_YET_DUE'], // C's clinic is filed in September
  I09: [2, 4, 50, 100, 'NOT_YET_DUE'],
  I10: [1, null, 1, 500, 'NOT_YET_DUE'],
  I11: [3, 6, 5000, 25, 'MET'],
  I12: [100, 90, 11.11, 0, 'MET'],
  I13: [1, 8, 12.5, 100, 'NOT_YET_DUE'],
  M02: [1, null, 1, 20, 'NOT_YET_DUE'],
  M04: [1, null, 1, 7, 'NOT_YET_DUE'],
  M05: [2, 2, 100, 60, 'MET'],
  M07: [0, null, 0, 90, 'NOT_YET_DUE'],
  M09: [0, 8, 0, 100, 'NOT_YET_DUE'],
  M14: [1, 3, 33.33, 70, 'NOT_YET_DUE'],
  'P-HOSPICE': [1, 8, 12.5, 100, 'NOT_MET'],
  'P-SUPPORT-INSTITUTION': [0, 8, 0, 100, 'NOT_YET_DUE'], // C is of 特困供养, its clinic filed in September
  'P-DAY-CARE': [1, 2768, 0.04, 100, 'NOT_YET_DUE'],
  'P-SIGNED-COOPERATION': [1, 2, 50, 100, 'NOT_YET_DUE'], // C has a clinic, no agreement
  M16: [3, 6, 50, 100, 'NOT_YET_DUE'],
  'M18-FIRE': [2, 2, 100, 100, 'MET'],
  'M18-GAS': [1, 2, 50, 100, 'NOT_MET'],
  'M18-KITCHEN': [2, 2, 100, 100, 'MET'],
  'M19-QUALITY': [2, 2, 100, 100, 'MET'],
  'M19-SAFETY': [2, 2, 100, 100, 'MET'],
  'M20-CERTIFIED': [3, 4, 75, 90, 'NOT_YET_DUE'],
  'M20-LTC': [1, 3, 33.33, 20, 'MET'],
  'P-TRAINING-CAREGIVERS': [2, null, 2, 4530, 'NOT_MET'],
  'P-TRAINING-SOCIAL-WORKERS': [1, null, 1, 266, 'NOT_MET'],
  'P-INDUCTION-TRAINING': [2, 4, 50, 100, 'NOT_YET_DUE'], // and G5 (2019) in 文登
  'P-CERTIFIED-SPECIALISTS': [2, 4, 50, 100, 'NOT_MET'], // and C's physician
  'P-LOTTERY': [600_000, 1_000_000, 60, 55, 'MET'],
};

/** 乳山市 a year later, where the records moved: admissions, B opening, a death, a 60th birthday, certificates, new funds. */
const RUSHAN_2026_CHANGES: Record<string, Row> = {
  I01: [2, 2, 100, 85, 'MET'],
  I02: [2, 2, 100, 100, 'MET'],
  I03: [10, 22, 45.45, 60, 'NOT_MET'],
  I05: [1, 2, 50, 100, 'NOT_MET'],
  I07: [1, 14, 7.14, 90, 'NOT_MET'],
  I08: [1, 2, 50, 100, 'NOT_MET'],
  I09: [3, 3, 100, 100, 'MET'],
  I11: [3, 5, 6000, 25, 'MET'],
  I12: [95, 100, -5, null, 'CITY_TARGET_ONLY'],
  M05: [1, 2, 50, 60, 'NOT_YET_DUE'],
  M07: [1, null, 1, null, 'CITY_TARGET_ONLY'],
  M09: [2, null, 2, 2, 'MET'],
  M14: [1, 2, 50, 70, 'NOT_MET'],
  'P-SUPPORT-INSTITUTION': [0, null, 0, 1, 'NOT_MET'], // B open, neither signed nor with a clinic
  'P-DAY-CARE': [2, 639, 0.31, 100, 'NOT_MET'],
  'P-SIGNED-COOPERATION': [1, 2, 50, 100, 'NOT_MET'],
  M16: [4, 5, 80, 100, 'NOT_MET'], // E1, E2, E6 and E4, 60 since January; not the insured resident of 45
  'M18-FIRE': [1, 2, 50, 100, 'NOT_MET'],
  'M19-SAFETY': [1, 2, 50, 100, 'NOT_MET'],
  'M20-CERTIFIED': [3, 3, 100, 90, 'MET'],
  'P-INDUCTION-TRAINING': [2, 3, 66.67, 100, 'NOT_MET'], // G2 completed on 2025-12-31; G3 never did
  'P-CERTIFIED-SPECIALISTS': [3, 3, 100, 100, 'MET'], // the therapist qualified, the fire-safety certificate renewed
  'P-LOTTERY': [120_000, 200_000, 60, 55, 'MET'],
};

/**
 * What an analyst (aggregates only) sees where the exact tables count 1–4 persons: those counts
 * withheld, with the value they would give back; a share's numerator also when its denominator is
 * withheld or the rest (denominator − numerator) is 1–4. Statuses stay as the exact figures decide.
 */
const analystView = (exact: Record<string, Row>, withheld: Record<string, Row>) => ({ ...exact, ...withheld });
const hidden = (row: Row, denominatorToo: boolean): Row => [null, denominatorToo ? null : row[1], null, row[3], row[4]];
const RUSHAN_2025_ANALYST = analystView(RUSHAN_2025, {
  I01: hidden(RUSHAN_2025.I01, true),
  I02: hidden(RUSHAN_2025.I02, true),
  I04: hidden(RUSHAN_2025.I04, false), // one social worker; five elders are shown
  I09: hidden(RUSHAN_2025.I09, true),
  I10: hidden(RUSHAN_2025.I10, true),
  I11: hidden(RUSHAN_2025.I11, false),
  M16: hidden(RUSHAN_2025.M16, false),
  'M20-CERTIFIED': hidden(RUSHAN_2025['M20-CERTIFIED'], true),
  'M20-LTC': hidden(RUSHAN_2025['M20-LTC'], true),
  'P-TRAINING-CAREGIVERS': hidden(RUSHAN_2025['P-TRAINING-CAREGIVERS'], true),
  'P-TRAINING-SOCIAL-WORKERS': hidden(RUSHAN_2025['P-TRAINING-SOCIAL-WORKERS'], true),
  'P-INDUCTION-TRAINING': hidden(RUSHAN_2025['P-INDUCTION-TRAINING'], true),
  'P-CERTIFIED-SPECIALISTS': hidden(RUSHAN_2025['P-CERTIFIED-SPECIALISTS'], true),
});
const CITY_2025_ANALYST = analystView(CITY_2025, {
  I01: hidden(CITY_2025.I01, true),
  I02: hidden(CITY_2025.I02, true),
  I04: hidden(CITY_2025.I04, false),
  I09: hidden(CITY_2025.I09, true),
  I10: hidden(CITY_2025.I10, true),
  I11: hidden(CITY_2025.I11, false),
  M16: hidden(CITY_2025.M16, false),
  'M20-CERTIFIED': hidden(CITY_2025['M20-CERTIFIED'], true),
  'M20-LTC': hidden(CITY_2025['M20-LTC'], true),
  'P-TRAINING-CAREGIVERS': hidden(CITY_2025['P-TRAINING-CAREGIVERS'], true),
  'P-TRAINING-SOCIAL-WORKERS': hidden(CITY_2025['P-TRAINING-SOCIAL-WORKERS'], true),
  'P-INDUCTION-TRAINING': hidden(CITY_2025['P-INDUCTION-TRAINING'], true),
  'P-CERTIFIED-SPECIALISTS': hidden(CITY_2025['P-CERTIFIED-SPECIALISTS'], true),
});

/**
 * The department system that sees an indicator's persons exactly (the catalogue's `persons`): civil
 * affairs its elders, human resources its care staff (and the elders' count, under civil affairs'
 * elderIdentity rule), medical insurance its insured. Indicators that count no persons: anyone.
 */
const ENTITLED: Record<string, As> = {
  I01: 'civil-affairs-system',
  I02: 'civil-affairs-system',
  I09: 'civil-affairs-system',
  I10: 'civil-affairs-system',
  I04: 'human-resources-system',
  I11: 'human-resources-system',
  'M20-CERTIFIED': 'human-resources-system',
  'M20-LTC': 'human-resources-system',
  'P-TRAINING-CAREGIVERS': 'human-resources-system',
  'P-TRAINING-SOCIAL-WORKERS': 'human-resources-system',
  'P-INDUCTION-TRAINING': 'human-resources-system',
  'P-CERTIFIED-SPECIALISTS': 'human-resources-system',
  M16: 'medical-insurance-system',
};

type Indicator = NonNullable<IndicatorsReportQuery['indicatorAreas'][number]['indicators']>[number];
const rows = (indicators: Indicator[]) =>
  Object.fromEntries(
    indicators.map(({ code, numerator, denominator, value, target, status }) => [
      code,
      [numerator, denominator, value, target, status],
    ]),
  );

describe.each(DATABASE_TARGETS)('the joint meeting’s indicators across the five departments (%s)', (target) => {
  // A hub of its own: the indicators are exact figures over 乳山市, 文登区 and the whole city, which any other file's records would change.
  let hub: OwnTestHub;
  let dataset: Dataset;
  /** The indicators as an analyst of the joint meeting (or another caller) reads them. */
  const report = async (asOf: string, areaCodes?: string[], as: As = 'analyst') =>
    expectData(await hub.query(REPORT, { asOf, areaCodes }, as)).indicatorAreas;
  /** Every indicator as the department system entitled to its persons reads it: the exact figures. */
  const exactReport = async (asOf: string, areaCodes?: string[]) => {
    const callers = [...new Set(Object.values(ENTITLED))];
    const views = new Map(
      await Promise.all(callers.map(async (as) => [as, await report(asOf, areaCodes, as)] as const)),
    );
    return views.get('civil-affairs-system')!.map((area, index) => ({
      ...area,
      indicators: area.indicators!.map((indicator, at) =>
        indicator.code in ENTITLED ? views.get(ENTITLED[indicator.code])![index].indicators![at] : indicator,
      ),
    }));
  };

  beforeAll(async () => {
    hub = await startTestHub(target);
    dataset = await recordDataset(hub);
  }, HUB_START_TIMEOUT_MS);
  afterAll(() => hub?.stop());

  it('evaluates every indicator for 乳山市 and the city from the five departments’ records, exactly for the department systems entitled to the persons counted', async () => {
    const areas = await exactReport('2025-06-30');
    expect(areas.map((area) => area.areaCode)).toEqual([
      CITY,
      '371002',
      WENDENG,
      '371071',
      '371072',
      '371073',
      '371082',
      RUSHAN,
      '371099',
    ]);
    const rushan = areas.find((area) => area.areaCode === RUSHAN)!;
    expect(rushan.area).toEqual({ name: '乳山市', fiveBedPilot: true });
    expect(rows(rushan.indicators)).toEqual(RUSHAN_2025);
    expect(rows(areas[0].indicators)).toEqual(CITY_2025);
  });

  it('withholds from an analyst, who sees aggregates only, every count of 1–4 persons and the values that would give one back, flagged, with the statuses the exact figures decide', async () => {
    const areas = await report('2025-06-30', [CITY, RUSHAN]);
    expect(rows(areas[0].indicators!)).toEqual(CITY_2025_ANALYST);
    expect(rows(areas[1].indicators!)).toEqual(RUSHAN_2025_ANALYST);
    const rushan = areas[1].indicators;
    // Every indicator counting persons is withheld in a district this small, and none other.
    const withheld = rushan!.filter((indicator) => indicator.numeratorSuppressed).map((indicator) => indicator.code);
    expect(new Set(withheld)).toEqual(new Set(Object.keys(ENTITLED)));
    for (const {
      code,
      numerator,
      denominator,
      value,
      numeratorSuppressed,
      denominatorSuppressed,
      valueSuppressed,
    } of rushan!)
      expect([code, numerator === null, denominator === null && denominatorSuppressed, value === null]).toEqual([
        code,
        numeratorSuppressed,
        denominatorSuppressed,
        valueSuppressed || RUSHAN_2025[code][2] === null,
      ]);
  });

  it('moves with the as-of date as the dated records say', async () => {
    const [rushan] = await exactReport('2026-06-30', [RUSHAN]);
    const moved = rows(rushan.indicators);
    expect(Object.fromEntries(Object.keys(RUSHAN_2026_CHANGES).map((code) => [code, moved[code]]))).toEqual(
      RUSHAN_2026_CHANGES,
    );
    const unchanged = Object.keys(RUSHAN_2025).filter(
      (code) => !(code in RUSHAN_2026_CHANGES) && !code.startsWith('M18') && !code.startsWith('M19'),
    );
    for (const code of unchanged) expect([code, moved[code]]).toEqual([code, RUSHAN_2025[code]]);
  });

  it('lists the records behind a figure: the institutions not integrated, the districts under 55%', async () => {
    const integration = expectData(
      await hub.query(
        RECORDS,
        { asOf: '2026-06-30', areas: [RUSHAN], codes: ['I08', 'M14'], counted: false },
        'analyst',
      ),
    );
    expect(integration.indicatorAreas[0].indicators).toEqual([
      {
        code: 'I08',
        records: {
          total: 1,
          items: [
            { kind: 'INSTITUTION', code: dataset.homes.B, name: '乳山市夏村镇敬老院', counted: false, value: null },
          ],
        },
      },
      {
        code: 'M14',
        records: {
          total: 1,
          items: [{ kind: 'MEDICAL_INSTITUTION', code: dataset.hospitals.H2, name: null, counted: false, value: null }],
        },
      },
    ]);
    const lottery = expectData(
      await hub.query(RECORDS, { asOf: '2025-06-30', areas: [CITY], codes: ['P-LOTTERY'], counted: false }, 'analyst'),
    );
    expect(lottery.indicatorAreas[0].indicators![0].records.items).toEqual([
      { kind: 'AREA', code: RUSHAN, name: '乳山市', counted: false, value: null },
    ]);
  });

  it('lists the elders behind a casework figure to civil affairs alone', async () => {
    const variables = { asOf: '2025-06-30', area: RUSHAN };
    const own = expectData(await hub.query(CASEWORK_ELDERS, variables, 'civil-affairs-system'));
    const unvisited = [dataset.elders.E1, dataset.elders.E5]
      .sort()
      .map((code) => ({ kind: 'ELDER', code, counted: false }));
    expect(own.indicatorAreas[0].indicators![0].records).toEqual({ total: 2, items: unvisited });
    expect(errorCodes(await hub.query(CASEWORK_ELDERS, variables, 'analyst'))).toEqual(['FORBIDDEN']);
  });

  it('reads a target “by the end of 2025” as not yet due the day before its deadline and not met on the deadline day itself', async () => {
    const statuses = async (asOf: string) =>
      Object.fromEntries(
        (await report(asOf, [RUSHAN]))[0]
          .indicators!.filter(({ code }) => ['I01', 'I05', 'M09', 'M14'].includes(code))
          .map(({ code, value, status }) => [code, [value, status]]),
      );
    expect(await statuses('2025-12-30')).toEqual({
      I01: [null, 'NOT_YET_DUE'], // 1 of 2: withheld from an analyst, the status is not
      I05: [50, 'NOT_YET_DUE'],
      M09: [1, 'NOT_YET_DUE'],
      M14: [50, 'NOT_YET_DUE'],
    });
    expect(await statuses('2025-12-31')).toEqual({
      I01: [null, 'NOT_MET'],
      I05: [50, 'NOT_MET'],
      M09: [1, 'NOT_MET'],
      M14: [50, 'NOT_MET'],
    });
  });

  it('counts cognitive-care beds among the nursing-type beds of an institution', async () => {
    const beds = expectData(
      await hub.query(RECORDS, { asOf: '2025-06-30', areas: [RUSHAN], codes: ['I03'] }, 'analyst'),
    );
    expect(beds.indicatorAreas[0].indicators![0].records.items).toEqual([
      { kind: 'INSTITUTION', code: dataset.homes.A, name: '乳山市颐和养老院', counted: true, value: 66.67 },
    ]);
  });

  it('counts measure 16 over the elders on both sides, per scheme beside it, withheld from an analyst where small', async () => {
    const m16 = async (as: As) =>
      (await report('2026-06-30', [RUSHAN], as))[0].indicators!.find(({ code }) => code === 'M16')!;
    const exact = await m16('medical-insurance-system');
    expect([exact.numerator, exact.denominator, exact.value]).toEqual([4, 5, 80]);
    expect(exact.breakdowns).toEqual([
      {
        key: 'RESIDENTS_SCHEME',
        numerator: 3,
        numeratorSuppressed: false,
        denominator: 5,
        value: 60,
        valueSuppressed: false,
      },
      {
        key: 'EMPLOYEES_SCHEME',
        numerator: 1,
        numeratorSuppressed: false,
        denominator: 5,
        value: 20,
        valueSuppressed: false,
      },
    ]);
    const analyst = await m16('analyst');
    expect(
      analyst.breakdowns.map(({ key, numerator, numeratorSuppressed, denominator, value }) => [
        key,
        numerator,
        numeratorSuppressed,
        denominator,
        value,
      ]),
    ).toEqual([
      ['RESIDENTS_SCHEME', null, true, 5, null],
      ['EMPLOYEES_SCHEME', null, true, 5, null],
    ]);
  });

  it('counts the 2024 training goals over the plan period from 2021, with the completions within 2024 beside them', async () => {
    const [city] = await report('2025-06-30', [CITY], 'human-resources-system');
    const training = city
      .indicators!.filter(({ code }) => code.startsWith('P-TRAINING'))
      .map(({ code, numerator, status, breakdowns }) => [
        code,
        numerator,
        status,
        breakdowns.map(({ key, numerator: part }) => [key, part]),
      ]);
    expect(training).toEqual([
      ['P-TRAINING-CAREGIVERS', 2, 'NOT_MET', [['GOAL_YEAR', 1]]], // G1 and G3 from 2022; only G1 again in 2024
      ['P-TRAINING-SOCIAL-WORKERS', 1, 'NOT_MET', [['GOAL_YEAR', 1]]],
    ]);
  });

  it('counts induction training over the care staff working on the day, due on 2025-12-31 itself, with each role beside it', async () => {
    const induction = async (asOf: string) => {
      const [rushan] = await report(asOf, [RUSHAN], 'human-resources-system');
      const { numerator, denominator, value, status, breakdowns } = rushan.indicators!.find(
        ({ code }) => code === 'P-INDUCTION-TRAINING',
      )!;
      return [numerator, denominator, value, status, breakdowns.map(({ key, numerator: part }) => [key, part])];
    };
    expect(await induction('2025-12-30')).toEqual([
      1,
      3,
      33.33,
      'NOT_YET_DUE',
      [
        ['ELDER_CAREGIVERS', 1],
        ['LONG_TERM_CARERS', 0],
      ],
    ]);
    // G2 completes her induction on the deadline day: counted, and the target is due.
    expect(await induction('2025-12-31')).toEqual([
      2,
      3,
      66.67,
      'NOT_MET',
      [
        ['ELDER_CAREGIVERS', 2],
        ['LONG_TERM_CARERS', 0],
      ],
    ]);
  });

  it('counts an institution’s medical, rehabilitation and fire-safety staff certified by their own trade’s licence, due on 2024-12-31 itself, with each trade beside it', async () => {
    const specialists = async (asOf: string, area = RUSHAN) => {
      const [figures] = await report(asOf, [area], 'human-resources-system');
      const { numerator, denominator, value, status, breakdowns } = figures.indicators!.find(
        ({ code }) => code === 'P-CERTIFIED-SPECIALISTS',
      )!;
      return [numerator, denominator, value, status, breakdowns.map(({ key, numerator: part }) => [key, part])];
    };
    const trades = (medical: number, rehabilitation: number, fireSafety: number) => [
      ['MEDICAL', medical],
      ['REHABILITATION', rehabilitation],
      ['FIRE_SAFETY', fireSafety],
    ];
    expect(await specialists('2024-12-30')).toEqual([2, 3, 66.67, 'NOT_YET_DUE', trades(1, 0, 1)]);
    expect(await specialists('2024-12-31')).toEqual([2, 3, 66.67, 'NOT_MET', trades(1, 0, 1)]);
    expect(await specialists('2025-12-31')).toEqual([2, 3, 66.67, 'NOT_MET', trades(1, 1, 0)]);
    expect(await specialists('2026-06-30', CITY)).toEqual([4, 4, 100, 'MET', trades(2, 1, 1)]);
    // 环翠 has no institution specialist: nothing to certify.
    expect((await specialists('2026-06-30', '371002')).slice(0, 4)).toEqual([0, 0, null, 'NOT_APPLICABLE']);
  });

  it('reads an empty district as not applicable, never as no data, while every department answers', async () => {
    const areas = await report('2025-06-30');
    const huancui = areas.find((area) => area.areaCode === '371002')!;
    const status = Object.fromEntries(huancui.indicators!.map(({ code, status }) => [code, status]));
    // 环翠区 holds none of the dataset's records: nothing to count, and no department was missing.
    expect([status.I01, status.I03, status.I04, status.I08, status['P-SIGNED-COOPERATION'], status.M16]).toEqual([
      'NOT_APPLICABLE',
      'NOT_APPLICABLE',
      'NOT_APPLICABLE',
      'NOT_APPLICABLE',
      'NOT_APPLICABLE',
      'NOT_APPLICABLE',
    ]);
    const noData = areas.flatMap((area) =>
      area.indicators!.filter(({ status }) => status === 'NO_DATA').map(({ code }) => `${area.areaCode} ${code}`),
    );
    expect(noData).toEqual([]);
  });

  it('asks every district for a 特困供养 institution with medical-care integration: 文登 meets it once C’s clinic is filed, 乳山’s B has neither clinic nor agreement, the city counts the districts', async () => {
    const figures = async (asOf: string) =>
      Object.fromEntries(
        (await report(asOf, [CITY, WENDENG, RUSHAN])).map(({ areaCode, indicators }) => [
          areaCode,
          rows(indicators!.filter(({ code }) => code === 'P-SUPPORT-INSTITUTION'))['P-SUPPORT-INSTITUTION'],
        ]),
      );
    expect(await figures('2025-06-30')).toEqual({
      [CITY]: [0, 8, 0, 100, 'NOT_YET_DUE'],
      [WENDENG]: [0, null, 0, 1, 'NOT_YET_DUE'],
      [RUSHAN]: [0, null, 0, 1, 'NOT_YET_DUE'],
    });
    expect(await figures('2026-06-30')).toEqual({
      [CITY]: [1, 8, 12.5, 100, 'NOT_MET'],
      [WENDENG]: [1, null, 1, 1, 'MET'],
      [RUSHAN]: [0, null, 0, 1, 'NOT_MET'],
    });
    const listed = expectData(
      await hub.query(
        RECORDS,
        { asOf: '2026-06-30', areas: [CITY], codes: ['P-SUPPORT-INSTITUTION'], counted: null },
        'analyst',
      ),
    );
    expect(listed.indicatorAreas[0].indicators![0].records.items).toEqual(
      [
        { kind: 'INSTITUTION', code: dataset.homes.B, name: '乳山市夏村镇敬老院', counted: false, value: null },
        { kind: 'INSTITUTION', code: dataset.homes.C, name: '文登区康乐护理院', counted: true, value: null },
      ].sort((a, b) => (a.code < b.code ? -1 : 1)),
    );
  });

  it('counts signed cooperation apart from indicator 8: an inside clinic alone makes an institution integrated, not signed', async () => {
    const [city] = await report('2026-06-30', [CITY]);
    const both = rows(city.indicators!.filter(({ code }) => ['I08', 'P-SIGNED-COOPERATION'].includes(code)));
    expect(both).toEqual({
      I08: [2, 3, 66.67, 100, 'NOT_MET'], // A signed, C's clinic; B neither
      'P-SIGNED-COOPERATION': [1, 3, 33.33, 100, 'NOT_MET'], // A only
    });
    const unsigned = expectData(
      await hub.query(
        RECORDS,
        { asOf: '2026-06-30', areas: [CITY], codes: ['P-SIGNED-COOPERATION'], counted: false },
        'analyst',
      ),
    );
    expect(unsigned.indicatorAreas[0].indicators![0].records.items.map(({ code }) => code)).toEqual(
      [dataset.homes.B, dataset.homes.C].sort(),
    );
  });

  it('counts day care village by village: the communities with a centre open, and a district without villages as not applicable', async () => {
    const covered = expectData(
      await hub.query(
        RECORDS,
        { asOf: '2026-06-30', areas: [RUSHAN], codes: ['P-DAY-CARE'], counted: true },
        'analyst',
      ),
    );
    expect(covered.indicatorAreas[0].indicators![0].records).toEqual({
      total: 2,
      items: [
        { kind: 'AREA', code: '371083001001', name: '府前居委会', counted: true, value: null },
        { kind: 'AREA', code: '371083001002', name: '金丰居委会', counted: true, value: null },
      ],
    });
    const [nanhai] = await report('2026-06-30', ['371099']);
    // 南海新区 has no villages or communities in the division tree: nothing to cover.
    expect(rows(nanhai.indicators!.filter(({ code }) => code === 'P-DAY-CARE'))).toEqual({
      'P-DAY-CARE': [0, 0, null, 100, 'NOT_APPLICABLE'],
    });
  });

  it('refuses a town, a future day or an unknown indicator with BAD_USER_INPUT', async () => {
    expect(errorCodes(await hub.query(REPORT, { asOf: '2025-06-30', areaCodes: ['371083100'] }, 'analyst'))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await hub.query(REPORT, { asOf: '2999-01-01' }, 'analyst'))).toEqual(['BAD_USER_INPUT']);
    const unknown = await hub.query(ONE_INDICATOR, { area: CITY, code: 'I99' }, 'analyst');
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
  });
});
