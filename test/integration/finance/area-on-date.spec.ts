import { graphql } from '../../support/graphql';
import { expectData } from '../../support/builders/expect-data';
import { aLotteryFund, anAllocationFrom, wholeFundYears } from '../../support/builders/finance';
import {
  DATABASE_TARGETS,
  errorCodes,
  type GraphQLResult,
  HUB_START_TIMEOUT_MS,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

/** Finance's own figures on AreaOnDate, asked of its subgraph directly (`_entities`), as the gateway would. */
const FIELDS = 'areaCode asOf lotteryFundRetainedFen lotteryFundElderCareFen lotteryFundShortfallDistrictCodes';
const ENTITIES = `query AreaOnDateFinanceEntities($r: [_Any!]!) { _entities(representations: $r) { ... on AreaOnDate { ${FIELDS} } } }`;
interface AreaOnDateFigures {
  areaCode: string;
  asOf: string;
  lotteryFundRetainedFen: number | null;
  lotteryFundElderCareFen: number | null;
  lotteryFundShortfallDistrictCodes: string[];
}
interface EntitiesData {
  _entities: Array<AreaOnDateFigures | null>;
}
const onDate = (areaCode: string, asOf: string) => ({ __typename: 'AreaOnDate', areaCode, asOf });

const YEAR_FIGURES = graphql(`
  query AreaOnDateLotteryFundYearFigures($year: Int!) {
    lotteryFundFigures(raisedYear: $year) {
      areaCode
      elderCareAllocatedFen
      elderCareShare {
        met
      }
    }
  }
`);

/**
 * The funds the tests read: a year raised with the city's and three districts' funds, the year before
 * it with none, and the year after it (the days' own year) with a fund that must not count.
 */
interface CityYear {
  raised: number;
  /** A day of the spending year (the year after `raised`) when 乳山市 was still short of 55%. */
  earlier: string;
  /** A later day of the spending year, when 乳山市 had met it. */
  later: string;
}

describe.each(DATABASE_TARGETS)('finance’s figures on AreaOnDate (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    // Writes funds in whole years handed to this file alone and reads only those years: the worker's blank hub.
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  const figures = async (...representations: Array<ReturnType<typeof onDate>>) =>
    expectData(await hub.querySubgraph<EntitiesData>('finance', ENTITIES, { r: representations }, 'analyst'))._entities;

  async function recordCityYear(): Promise<CityYear> {
    const [before, raised, next] = wholeFundYears(hub, 3);
    const spent = raised + 1;
    expect([before, spent]).toEqual([raised - 1, next]);
    const fund = (areaCode: string, amountFen: number) =>
      aLotteryFund(hub).of(areaCode).raisedIn(raised).amounting(amountFen).record();
    const toElderCare = (fundId: string, amountFen: number, on: string) =>
      anAllocationFrom(hub, fundId).elderCare().of(amountFen).on(on).allocate();
    // The city's own fund: half to elder care by the earlier day, 60% by the later.
    const city = await fund('371000', 10_000_000);
    await toElderCare(city.id, 5_000_000, `${spent}-02-01`);
    await toElderCare(city.id, 1_000_000, `${spent}-06-01`);
    // 乳山市: 50% by the earlier day (short), exactly 55% on the later day (met).
    const rushan = await fund('371083', 1_000_000);
    await toElderCare(rushan.id, 500_000, `${raised}-12-20`);
    await anAllocationFrom(hub, rushan.id).otherWelfare().of(300_000).on(`${spent}-01-10`).allocate();
    await toElderCare(rushan.id, 50_000, `${spent}-09-30`);
    // Neither another source nor the fund raised in the day's own year counts.
    const otherBudget = await aLotteryFund(hub)
      .of('371083')
      .raisedIn(raised)
      .from('OTHER_BUDGET')
      .amounting(9_000_000)
      .record();
    await toElderCare(otherBudget.id, 9_000_000, `${spent}-01-05`);
    const nextYear = await aLotteryFund(hub).of('371083').raisedIn(next).amounting(7_000_000).record();
    await toElderCare(nextYear.id, 100, `${spent}-02-01`);
    // 环翠区 meets the rule on both days; 文登区 falls short on both.
    const huancui = await fund('371002', 2_000_000);
    await toElderCare(huancui.id, 1_200_000, `${spent}-01-15`);
    const wendeng = await fund('371003', 500_000);
    await toElderCare(wendeng.id, 100_000, `${spent}-02-01`);
    return { raised, earlier: `${spent}-03-31`, later: `${spent}-09-30` };
  }
  let cityYear: Promise<CityYear> | undefined;
  /** The funds every test here reads and none changes: recorded by the first test that needs them. */
  const aCityYear = () => (cityYear ??= recordCityYear());

  it('gives 乳山市 and the city their own fund and elder-care allocations by each day, to the analyst, with the districts short of 55%', async () => {
    const { earlier, later } = await aCityYear();
    expect(
      await figures(
        onDate('371083', earlier),
        onDate('371083', later),
        onDate('371000', earlier),
        onDate('371000', later),
      ),
    ).toEqual([
      {
        areaCode: '371083',
        asOf: earlier,
        lotteryFundRetainedFen: 1_000_000,
        lotteryFundElderCareFen: 500_000,
        lotteryFundShortfallDistrictCodes: ['371083'],
      },
      {
        areaCode: '371083',
        asOf: later,
        lotteryFundRetainedFen: 1_000_000,
        lotteryFundElderCareFen: 550_000,
        lotteryFundShortfallDistrictCodes: [],
      },
      {
        areaCode: '371000',
        asOf: earlier,
        lotteryFundRetainedFen: 10_000_000,
        lotteryFundElderCareFen: 5_000_000,
        lotteryFundShortfallDistrictCodes: ['371003', '371083'],
      },
      {
        areaCode: '371000',
        asOf: later,
        lotteryFundRetainedFen: 10_000_000,
        lotteryFundElderCareFen: 6_000_000,
        lotteryFundShortfallDistrictCodes: ['371003'],
      },
    ]);
  });

  it('gives null figures and no shortfall where no fund of the year before is recorded', async () => {
    const { raised, later } = await aCityYear();
    // Days in the year raised look at the year before it, in which nothing is recorded.
    const inRaisedYear = `${raised}-06-30`;
    expect(
      await figures(onDate('371082', later), onDate('371083', inRaisedYear), onDate('371000', inRaisedYear)),
    ).toEqual([
      {
        areaCode: '371082',
        asOf: later,
        lotteryFundRetainedFen: null,
        lotteryFundElderCareFen: null,
        lotteryFundShortfallDistrictCodes: [],
      },
      {
        areaCode: '371083',
        asOf: inRaisedYear,
        lotteryFundRetainedFen: null,
        lotteryFundElderCareFen: null,
        lotteryFundShortfallDistrictCodes: [],
      },
      {
        areaCode: '371000',
        asOf: inRaisedYear,
        lotteryFundRetainedFen: null,
        lotteryFundElderCareFen: null,
        lotteryFundShortfallDistrictCodes: [],
      },
    ]);
  });

  it('agrees today with the year figures finance already shows', async () => {
    const { raised } = await aCityYear();
    const today = expectData(await hub.query(YEAR_FIGURES, { year: raised }, 'analyst')).lotteryFundFigures;
    expect(today).toEqual([
      { areaCode: '371000', elderCareAllocatedFen: 6_000_000, elderCareShare: { met: true } },
      { areaCode: '371002', elderCareAllocatedFen: 1_200_000, elderCareShare: { met: true } },
      { areaCode: '371003', elderCareAllocatedFen: 100_000, elderCareShare: { met: false } },
      { areaCode: '371083', elderCareAllocatedFen: 550_000, elderCareShare: { met: true } },
    ]);
  });

  it('refuses a town code, a day that is not a date and a future day with BAD_USER_INPUT', async () => {
    for (const [representation, field] of [
      [onDate('371083100', '2025-03-31'), 'areaCode'],
      [onDate('371083', '2026-02-29'), 'asOf'],
      [onDate('371083', '20260331'), 'asOf'],
      [onDate('371000', '2999-01-01'), 'asOf'],
    ] as const) {
      const result: GraphQLResult<EntitiesData> = await hub.querySubgraph(
        'finance',
        ENTITIES,
        { r: [representation] },
        'analyst',
      );
      expect([representation, errorCodes(result)]).toEqual([representation, ['BAD_USER_INPUT']]);
      expect(result.errors![0].extensions!.field).toBe(field);
    }
  });
});
