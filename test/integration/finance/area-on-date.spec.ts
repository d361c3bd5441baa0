import { DATABASE_TARGETS, errorCodes, type GraphQLResult, startTestHub, type TestHub } from '../../support/test-hub';

/** Days in 2026 look at the funds raised in 2025 (spent in 2026). */
const EARLIER = '2026-03-31';
const LATER = '2026-09-30';
const RAISED = 2025;

const FIELDS = 'areaCode asOf lotteryFundRetainedFen lotteryFundElderCareFen lotteryFundShortfallDistrictCodes';
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaOnDate { ${FIELDS} } } }`;
const onDate = (areaCode: string, asOf: string) => ({ __typename: 'AreaOnDate', areaCode, asOf });

describe.each(DATABASE_TARGETS)('finance’s figures on AreaOnDate (%s)', (target) => {
  let hub: TestHub;
  const ok = <T extends GraphQLResult>(result: T): T => {
    expect(result.errors).toBeUndefined();
    return result;
  };
  const asFinance = async (query: string, variables?: Record<string, unknown>) =>
    ok(await hub.query(query, variables, 'finance-system'));
  const record = async (input: Record<string, unknown>): Promise<string> =>
    (
      await asFinance(`mutation($input: RecordLotteryFundInput!) { recordLotteryFund(input: $input) { id } }`, {
        input,
      })
    ).data!.recordLotteryFund.id;
  const allocate = (fundId: string, category: 'ELDER_CARE' | 'OTHER_WELFARE', amountFen: number, allocatedOn: string) =>
    asFinance(`mutation($input: AllocateLotteryFundInput!) { allocateLotteryFund(input: $input) { id } }`, {
      input: {
        fundId,
        category,
        programme: category === 'ELDER_CARE' ? 'OPERATING_AWARD' : 'OTHER',
        amountFen,
        allocatedOn,
      },
    });
  const figures = async (...representations: Array<ReturnType<typeof onDate>>) =>
    ok(await hub.querySubgraph('finance', ENTITIES, { r: representations }, 'analyst')).data!._entities;

  beforeAll(async () => {
    hub = await startTestHub(target);
    // The city's own fund: half to elder care by the earlier day, 60% by the later.
    const city = await record({ areaCode: '371000', raisedYear: RAISED, amountFen: 10_000_000 });
    await allocate(city, 'ELDER_CARE', 5_000_000, '2026-02-01');
    await allocate(city, 'ELDER_CARE', 1_000_000, '2026-06-01');
    // 乳山市: 50% by the earlier day (short), exactly 55% on the later day (met).
    const rushan = await record({ areaCode: '371083', raisedYear: RAISED, amountFen: 1_000_000 });
    await allocate(rushan, 'ELDER_CARE', 500_000, '2025-12-20');
    await allocate(rushan, 'OTHER_WELFARE', 300_000, '2026-01-10');
    await allocate(rushan, 'ELDER_CARE', 50_000, LATER);
    // Neither another source nor the fund raised in the day's own year counts.
    const otherBudget = await record({
      source: 'OTHER_BUDGET',
      areaCode: '371083',
      raisedYear: RAISED,
      amountFen: 9_000_000,
    });
    await allocate(otherBudget, 'ELDER_CARE', 9_000_000, '2026-01-05');
    const nextYear = await record({ areaCode: '371083', raisedYear: RAISED + 1, amountFen: 7_000_000 });
    await allocate(nextYear, 'ELDER_CARE', 100, '2026-02-01');
    // 环翠区 meets the rule on both days; 文登区 falls short on both.
    const huancui = await record({ areaCode: '371002', raisedYear: RAISED, amountFen: 2_000_000 });
    await allocate(huancui, 'ELDER_CARE', 1_200_000, '2026-01-15');
    const wendeng = await record({ areaCode: '371003', raisedYear: RAISED, amountFen: 500_000 });
    await allocate(wendeng, 'ELDER_CARE', 100_000, '2026-02-01');
  });
  afterAll(() => hub?.stop());

  it('gives 乳山市 and the city their own fund and elder-care allocations by each day, to the analyst, with the districts short of 55%', async () => {
    expect(
      await figures(
        onDate('371083', EARLIER),
        onDate('371083', LATER),
        onDate('371000', EARLIER),
        onDate('371000', LATER),
      ),
    ).toEqual([
      {
        areaCode: '371083',
        asOf: EARLIER,
        lotteryFundRetainedFen: 1_000_000,
        lotteryFundElderCareFen: 500_000,
        lotteryFundShortfallDistrictCodes: ['371083'],
      },
      {
        areaCode: '371083',
        asOf: LATER,
        lotteryFundRetainedFen: 1_000_000,
        lotteryFundElderCareFen: 550_000,
        lotteryFundShortfallDistrictCodes: [],
      },
      {
        areaCode: '371000',
        asOf: EARLIER,
        lotteryFundRetainedFen: 10_000_000,
        lotteryFundElderCareFen: 5_000_000,
        lotteryFundShortfallDistrictCodes: ['371003', '371083'],
      },
      {
        areaCode: '371000',
        asOf: LATER,
        lotteryFundRetainedFen: 10_000_000,
        lotteryFundElderCareFen: 6_000_000,
        lotteryFundShortfallDistrictCodes: ['371003'],
      },
    ]);
  });

  it('gives null figures and no shortfall where no fund of the year before is recorded', async () => {
    expect(
      await figures(onDate('371082', LATER), onDate('371083', '2025-06-30'), onDate('371000', '2025-06-30')),
    ).toEqual([
      {
        areaCode: '371082',
        asOf: LATER,
        lotteryFundRetainedFen: null,
        lotteryFundElderCareFen: null,
        lotteryFundShortfallDistrictCodes: [],
      },
      {
        areaCode: '371083',
        asOf: '2025-06-30',
        lotteryFundRetainedFen: null,
        lotteryFundElderCareFen: null,
        lotteryFundShortfallDistrictCodes: [],
      },
      {
        areaCode: '371000',
        asOf: '2025-06-30',
        lotteryFundRetainedFen: null,
        lotteryFundElderCareFen: null,
        lotteryFundShortfallDistrictCodes: [],
      },
    ]);
  });

  it('agrees today with the year figures finance already shows', async () => {
    const today = ok(
      await hub.querySubgraph(
        'finance',
        `{ lotteryFundFigures(raisedYear: ${RAISED}) { areaCode elderCareAllocatedFen elderCareShare { met } } }`,
        {},
        'analyst',
      ),
    ).data!.lotteryFundFigures;
    expect(today).toEqual([
      { areaCode: '371000', elderCareAllocatedFen: 6_000_000, elderCareShare: { met: true } },
      { areaCode: '371002', elderCareAllocatedFen: 1_200_000, elderCareShare: { met: true } },
      { areaCode: '371003', elderCareAllocatedFen: 100_000, elderCareShare: { met: false } },
      { areaCode: '371083', elderCareAllocatedFen: 550_000, elderCareShare: { met: true } },
    ]);
  });

  it('refuses a town code, a day that is not a date and a future day with BAD_USER_INPUT', async () => {
    for (const [representation, field] of [
      [onDate('371083100', EARLIER), 'areaCode'],
      [onDate('371083', '2026-02-29'), 'asOf'],
      [onDate('371083', '20260331'), 'asOf'],
      [onDate('371000', '2999-01-01'), 'asOf'],
    ] as const) {
      const result = await hub.querySubgraph('finance', ENTITIES, { r: [representation] }, 'analyst');
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe(field);
    }
  });
});
