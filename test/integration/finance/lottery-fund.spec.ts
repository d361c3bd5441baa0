import { creditCodeCheckCharacter } from '../../../subgraphs/shared/identity/credit-code';
import { todayIso } from '../../../subgraphs/shared/time/today';
import { selectedSubgraphs } from '../../../subgraphs/registry';
import { idNumber } from '../../support/builders/identifiers';
import {
  type As,
  DATABASE_TARGETS,
  errorCodes,
  type GraphQLResult,
  startTestHub,
  type TestHub,
} from '../../support/test-hub';

const creditCode = (first17: string) => first17 + creditCodeCheckCharacter(first17);
const HOME = creditCode('52371083MB0000031');
const TODAY = todayIso();
const THIS_YEAR = Number(TODAY.slice(0, 4));
/** Funds raised last year are spent this year, so payments dated today are in their spending year. */
const RAISED = THIS_YEAR - 1;
const CAREGIVER_KEY = 'c'.repeat(32);
/** Caregivers' names come from human resources, when it runs in this hub (`HUB_SUBGRAPHS`). */
const WITH_HUMAN_RESOURCES = selectedSubgraphs().some((definition) => definition.department === 'human-resources');

const RECORD = `mutation($input: RecordLotteryFundInput!) { recordLotteryFund(input: $input) { id source areaCode raisedYear spendingYear amountFen } }`;
const ALLOCATE = `mutation($input: AllocateLotteryFundInput!) { allocateLotteryFund(input: $input) { id category programme areaCode amountFen remainderFen } }`;
const DISBURSE = `mutation($input: DisburseLotteryFundInput!) { disburseLotteryFund(input: $input) { id amountFen status recipientKind } }`;
const REVERSE = `mutation($input: ReverseLotteryFundDisbursementInput!) { reverseLotteryFundDisbursement(input: $input) { id status reversedOn reversalReason } }`;
const FUND = `query($id: ID!) { lotteryFund(id: $id) { amountFen allocatedFen elderCareAllocatedFen unallocatedFen disbursedFen elderCareShare { elderCareFen retainedFen basisPoints requiredBasisPoints met } allocations { amountFen } } }`;
const ALLOCATION = `query($id: ID!) { lotteryFundAllocation(id: $id) { amountFen disbursedFen remainderFen disbursements { amountFen status } } }`;

describe.each(DATABASE_TARGETS)('the welfare-lottery fund: allocations and disbursements (%s)', (target) => {
  let hub: TestHub;
  let elderKey: string;
  const ids: Record<string, string> = {};

  const asFinance = (query: string, variables?: Record<string, unknown>) =>
    hub.query(query, variables, 'finance-system');
  const record = (input: Record<string, unknown>) => asFinance(RECORD, { input });
  const allocate = (input: Record<string, unknown>) => asFinance(ALLOCATE, { input: { allocatedOn: TODAY, ...input } });
  const disburse = (input: Record<string, unknown>) =>
    asFinance(DISBURSE, {
      input: { paidOn: TODAY, purpose: '养老机构运营奖补', decidingDepartment: 'CIVIL_AFFAIRS', ...input },
    });
  const fund = async (id: string) => (await asFinance(FUND, { id })).data!.lotteryFund;
  const allocation = async (id: string) => (await asFinance(ALLOCATION, { id })).data!.lotteryFundAllocation;
  const ok = <T extends GraphQLResult>(result: T): T => {
    expect(result.errors).toBeUndefined();
    return result;
  };
  const refused = (result: GraphQLResult, code: string, field?: string) => {
    expect(errorCodes(result)).toEqual([code]);
    if (field) expect(result.errors![0].extensions!.field).toBe(field);
  };

  beforeAll(async () => {
    hub = await startTestHub(target);
    ok(
      await hub.query(`mutation($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { code } }`, {
        input: {
          code: HOME,
          name: '乳山市福如东海颐养院',
          areaCode: '371083',
          ownership: 'PRIVATE',
          openedOn: '2015-05-01',
          rating: 3,
        },
      }),
    );
    const elder = ok(
      await hub.query(`mutation($elder: RegisterElderInput!) { registerElder(input: $elder) { personKey } }`, {
        elder: {
          idNumber: idNumber('371083', '1939-03-03', 41),
          name: '宋桂英',
          areaCode: '371083',
          livingSituation: 'LIVING_ALONE',
          economicStatus: 'MINIMUM_LIVING',
        },
      }),
    );
    elderKey = elder.data!.registerElder.personKey;
  });
  afterAll(() => hub?.stop());

  it('records a district’s welfare-lottery fund, spent the year after it was raised', async () => {
    const result = ok(
      await record({
        areaCode: '371083',
        raisedYear: RAISED,
        amountFen: 100_000_001,
        documentReference: `威财社〔${RAISED}〕16号`,
      }),
    );
    expect(result.data!.recordLotteryFund).toMatchObject({
      source: 'WELFARE_LOTTERY',
      areaCode: '371083',
      raisedYear: RAISED,
      spendingYear: RAISED + 1,
      amountFen: 100_000_001,
    });
    ids.fund = result.data!.recordLotteryFund.id;
    expect(await fund(ids.fund)).toMatchObject({
      allocatedFen: 0,
      unallocatedFen: 100_000_001,
      elderCareShare: { elderCareFen: 0, basisPoints: 0, met: false },
    });
  });

  it('refuses a second fund of the same source, level and year with CONFLICT, and keeps the first', async () => {
    refused(await record({ areaCode: '371083', raisedYear: RAISED, amountFen: 5 }), 'CONFLICT', 'raisedYear');
    const funds = ok(
      await asFinance(
        `query($year: Int!) { lotteryFunds(filter: { areaCode: "371083", raisedYear: $year }) { amountFen } }`,
        { year: RAISED },
      ),
    );
    expect(funds.data!.lotteryFunds).toEqual([{ amountFen: 100_000_001 }]);
    // Another source beside the lottery fund is a fund of its own.
    ok(await record({ source: 'OTHER_BUDGET', areaCode: '371083', raisedYear: RAISED - 1, amountFen: 2_000_000 }));
  });

  it('refuses funds with amounts that are not positive whole fen, at levels that retain no fund or in future years, with BAD_USER_INPUT naming the field', async () => {
    const cases = [
      { input: { areaCode: '371002', raisedYear: RAISED, amountFen: 0 }, field: 'amountFen' },
      { input: { areaCode: '371002', raisedYear: RAISED, amountFen: -500 }, field: 'amountFen' },
      { input: { areaCode: '371083100', raisedYear: RAISED, amountFen: 500 }, field: 'areaCode' },
      { input: { areaCode: '999999', raisedYear: RAISED, amountFen: 500 }, field: 'areaCode' },
      { input: { areaCode: '371002', raisedYear: THIS_YEAR + 1, amountFen: 500 }, field: 'raisedYear' },
    ];
    for (const { input, field } of cases) refused(await record(input), 'BAD_USER_INPUT', field);
    // A fraction of a fen is not a SafeInt: the subgraph refuses the variable itself, and the gateway passes the refusal on.
    const fraction = { input: { areaCode: '371002', raisedYear: RAISED, amountFen: 12.5 } };
    expect(errorCodes(await hub.querySubgraph('finance', RECORD, fraction, 'finance-system'))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const throughGateway = await asFinance(RECORD, fraction);
    expect(errorCodes(throughGateway)).toEqual(['BAD_USER_INPUT']);
    expect(throughGateway.errors![0].message).toMatch(/SafeInt|integer/i);
    expect(throughGateway.data?.recordLotteryFund ?? null).toBeNull();
    const funds = ok(await asFinance(`{ lotteryFunds(filter: { areaCode: "371002" }) { id } }`));
    expect(funds.data!.lotteryFunds).toEqual([]);
  });

  it('computes the elder-care share exactly: 55,000,000 of 100,000,001 fen is 54.99% and short of 55%, one fen more meets it', async () => {
    ids.operating = ok(
      await allocate({ fundId: ids.fund, category: 'ELDER_CARE', programme: 'OPERATING_AWARD', amountFen: 55_000_000 }),
    ).data!.allocateLotteryFund.id;
    expect(await fund(ids.fund)).toMatchObject({
      allocatedFen: 55_000_000,
      elderCareAllocatedFen: 55_000_000,
      unallocatedFen: 45_000_001,
      elderCareShare: {
        elderCareFen: 55_000_000,
        retainedFen: 100_000_001,
        basisPoints: 5499,
        requiredBasisPoints: 5500,
        met: false,
      },
    });
    const meal = ok(
      await allocate({
        fundId: ids.fund,
        category: 'ELDER_CARE',
        programme: 'MEAL_ASSISTANCE',
        areaCode: '371083100',
        amountFen: 1,
      }),
    );
    expect(meal.data!.allocateLotteryFund).toMatchObject({ areaCode: '371083100', amountFen: 1, remainderFen: 1 });
    ids.meal = meal.data!.allocateLotteryFund.id;
    ids.other = ok(
      await allocate({
        fundId: ids.fund,
        category: 'OTHER_WELFARE',
        programme: 'OTHER',
        amountFen: 30_000_000,
        note: '儿童福利',
      }),
    ).data!.allocateLotteryFund.id;
    expect(await fund(ids.fund)).toMatchObject({
      allocatedFen: 85_000_001,
      elderCareAllocatedFen: 55_000_001,
      unallocatedFen: 15_000_000,
      elderCareShare: { elderCareFen: 55_000_001, retainedFen: 100_000_001, basisPoints: 5500, met: true },
    });
  });

  it('refuses an allocation larger than the fund’s unallocated balance with CONFLICT, writing nothing', async () => {
    refused(
      await allocate({ fundId: ids.fund, category: 'ELDER_CARE', programme: 'ALLOWANCE', amountFen: 15_000_001 }),
      'CONFLICT',
      'amountFen',
    );
    expect(await fund(ids.fund)).toMatchObject({ allocatedFen: 85_000_001, unallocatedFen: 15_000_000 });
    expect((await fund(ids.fund)).allocations).toHaveLength(3);
  });

  it('refuses allocations with bad amounts or areas outside the fund (BAD_USER_INPUT), and from a fund that does not exist (NOT_FOUND)', async () => {
    refused(
      await allocate({ fundId: ids.fund, category: 'ELDER_CARE', programme: 'ALLOWANCE', amountFen: 0 }),
      'BAD_USER_INPUT',
      'amountFen',
    );
    refused(
      await allocate({ fundId: ids.fund, category: 'ELDER_CARE', programme: 'ALLOWANCE', amountFen: -1 }),
      'BAD_USER_INPUT',
      'amountFen',
    );
    refused(
      await allocate({
        fundId: ids.fund,
        category: 'ELDER_CARE',
        programme: 'ALLOWANCE',
        amountFen: 10,
        areaCode: '371002',
      }),
      'BAD_USER_INPUT',
      'areaCode',
    );
    refused(
      await allocate({
        fundId: ids.fund,
        category: 'ELDER_CARE',
        programme: 'ALLOWANCE',
        amountFen: 10,
        allocatedOn: `${RAISED - 1}-12-31`,
      }),
      'BAD_USER_INPUT',
      'allocatedOn',
    );
    refused(
      await allocate({ fundId: 'abc', category: 'ELDER_CARE', programme: 'ALLOWANCE', amountFen: 10 }),
      'BAD_USER_INPUT',
      'fundId',
    );
    refused(
      await allocate({ fundId: 999999, category: 'ELDER_CARE', programme: 'ALLOWANCE', amountFen: 10 }),
      'NOT_FOUND',
    );
    expect(await fund(ids.fund)).toMatchObject({ allocatedFen: 85_000_001, unallocatedFen: 15_000_000 });
  });

  it('pays from an allocation down to its remainder, refusing one fen more with CONFLICT', async () => {
    const first = ok(
      await disburse({
        allocationId: ids.operating,
        recipient: { institutionCode: HOME },
        amountFen: 12_345_678,
        ratingBasis: 3,
        decisionReference: '威民养老〔奖〕1号',
      }),
    );
    expect(first.data!.disburseLotteryFund).toMatchObject({
      amountFen: 12_345_678,
      status: 'PAID',
      recipientKind: 'INSTITUTION',
    });
    ids.first = first.data!.disburseLotteryFund.id;
    expect(await allocation(ids.operating)).toMatchObject({ disbursedFen: 12_345_678, remainderFen: 42_654_322 });

    refused(
      await disburse({
        allocationId: ids.operating,
        recipient: { institutionCode: HOME },
        amountFen: 42_654_323,
        ratingBasis: 3,
        decisionReference: '威民养老〔奖〕2号',
      }),
      'CONFLICT',
      'amountFen',
    );
    expect(await allocation(ids.operating)).toMatchObject({ disbursedFen: 12_345_678, remainderFen: 42_654_322 });

    const rest = ok(
      await disburse({
        allocationId: ids.operating,
        recipient: { institutionCode: HOME },
        amountFen: 42_654_322,
        ratingBasis: 3,
        decisionReference: '威民养老〔奖〕2号',
      }),
    );
    ids.rest = rest.data!.disburseLotteryFund.id;
    expect(await allocation(ids.operating)).toMatchObject({ disbursedFen: 55_000_000, remainderFen: 0 });
  });

  it('refuses to pay the same decision twice with CONFLICT naming decisionReference, writing nothing', async () => {
    refused(
      await disburse({
        allocationId: ids.meal,
        recipient: { elderPersonKey: elderKey },
        amountFen: 1,
        purpose: '老年助餐补贴',
        decisionReference: '威民养老〔奖〕1号',
      }),
      'CONFLICT',
      'decisionReference',
    );
    expect(await allocation(ids.meal)).toMatchObject({ disbursedFen: 0, remainderFen: 1, disbursements: [] });
    // The same number from another department is another decision.
    ok(
      await disburse({
        allocationId: ids.meal,
        recipient: { elderPersonKey: elderKey },
        amountFen: 1,
        purpose: '老年助餐补贴',
        decidingDepartment: 'FINANCE',
        decisionReference: '威民养老〔奖〕1号',
      }),
    );
    expect(await allocation(ids.meal)).toMatchObject({ disbursedFen: 1, remainderFen: 0 });
  });

  it('reverses a disbursement with a reason, keeping it on record and restoring the allocation’s remainder; its decision may then be paid again', async () => {
    const reversed = ok(
      await asFinance(REVERSE, { input: { disbursementId: ids.rest, reversedOn: TODAY, reason: '收款账户有误' } }),
    );
    expect(reversed.data!.reverseLotteryFundDisbursement).toEqual({
      id: ids.rest,
      status: 'REVERSED',
      reversedOn: TODAY,
      reversalReason: '收款账户有误',
    });
    expect(await allocation(ids.operating)).toMatchObject({
      disbursedFen: 12_345_678,
      remainderFen: 42_654_322,
      disbursements: [
        { amountFen: 12_345_678, status: 'PAID' },
        { amountFen: 42_654_322, status: 'REVERSED' },
      ],
    });
    refused(
      await asFinance(REVERSE, { input: { disbursementId: ids.rest, reversedOn: TODAY, reason: '再次冲销' } }),
      'CONFLICT',
      'disbursementId',
    );
    refused(
      await asFinance(REVERSE, { input: { disbursementId: 999999, reversedOn: TODAY, reason: '不存在' } }),
      'NOT_FOUND',
    );

    ok(
      await disburse({
        allocationId: ids.operating,
        recipient: { institutionCode: HOME },
        amountFen: 1_000_000,
        ratingBasis: 3,
        decisionReference: '威民养老〔奖〕2号',
      }),
    );
    expect(await allocation(ids.operating)).toMatchObject({ disbursedFen: 13_345_678, remainderFen: 41_654_322 });
  });

  it('refuses disbursements naming no recipient or two, a recipient the programme does not pay, an operating award without its rating, or bad amounts and codes, with BAD_USER_INPUT', async () => {
    const base = {
      allocationId: ids.operating,
      recipient: { institutionCode: HOME },
      amountFen: 100,
      ratingBasis: 3,
      decisionReference: '威民养老〔奖〕9号',
    };
    const cases = [
      { input: { ...base, recipient: {} }, field: 'recipient' },
      { input: { ...base, recipient: { institutionCode: HOME, programme: '某项目' } }, field: 'recipient' },
      { input: { ...base, recipient: { elderPersonKey: elderKey } }, field: 'recipient' },
      { input: { ...base, recipient: { institutionCode: '52371083MB000003X' } }, field: 'recipient.institutionCode' },
      { input: { ...base, recipient: { caregiverPersonKey: 'not-a-key' } }, field: 'recipient.caregiverPersonKey' },
      { input: { ...base, ratingBasis: null }, field: 'ratingBasis' },
      { input: { ...base, ratingBasis: 6 }, field: 'ratingBasis' },
      { input: { ...base, amountFen: 0 }, field: 'amountFen' },
      { input: { ...base, amountFen: -100 }, field: 'amountFen' },
      { input: { ...base, paidOn: `${RAISED}-12-31` }, field: 'paidOn' },
      {
        input: { ...base, allocationId: ids.other, recipient: { programme: '乳山市儿童福利项目' }, ratingBasis: 3 },
        field: 'ratingBasis',
      },
    ];
    for (const [i, { input, field }] of cases.entries()) {
      const result = await disburse(input);
      expect({ case: i, codes: errorCodes(result), field: result.errors?.[0].extensions?.field }).toEqual({
        case: i,
        codes: ['BAD_USER_INPUT'],
        field,
      });
    }
    refused(await disburse({ ...base, allocationId: 999999 }), 'NOT_FOUND');
    expect(await allocation(ids.operating)).toMatchObject({ disbursedFen: 13_345_678, remainderFen: 41_654_322 });
  });

  it('lets two concurrent allocations that together would overspend a fund through one at a time: exactly one fails with CONFLICT and the balance stays right', async () => {
    const small = ok(await record({ areaCode: '371002', raisedYear: RAISED, amountFen: 1_000 })).data!.recordLotteryFund
      .id;
    const both = await Promise.all([
      allocate({ fundId: small, category: 'ELDER_CARE', programme: 'MEAL_ASSISTANCE', amountFen: 600 }),
      allocate({ fundId: small, category: 'ELDER_CARE', programme: 'ALLOWANCE', amountFen: 600 }),
    ]);
    expect(both.filter((result) => !result.errors)).toHaveLength(1);
    expect(both.filter((result) => result.errors).map(errorCodes)).toEqual([['CONFLICT']]);
    expect(await fund(small)).toMatchObject({
      allocatedFen: 600,
      unallocatedFen: 400,
      allocations: [{ amountFen: 600 }],
    });
  });

  it('answers in one request, for a district and year, the fund, the elder-care share against 55% and the disbursements with their recipients’ names from civil affairs', async () => {
    ok(
      await disburse({
        allocationId: ids.other,
        recipient: { programme: '乳山市儿童福利项目' },
        amountFen: 5_000_000,
        purpose: '儿童福利',
        decidingDepartment: 'FINANCE',
        decisionReference: '威财社〔拨〕8号',
      }),
    );
    const report = ok(
      await asFinance(
        `query($area: ID!, $year: Int!) {
           lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {
             area { name } raisedYear spendingYear
             funds { source amountFen allocatedFen unallocatedFen }
             elderCareShare { elderCareFen retainedFen basisPoints requiredBasisPoints met }
             disbursedFen
             disbursements { total items { amountFen recipientKind institution { name rating } elder { name } programmeRecipient decisionReference } }
           }
         }`,
        { area: '371083', year: RAISED },
      ),
    );
    expect(report.data!.lotteryFundAreaReport).toEqual({
      area: { name: '乳山市' },
      raisedYear: RAISED,
      spendingYear: RAISED + 1,
      funds: [
        { source: 'WELFARE_LOTTERY', amountFen: 100_000_001, allocatedFen: 85_000_001, unallocatedFen: 15_000_000 },
      ],
      elderCareShare: {
        elderCareFen: 55_000_001,
        retainedFen: 100_000_001,
        basisPoints: 5500,
        requiredBasisPoints: 5500,
        met: true,
      },
      // 12,345,678 + 1,000,000 (operating awards) + 1 (meal assistance) + 5,000,000 (children's welfare); the reversed 42,654,322 does not count.
      disbursedFen: 18_345_679,
      disbursements: {
        total: 4,
        items: [
          {
            amountFen: 12_345_678,
            recipientKind: 'INSTITUTION',
            institution: { name: '乳山市福如东海颐养院', rating: 3 },
            elder: null,
            programmeRecipient: null,
            decisionReference: '威民养老〔奖〕1号',
          },
          {
            amountFen: 1,
            recipientKind: 'ELDER',
            institution: null,
            elder: { name: '宋桂英' },
            programmeRecipient: null,
            decisionReference: '威民养老〔奖〕1号',
          },
          {
            amountFen: 1_000_000,
            recipientKind: 'INSTITUTION',
            institution: { name: '乳山市福如东海颐养院', rating: 3 },
            elder: null,
            programmeRecipient: null,
            decisionReference: '威民养老〔奖〕2号',
          },
          {
            amountFen: 5_000_000,
            recipientKind: 'PROGRAMME',
            institution: null,
            elder: null,
            programmeRecipient: '乳山市儿童福利项目',
            decisionReference: '威财社〔拨〕8号',
          },
        ],
      },
    });
  });

  it('shows an area’s figures per year and every level’s figures for a year, from GROUP BY queries', async () => {
    const figures = ok(
      await hub.query(
        `query($year: Int!) {
           area(code: "371083") { name lotteryFundFigures(fromYear: $year, toYear: $year) { areaCode raisedYear spendingYear retainedFen allocatedFen elderCareAllocatedFen unallocatedFen disbursedFen elderCareShare { basisPoints met } } }
           lotteryFundFigures(raisedYear: $year) { areaCode retainedFen elderCareShare { basisPoints met } }
         }`,
        { year: RAISED },
        'analyst',
      ),
    );
    expect(figures.data!.area).toEqual({
      name: '乳山市',
      lotteryFundFigures: [
        {
          areaCode: '371083',
          raisedYear: RAISED,
          spendingYear: RAISED + 1,
          retainedFen: 100_000_001,
          allocatedFen: 85_000_001,
          elderCareAllocatedFen: 55_000_001,
          unallocatedFen: 15_000_000,
          disbursedFen: 18_345_679,
          elderCareShare: { basisPoints: 5500, met: true },
        },
      ],
    });
    expect(figures.data!.lotteryFundFigures).toEqual([
      { areaCode: '371002', retainedFen: 1_000, elderCareShare: { basisPoints: 6000, met: true } },
      { areaCode: '371083', retainedFen: 100_000_001, elderCareShare: { basisPoints: 5500, met: true } },
    ]);
  });

  it('shows institutions, elders and caregivers the payments they received', async () => {
    const hiring = ok(
      await allocate({ fundId: ids.fund, category: 'ELDER_CARE', programme: 'HIRING_AWARD', amountFen: 1_000_000 }),
    ).data!.allocateLotteryFund.id;
    ok(
      await disburse({
        allocationId: hiring,
        recipient: { caregiverPersonKey: CAREGIVER_KEY },
        amountFen: 500_000,
        purpose: '一次性入职奖补',
        decidingDepartment: 'HUMAN_RESOURCES',
        decisionReference: '威人社奖补〔测〕1号',
      }),
    );
    const institution = ok(
      await asFinance(
        `query($code: ID!) { institution(code: $code) { name lotteryFundPayments { amountFen } all: lotteryFundPayments(includeReversed: true) { status } } }`,
        { code: HOME },
      ),
    );
    // Newest first: the payment that replaced the reversed one, the reversed one, the first.
    expect(institution.data!.institution).toEqual({
      name: '乳山市福如东海颐养院',
      lotteryFundPayments: [{ amountFen: 1_000_000 }, { amountFen: 12_345_678 }],
      all: [{ status: 'PAID' }, { status: 'REVERSED' }, { status: 'PAID' }],
    });
    const elder = ok(
      await hub.query(
        `query($key: ID!) { elder(personKey: $key) { name lotteryFundPayments { amountFen purpose } } }`,
        { key: elderKey },
        'civil-affairs-system',
      ),
    );
    expect(elder.data!.elder).toEqual({
      name: '宋桂英',
      lotteryFundPayments: [{ amountFen: 1, purpose: '老年助餐补贴' }],
    });
    const caregiver = ok(
      await hub.query(
        `{ lotteryFundDisbursements(filter: { recipientKind: CAREGIVER }) { items { caregiver { personKey lotteryFundPayments { amountFen } } } } }`,
        {},
        'human-resources-system',
      ),
    );
    expect(caregiver.data!.lotteryFundDisbursements.items).toEqual([
      { caregiver: { personKey: CAREGIVER_KEY, lotteryFundPayments: [{ amountFen: 500_000 }] } },
    ]);
  });

  (WITH_HUMAN_RESOURCES ? it : it.skip)(
    'answers, in one request through the gateway, a hiring award with the caregiver’s name from human resources beside the institution and the elder from civil affairs',
    async () => {
      const registered = await hub.query(
        `mutation($input: RegisterCaregiverInput!) { registerCaregiver(input: $input) { personKey } }`,
        {
          input: {
            idNumber: idNumber('371083', '1985-06-06', 62),
            name: '林秀英',
            role: 'ELDER_CAREGIVER',
            employerCode: HOME,
            employedFrom: `${RAISED}-03-01`,
          },
        },
        'human-resources-system',
      );
      expect(registered.errors).toBeUndefined();
      const personKey = registered.data!.registerCaregiver.personKey;
      const hiring = ok(
        await allocate({ fundId: ids.fund, category: 'ELDER_CARE', programme: 'HIRING_AWARD', amountFen: 2_000_000 }),
      ).data!.allocateLotteryFund.id;
      ok(
        await disburse({
          allocationId: hiring,
          recipient: { caregiverPersonKey: personKey },
          amountFen: 1_000_000,
          purpose: '一次性入职奖补',
          decidingDepartment: 'HUMAN_RESOURCES',
          decisionReference: '威人社奖补〔测〕2号',
        }),
      );
      // The finance clerk reads recipients' names: institutions' and elders' from civil affairs, caregivers' from human resources.
      const report = ok(
        await hub.query(
          `query($year: Int!) { lotteryFundAreaReport(areaCode: "371083", raisedYear: $year) { disbursements { items { amountFen institution { name } elder { name } caregiver { name } } } } }`,
          { year: RAISED },
          'finance-system',
        ),
      );
      const items = report.data!.lotteryFundAreaReport.disbursements.items as Array<Record<string, unknown>>;
      expect(items).toEqual(
        expect.arrayContaining([
          { amountFen: 1_000_000, institution: null, elder: null, caregiver: { name: '林秀英' } },
          { amountFen: 1, institution: null, elder: { name: '宋桂英' }, caregiver: null },
          { amountFen: 12_345_678, institution: { name: '乳山市福如东海颐养院' }, elder: null, caregiver: null },
        ]),
      );
    },
  );

  describe('who may read and write finance', () => {
    const read = (query: string, as: As) => hub.query(query, { year: RAISED }, as);
    const REPORT = (fields: string) =>
      `query($year: Int!) { lotteryFundAreaReport(areaCode: "371083", raisedYear: $year) { ${fields} } }`;

    it('gives funds, the share and area figures to every department and to analysts, auditors and developers', async () => {
      for (const as of [
        'health-system',
        'medical-insurance-system',
        'civil-affairs-system',
        'analyst',
        'auditor',
        'developer',
      ] as const) {
        ok(
          await read(
            REPORT(
              'funds { amountFen allocations { programme amountFen remainderFen } } elderCareShare { met } disbursedFen',
            ),
            as,
          ),
        );
      }
    });

    it('gives disbursements to department systems but not to analysts or developers', async () => {
      ok(await read(REPORT('disbursements { items { amountFen purpose institution { name } } }'), 'health-system'));
      for (const as of ['analyst', 'developer'] as const) {
        const result = await read(REPORT('disbursements { items { amountFen } }'), as);
        expect(errorCodes(result)).toContain('FORBIDDEN');
        expect(errorCodes(await read('{ lotteryFundDisbursements { total } }', as))).toContain('FORBIDDEN');
      }
    });

    it('names the elders and caregivers paid only to finance, civil affairs and human resources', async () => {
      for (const as of ['civil-affairs-system', 'human-resources-system', 'finance-system'] as const)
        ok(await read('{ lotteryFundDisbursements { items { personKey } } }', as));
      for (const as of ['health-system', 'medical-insurance-system'] as const) {
        const result = await read('{ lotteryFundDisbursements { items { personKey } } }', as);
        expect(errorCodes(result)).toContain('FORBIDDEN');
        expect(JSON.stringify(result.data ?? {})).not.toMatch(/[0-9a-f]{32}/);
        expect(errorCodes(await read(REPORT('disbursements { items { elder { personKey } } }'), as))).toContain(
          'FORBIDDEN',
        );
      }
    });

    it('records each payment to an elder and each read of it in finance’s own audit trail, which only auditors read', async () => {
      const trail = `query($key: ID!) { financeAuditTrail(filter: { personKey: $key }) { items { callerId operation kind fields } } financeAuditVerification { valid } }`;
      const audited = ok(await hub.query(trail, { key: elderKey }, 'auditor'));
      const items = audited.data!.financeAuditTrail.items as Array<{
        callerId: string;
        operation: string;
        kind: string;
        fields: string[];
      }>;
      expect(items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ callerId: 'finance-system', operation: 'disburseLotteryFund', kind: 'WRITE' }),
          expect.objectContaining({
            callerId: 'civil-affairs-system',
            kind: 'READ',
            fields: expect.arrayContaining(['Elder.lotteryFundPayments']),
          }),
        ]),
      );
      expect(audited.data!.financeAuditVerification).toEqual({ valid: true });
      for (const as of ['finance-system', 'analyst'] as const)
        expect(errorCodes(await hub.query(trail, { key: elderKey }, as))).toContain('FORBIDDEN');
    });

    it('refuses writes by other departments, analysts and a finance token without the write scope with FORBIDDEN, writing nothing', async () => {
      const input = { areaCode: '371003', raisedYear: RAISED, amountFen: 100 };
      for (const as of ['civil-affairs-system', 'human-resources-system', 'analyst', 'auditor', 'developer'] as const) {
        const result = await hub.query(RECORD, { input }, as);
        expect(errorCodes(result)).toEqual(['FORBIDDEN']);
        expect(result.errors![0].message).toBe('not permitted for this caller');
      }
      const reader = await hub.mint({
        sub: 'finance-reader',
        role: 'department-system',
        department: 'finance',
        scope: 'personal-data',
      });
      expect(errorCodes(await hub.queryWithHeaders({ authorization: `Bearer ${reader}` }, RECORD, { input }))).toEqual([
        'FORBIDDEN',
      ]);
      expect((await asFinance(`{ lotteryFunds(filter: { areaCode: "371003" }) { id } }`)).data!.lotteryFunds).toEqual(
        [],
      );
    });
  });
});
