import { selectedSubgraphs } from '../../../subgraphs/registry';
import { todayIso } from '../../../subgraphs/shared/time/today';
import { anElder, anInstitution } from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import {
  aDecisionReference,
  aFundYearOf,
  aLotteryFund,
  anAllocationFrom,
  anUnregisteredPersonKey,
  aPaymentFrom,
  type RecordedFund,
  wholeFundYears,
} from '../../support/builders/finance';
import { aCaregiver } from '../../support/builders/human-resources';
import { graphql } from '../../support/graphql';
import type {
  AllocateLotteryFundInput,
  DisburseLotteryFundInput,
  RecordLotteryFundInput,
} from '../../support/graphql/graphql';
import {
  DATABASE_TARGETS,
  errorCodes,
  type GraphQLResult,
  HUB_START_TIMEOUT_MS,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

const TODAY = todayIso();
const THIS_YEAR = Number(TODAY.slice(0, 4));
/** Caregivers' names come from human resources, when it runs in this hub (`HUB_SUBGRAPHS`). */
const WITH_HUMAN_RESOURCES = selectedSubgraphs().some((definition) => definition.department === 'human-resources');

const RECORD = graphql(`
  mutation LotteryFundRecord($input: RecordLotteryFundInput!) {
    recordLotteryFund(input: $input) {
      id
      source
      areaCode
      raisedYear
      spendingYear
      amountFen
    }
  }
`);

const ALLOCATE = graphql(`
  mutation LotteryFundAllocate($input: AllocateLotteryFundInput!) {
    allocateLotteryFund(input: $input) {
      id
      category
      programme
      areaCode
      amountFen
      remainderFen
    }
  }
`);

const DISBURSE = graphql(`
  mutation LotteryFundDisburse($input: DisburseLotteryFundInput!) {
    disburseLotteryFund(input: $input) {
      id
      amountFen
      status
      recipientKind
    }
  }
`);

const REVERSE = graphql(`
  mutation LotteryFundReverseDisbursement($input: ReverseLotteryFundDisbursementInput!) {
    reverseLotteryFundDisbursement(input: $input) {
      id
      status
      reversedOn
      reversalReason
    }
  }
`);

const FUND = graphql(`
  query LotteryFundById($id: ID!) {
    lotteryFund(id: $id) {
      amountFen
      allocatedFen
      elderCareAllocatedFen
      unallocatedFen
      disbursedFen
      elderCareShare {
        elderCareFen
        retainedFen
        basisPoints
        requiredBasisPoints
        met
      }
      allocations {
        amountFen
      }
    }
  }
`);

const ALLOCATION = graphql(`
  query LotteryFundAllocationById($id: ID!) {
    lotteryFundAllocation(id: $id) {
      amountFen
      disbursedFen
      remainderFen
      disbursements {
        amountFen
        status
      }
    }
  }
`);

const FUNDS_OF_LEVEL = graphql(`
  query LotteryFundsOfLevelAndYear($area: ID!, $year: Int!) {
    lotteryFunds(filter: { areaCode: $area, raisedYear: $year }) {
      amountFen
    }
  }
`);

const AREA_REPORT = graphql(`
  query LotteryFundAreaReportInFull($area: ID!, $year: Int!) {
    lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {
      area {
        name
      }
      raisedYear
      spendingYear
      funds {
        source
        amountFen
        allocatedFen
        unallocatedFen
      }
      elderCareShare {
        elderCareFen
        retainedFen
        basisPoints
        requiredBasisPoints
        met
      }
      disbursedFen
      disbursements {
        total
        items {
          amountFen
          recipientKind
          institution {
            name
            rating
          }
          elder {
            name
          }
          programmeRecipient
          decisionReference
        }
      }
    }
  }
`);

const FIGURES = graphql(`
  query LotteryFundFiguresOfAreaAndYear($area: ID!, $year: Int!) {
    area(code: $area) {
      name
      lotteryFundFigures(fromYear: $year, toYear: $year) {
        areaCode
        raisedYear
        spendingYear
        retainedFen
        allocatedFen
        elderCareAllocatedFen
        unallocatedFen
        disbursedFen
        elderCareShare {
          basisPoints
          met
        }
      }
    }
    lotteryFundFigures(raisedYear: $year) {
      areaCode
      retainedFen
      elderCareShare {
        basisPoints
        met
      }
    }
  }
`);

const INSTITUTION_PAYMENTS = graphql(`
  query LotteryFundPaymentsToInstitution($code: ID!) {
    institution(code: $code) {
      name
      lotteryFundPayments {
        amountFen
      }
      all: lotteryFundPayments(includeReversed: true) {
        status
      }
    }
  }
`);

const ELDER_PAYMENTS = graphql(`
  query LotteryFundPaymentsToElder($key: ID!) {
    elder(personKey: $key) {
      name
      lotteryFundPayments {
        amountFen
        purpose
      }
    }
  }
`);

const CAREGIVER_PAYMENTS = graphql(`
  query LotteryFundPaymentsToCaregivers($area: ID!, $year: Int!) {
    lotteryFundDisbursements(filter: { fundAreaCode: $area, raisedYear: $year, recipientKind: CAREGIVER }) {
      items {
        caregiver {
          personKey
          lotteryFundPayments {
            amountFen
          }
        }
      }
    }
  }
`);

const RECIPIENT_NAMES = graphql(`
  query LotteryFundRecipientNames($area: ID!, $year: Int!) {
    lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {
      disbursements {
        items {
          amountFen
          institution {
            name
          }
          elder {
            name
          }
          caregiver {
            name
          }
        }
      }
    }
  }
`);

const REPORT_AGGREGATES = graphql(`
  query LotteryFundReportAggregates($area: ID!, $year: Int!) {
    lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {
      funds {
        amountFen
        allocations {
          programme
          amountFen
          remainderFen
        }
      }
      elderCareShare {
        met
      }
      disbursedFen
    }
  }
`);

const REPORT_DISBURSEMENTS = graphql(`
  query LotteryFundReportDisbursements($area: ID!, $year: Int!) {
    lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {
      disbursements {
        items {
          amountFen
          purpose
          institution {
            name
          }
        }
      }
    }
  }
`);

const DISBURSEMENT_TOTAL = graphql(`
  query LotteryFundDisbursementTotal {
    lotteryFundDisbursements {
      total
    }
  }
`);

const PAID_PERSON_KEYS = graphql(`
  query LotteryFundPaidPersonKeys($area: ID!, $year: Int!) {
    lotteryFundDisbursements(filter: { fundAreaCode: $area, raisedYear: $year }) {
      items {
        personKey
      }
    }
  }
`);

const REPORT_ELDER_KEYS = graphql(`
  query LotteryFundReportElderKeys($area: ID!, $year: Int!) {
    lotteryFundAreaReport(areaCode: $area, raisedYear: $year) {
      disbursements {
        items {
          elder {
            personKey
          }
        }
      }
    }
  }
`);

const FINANCE_AUDIT = graphql(`
  query LotteryFundFinanceAuditTrail($key: ID!) {
    financeAuditTrail(filter: { personKey: $key }) {
      items {
        callerId
        operation
        kind
        fields
      }
    }
    financeAuditVerification {
      valid
    }
  }
`);

describe.each(DATABASE_TARGETS)('the welfare-lottery fund: allocations and disbursements (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    // Writes funds, payments, elders and institutions of its own, in years handed to it (test/support/builders/finance.ts), and reads only those: the worker's blank hub.
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  const record = (input: RecordLotteryFundInput) => hub.query(RECORD, { input }, 'finance-system');
  const allocate = (input: Omit<AllocateLotteryFundInput, 'allocatedOn'> & { allocatedOn?: string }) =>
    hub.query(ALLOCATE, { input: { allocatedOn: TODAY, ...input } }, 'finance-system');
  const disburse = (input: DisburseLotteryFundInput) => hub.query(DISBURSE, { input }, 'finance-system');
  const reverse = (disbursementId: string, reason: string) =>
    hub.query(REVERSE, { input: { disbursementId, reversedOn: TODAY, reason } }, 'finance-system');
  const fund = async (id: string) => expectData(await hub.query(FUND, { id }, 'finance-system')).lotteryFund;
  const allocation = async (id: string) =>
    expectData(await hub.query(ALLOCATION, { id }, 'finance-system')).lotteryFundAllocation;
  const fundsOf = async (area: string, year: number) =>
    expectData(await hub.query(FUNDS_OF_LEVEL, { area, year }, 'finance-system')).lotteryFunds;
  const refused = (result: GraphQLResult<unknown>, code: string, field?: string) => {
    expect(errorCodes(result)).toEqual([code]);
    if (field) expect(result.errors![0].extensions!.field).toBe(field);
  };

  /** 乳山's home, paid operating awards by its star rating. */
  const aHome = async () =>
    (
      await anInstitution(hub)
        .named('乳山市福如东海颐养院')
        .inArea('371083')
        .openedOn('2015-05-01')
        .with({ rating: 3 })
        .register()
    ).code;
  /** An elder of 乳山 paid meal assistance. */
  const anElderOfRushan = async () =>
    (
      await anElder(hub)
        .named('宋桂英')
        .withIdFrom('371083')
        .bornOn('1939-03-03')
        .livingIn('371083')
        .livingAlone()
        .with({ economicStatus: 'MINIMUM_LIVING' })
        .register()
    ).personKey;

  /**
   * A district's fund of 100,000,001 fen (in a year of the district's own, or the one given), allocated
   * as the plan wants it: 55,000,000 to operating awards, 1 fen to meal assistance (55.00% to elder
   * care together), 30,000,000 to children's welfare; 15,000,000 left. Tests that read no names spread
   * over the districts, each of which has only so many years of its own.
   */
  async function allocatedFund(district: string, year?: number) {
    const builder = aLotteryFund(hub).of(district).amounting(100_000_001);
    const recorded = await (year === undefined ? builder : builder.raisedIn(year)).record();
    const operating = await anAllocationFrom(hub, recorded.id).elderCare('OPERATING_AWARD').of(55_000_000).allocate();
    const meal = await anAllocationFrom(hub, recorded.id).elderCare('MEAL_ASSISTANCE').of(1).allocate();
    const other = await anAllocationFrom(hub, recorded.id)
      .otherWelfare('OTHER')
      .of(30_000_000)
      .noted('儿童福利')
      .allocate();
    return { fund: recorded, operating: operating.id, meal: meal.id, other: other.id };
  }

  /**
   * {@link allocatedFund} of 乳山市, then paid: 12,345,678 fen to the home (decision 1) and 42,654,322 (decision 2),
   * which is reversed and decision 2 paid again with 1,000,000; 1 fen of meal assistance to the elder
   * under finance's decision of the same number as 1; 5,000,000 to a children's programme.
   */
  async function paidFund(year?: number) {
    const allocated = await allocatedFund('371083', year);
    const home = await aHome();
    const elderKey = await anElderOfRushan();
    const [first, second] = [aDecisionReference(hub), aDecisionReference(hub)];
    const programmeDecision = aDecisionReference(hub, '威财社〔拨〕');
    const toHome = (amountFen: number, decision: string) =>
      aPaymentFrom(hub, allocated.operating)
        .toInstitution(home, 3)
        .of(amountFen)
        .decidedBy('CIVIL_AFFAIRS', decision)
        .pay();
    await toHome(12_345_678, first);
    const reversed = await toHome(42_654_322, second);
    await aPaymentFrom(hub, allocated.meal)
      .toElder(elderKey)
      .of(1)
      .for('老年助餐补贴')
      .decidedBy('FINANCE', first)
      .pay();
    expectData(await reverse(reversed.id, '收款账户有误'));
    await toHome(1_000_000, second);
    await aPaymentFrom(hub, allocated.other)
      .toProgramme('乳山市儿童福利项目')
      .of(5_000_000)
      .for('儿童福利')
      .decidedBy('FINANCE', programmeDecision)
      .pay();
    return { ...allocated, home, elderKey, decisions: { first, second, programme: programmeDecision } };
  }

  /** 1 fen of meal assistance from a fund of 乳山's own year, paid by finance's decision to an elder. */
  async function paidElder(): Promise<{ fund: RecordedFund; elderKey: string }> {
    const recorded = await aLotteryFund(hub).of('371083').amounting(1_000).record();
    const meal = await anAllocationFrom(hub, recorded.id).elderCare('MEAL_ASSISTANCE').of(10).allocate();
    const elderKey = await anElderOfRushan();
    await aPaymentFrom(hub, meal.id).toElder(elderKey).of(1).for('老年助餐补贴').decidedBy('FINANCE').pay();
    return { fund: recorded, elderKey };
  }

  it('records a district’s welfare-lottery fund, spent the year after it was raised', async () => {
    const input = aLotteryFund(hub).of('371083').amounting(100_000_001).input();
    input.documentReference = `威财社〔${input.raisedYear}〕16号`;
    const recorded = expectData(await record(input)).recordLotteryFund;
    expect(recorded).toMatchObject({
      source: 'WELFARE_LOTTERY',
      areaCode: '371083',
      raisedYear: input.raisedYear,
      spendingYear: input.raisedYear + 1,
      amountFen: 100_000_001,
    });
    expect(await fund(recorded.id)).toMatchObject({
      allocatedFen: 0,
      unallocatedFen: 100_000_001,
      elderCareShare: { elderCareFen: 0, basisPoints: 0, met: false },
    });
  });

  it('refuses a second fund of the same source, level and year with CONFLICT, and keeps the first', async () => {
    const first = await aLotteryFund(hub).of('371082').amounting(100_000_001).record();
    refused(await record({ areaCode: '371082', raisedYear: first.raisedYear, amountFen: 5 }), 'CONFLICT', 'raisedYear');
    expect(await fundsOf('371082', first.raisedYear)).toEqual([{ amountFen: 100_000_001 }]);
    // Another source beside the lottery fund is a fund of its own, even of the same level and year.
    await aLotteryFund(hub).of('371082').raisedIn(first.raisedYear).from('OTHER_BUDGET').amounting(2_000_000).record();
  });

  it('refuses funds with amounts that are not positive whole fen, at levels that retain no fund or in future years, with BAD_USER_INPUT naming the field', async () => {
    const year = aFundYearOf(hub, '371002');
    const cases = [
      { input: { areaCode: '371002', raisedYear: year, amountFen: 0 }, field: 'amountFen' },
      { input: { areaCode: '371002', raisedYear: year, amountFen: -500 }, field: 'amountFen' },
      { input: { areaCode: '371083100', raisedYear: year, amountFen: 500 }, field: 'areaCode' },
      { input: { areaCode: '999999', raisedYear: year, amountFen: 500 }, field: 'areaCode' },
      { input: { areaCode: '371002', raisedYear: THIS_YEAR + 1, amountFen: 500 }, field: 'raisedYear' },
    ];
    for (const { input, field } of cases) refused(await record(input), 'BAD_USER_INPUT', field);
    // A fraction of a fen is not a SafeInt: the subgraph refuses the variable itself, and the gateway passes the refusal on.
    const fraction = { input: { areaCode: '371002', raisedYear: year, amountFen: 12.5 } };
    expect(errorCodes(await hub.querySubgraph('finance', RECORD.toString(), fraction, 'finance-system'))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const throughGateway = await hub.query(RECORD, fraction, 'finance-system');
    expect(errorCodes(throughGateway)).toEqual(['BAD_USER_INPUT']);
    expect(throughGateway.errors![0].message).toMatch(/SafeInt|integer/i);
    expect(throughGateway.data?.recordLotteryFund ?? null).toBeNull();
    expect(await fundsOf('371002', year)).toEqual([]);
  });

  it('computes the elder-care share exactly: 55,000,000 of 100,000,001 fen is 54.99% and short of 55%, one fen more meets it', async () => {
    const { id } = await aLotteryFund(hub).of('371083').amounting(100_000_001).record();
    expectData(
      await allocate({ fundId: id, category: 'ELDER_CARE', programme: 'OPERATING_AWARD', amountFen: 55_000_000 }),
    );
    expect(await fund(id)).toMatchObject({
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
    const meal = expectData(
      await allocate({
        fundId: id,
        category: 'ELDER_CARE',
        programme: 'MEAL_ASSISTANCE',
        areaCode: '371083100',
        amountFen: 1,
      }),
    ).allocateLotteryFund;
    expect(meal).toMatchObject({ areaCode: '371083100', amountFen: 1, remainderFen: 1 });
    expectData(
      await allocate({
        fundId: id,
        category: 'OTHER_WELFARE',
        programme: 'OTHER',
        amountFen: 30_000_000,
        note: '儿童福利',
      }),
    );
    expect(await fund(id)).toMatchObject({
      allocatedFen: 85_000_001,
      elderCareAllocatedFen: 55_000_001,
      unallocatedFen: 15_000_000,
      elderCareShare: { elderCareFen: 55_000_001, retainedFen: 100_000_001, basisPoints: 5500, met: true },
    });
  });

  it('refuses an allocation larger than the fund’s unallocated balance with CONFLICT, writing nothing', async () => {
    const { fund: recorded } = await allocatedFund('371071');
    refused(
      await allocate({ fundId: recorded.id, category: 'ELDER_CARE', programme: 'ALLOWANCE', amountFen: 15_000_001 }),
      'CONFLICT',
      'amountFen',
    );
    const after = await fund(recorded.id);
    expect(after).toMatchObject({ allocatedFen: 85_000_001, unallocatedFen: 15_000_000 });
    expect(after?.allocations).toHaveLength(3);
  });

  it('refuses allocations with bad amounts or areas outside the fund (BAD_USER_INPUT), and from a fund that does not exist (NOT_FOUND)', async () => {
    const { fund: recorded } = await allocatedFund('371072');
    const base = { fundId: recorded.id, category: 'ELDER_CARE', programme: 'ALLOWANCE', amountFen: 10 } as const;
    refused(await allocate({ ...base, amountFen: 0 }), 'BAD_USER_INPUT', 'amountFen');
    refused(await allocate({ ...base, amountFen: -1 }), 'BAD_USER_INPUT', 'amountFen');
    refused(await allocate({ ...base, areaCode: '371002' }), 'BAD_USER_INPUT', 'areaCode');
    refused(
      await allocate({ ...base, allocatedOn: `${recorded.raisedYear - 1}-12-31` }),
      'BAD_USER_INPUT',
      'allocatedOn',
    );
    refused(await allocate({ ...base, fundId: 'abc' }), 'BAD_USER_INPUT', 'fundId');
    refused(await allocate({ ...base, fundId: '999999' }), 'NOT_FOUND');
    expect(await fund(recorded.id)).toMatchObject({ allocatedFen: 85_000_001, unallocatedFen: 15_000_000 });
  });

  it('pays from an allocation down to its remainder, refusing one fen more with CONFLICT', async () => {
    const { operating } = await allocatedFund('371073');
    const home = await aHome();
    const toHome = (amountFen: number) => aPaymentFrom(hub, operating).toInstitution(home, 3).of(amountFen).input();
    const first = expectData(await disburse(toHome(12_345_678))).disburseLotteryFund;
    expect(first).toMatchObject({ amountFen: 12_345_678, status: 'PAID', recipientKind: 'INSTITUTION' });
    expect(await allocation(operating)).toMatchObject({ disbursedFen: 12_345_678, remainderFen: 42_654_322 });

    refused(await disburse(toHome(42_654_323)), 'CONFLICT', 'amountFen');
    expect(await allocation(operating)).toMatchObject({ disbursedFen: 12_345_678, remainderFen: 42_654_322 });

    expectData(await disburse(toHome(42_654_322)));
    expect(await allocation(operating)).toMatchObject({ disbursedFen: 55_000_000, remainderFen: 0 });
  });

  it('refuses to pay the same decision twice with CONFLICT naming decisionReference, writing nothing', async () => {
    const { operating, meal } = await allocatedFund('371099');
    const home = await aHome();
    const elderKey = await anElderOfRushan();
    const { decisionReference } = await aPaymentFrom(hub, operating).toInstitution(home, 3).of(12_345_678).pay();
    const toElder = aPaymentFrom(hub, meal).toElder(elderKey).of(1).for('老年助餐补贴');
    refused(
      await disburse(toElder.decidedBy('CIVIL_AFFAIRS', decisionReference).input()),
      'CONFLICT',
      'decisionReference',
    );
    expect(await allocation(meal)).toMatchObject({ disbursedFen: 0, remainderFen: 1, disbursements: [] });
    // The same number from another department is another decision.
    expectData(await disburse(toElder.decidedBy('FINANCE', decisionReference).input()));
    expect(await allocation(meal)).toMatchObject({ disbursedFen: 1, remainderFen: 0 });
  });

  it('reverses a disbursement with a reason, keeping it on record and restoring the allocation’s remainder; its decision may then be paid again', async () => {
    const { operating } = await allocatedFund('371082');
    const home = await aHome();
    const toHome = (amountFen: number, decision: string) =>
      aPaymentFrom(hub, operating).toInstitution(home, 3).of(amountFen).decidedBy('CIVIL_AFFAIRS', decision);
    const second = aDecisionReference(hub);
    await toHome(12_345_678, aDecisionReference(hub)).pay();
    const rest = await toHome(42_654_322, second).pay();

    expect(expectData(await reverse(rest.id, '收款账户有误')).reverseLotteryFundDisbursement).toEqual({
      id: rest.id,
      status: 'REVERSED',
      reversedOn: TODAY,
      reversalReason: '收款账户有误',
    });
    expect(await allocation(operating)).toMatchObject({
      disbursedFen: 12_345_678,
      remainderFen: 42_654_322,
      disbursements: [
        { amountFen: 12_345_678, status: 'PAID' },
        { amountFen: 42_654_322, status: 'REVERSED' },
      ],
    });
    refused(await reverse(rest.id, '再次冲销'), 'CONFLICT', 'disbursementId');
    refused(await reverse('999999', '不存在'), 'NOT_FOUND');

    await toHome(1_000_000, second).pay();
    expect(await allocation(operating)).toMatchObject({ disbursedFen: 13_345_678, remainderFen: 41_654_322 });
  });

  it('refuses disbursements naming no recipient or two, a recipient the programme does not pay, an operating award without its rating, or bad amounts and codes, with BAD_USER_INPUT', async () => {
    const { fund: recorded, operating, other } = await allocatedFund('371003');
    const home = await aHome();
    const elderKey = await anElderOfRushan();
    await aPaymentFrom(hub, operating).toInstitution(home, 3).of(12_345_678).pay();
    const base = aPaymentFrom(hub, operating).toInstitution(home, 3).of(100).input();
    const cases = [
      { input: { ...base, recipient: {} }, field: 'recipient' },
      { input: { ...base, recipient: { institutionCode: home, programme: '某项目' } }, field: 'recipient' },
      { input: { ...base, recipient: { elderPersonKey: elderKey } }, field: 'recipient' },
      { input: { ...base, recipient: { institutionCode: '52371083MB000003X' } }, field: 'recipient.institutionCode' },
      { input: { ...base, recipient: { caregiverPersonKey: 'not-a-key' } }, field: 'recipient.caregiverPersonKey' },
      { input: { ...base, ratingBasis: null }, field: 'ratingBasis' },
      { input: { ...base, ratingBasis: 6 }, field: 'ratingBasis' },
      { input: { ...base, amountFen: 0 }, field: 'amountFen' },
      { input: { ...base, amountFen: -100 }, field: 'amountFen' },
      { input: { ...base, paidOn: `${recorded.raisedYear}-12-31` }, field: 'paidOn' },
      {
        input: { ...base, allocationId: other, recipient: { programme: '乳山市儿童福利项目' }, ratingBasis: 3 },
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
    refused(await disburse({ ...base, allocationId: '999999' }), 'NOT_FOUND');
    expect(await allocation(operating)).toMatchObject({ disbursedFen: 12_345_678, remainderFen: 42_654_322 });
    expect(await allocation(other)).toMatchObject({ disbursedFen: 0, disbursements: [] });
  });

  it('lets two concurrent allocations that together would overspend a fund through one at a time: exactly one fails with CONFLICT and the balance stays right', async () => {
    const small = await aLotteryFund(hub).of('371002').amounting(1_000).record();
    const both = await Promise.all([
      allocate({ fundId: small.id, category: 'ELDER_CARE', programme: 'MEAL_ASSISTANCE', amountFen: 600 }),
      allocate({ fundId: small.id, category: 'ELDER_CARE', programme: 'ALLOWANCE', amountFen: 600 }),
    ]);
    expect(both.filter((result) => !result.errors)).toHaveLength(1);
    expect(both.filter((result) => result.errors).map(errorCodes)).toEqual([['CONFLICT']]);
    expect(await fund(small.id)).toMatchObject({
      allocatedFen: 600,
      unallocatedFen: 400,
      allocations: [{ amountFen: 600 }],
    });
  });

  it('answers in one request, for a district and year, the fund, the elder-care share against 55% and the disbursements with their recipients’ names from civil affairs', async () => {
    const { fund: recorded, decisions } = await paidFund();
    const report = expectData(
      await hub.query(AREA_REPORT, { area: '371083', year: recorded.raisedYear }, 'finance-system'),
    ).lotteryFundAreaReport;
    expect(report).toEqual({
      area: { name: '乳山市' },
      raisedYear: recorded.raisedYear,
      spendingYear: recorded.raisedYear + 1,
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
            decisionReference: decisions.first,
          },
          {
            amountFen: 1,
            recipientKind: 'ELDER',
            institution: null,
            elder: { name: '宋桂英' },
            programmeRecipient: null,
            decisionReference: decisions.first,
          },
          {
            amountFen: 1_000_000,
            recipientKind: 'INSTITUTION',
            institution: { name: '乳山市福如东海颐养院', rating: 3 },
            elder: null,
            programmeRecipient: null,
            decisionReference: decisions.second,
          },
          {
            amountFen: 5_000_000,
            recipientKind: 'PROGRAMME',
            institution: null,
            elder: null,
            programmeRecipient: '乳山市儿童福利项目',
            decisionReference: decisions.programme,
          },
        ],
      },
    });
  });

  it('shows an area’s figures per year and every level’s figures for a year, from GROUP BY queries', async () => {
    // Figures over every level of a year: a whole year of this test's own.
    const [year] = wholeFundYears(hub, 1);
    await paidFund(year);
    const small = await aLotteryFund(hub).of('371002').raisedIn(year).amounting(1_000).record();
    await anAllocationFrom(hub, small.id).elderCare('MEAL_ASSISTANCE').of(600).allocate();
    const figures = expectData(await hub.query(FIGURES, { area: '371083', year }, 'analyst'));
    expect(figures.area).toEqual({
      name: '乳山市',
      lotteryFundFigures: [
        {
          areaCode: '371083',
          raisedYear: year,
          spendingYear: year + 1,
          retainedFen: 100_000_001,
          allocatedFen: 85_000_001,
          elderCareAllocatedFen: 55_000_001,
          unallocatedFen: 15_000_000,
          disbursedFen: 18_345_679,
          elderCareShare: { basisPoints: 5500, met: true },
        },
      ],
    });
    expect(figures.lotteryFundFigures).toEqual([
      { areaCode: '371002', retainedFen: 1_000, elderCareShare: { basisPoints: 6000, met: true } },
      { areaCode: '371083', retainedFen: 100_000_001, elderCareShare: { basisPoints: 5500, met: true } },
    ]);
  });

  it('shows institutions, elders and caregivers the payments they received', async () => {
    const { fund: recorded, home, elderKey } = await paidFund();
    const hiring = await anAllocationFrom(hub, recorded.id).elderCare('HIRING_AWARD').of(1_000_000).allocate();
    const caregiverKey = anUnregisteredPersonKey(hub);
    await aPaymentFrom(hub, hiring.id)
      .toCaregiver(caregiverKey)
      .of(500_000)
      .for('一次性入职奖补')
      .decidedBy('HUMAN_RESOURCES')
      .pay();
    const institution = expectData(await hub.query(INSTITUTION_PAYMENTS, { code: home }, 'finance-system')).institution;
    // Newest first: the payment that replaced the reversed one, the reversed one, the first.
    expect(institution).toEqual({
      name: '乳山市福如东海颐养院',
      lotteryFundPayments: [{ amountFen: 1_000_000 }, { amountFen: 12_345_678 }],
      all: [{ status: 'PAID' }, { status: 'REVERSED' }, { status: 'PAID' }],
    });
    const elder = expectData(await hub.query(ELDER_PAYMENTS, { key: elderKey }, 'civil-affairs-system')).elder;
    expect(elder).toEqual({ name: '宋桂英', lotteryFundPayments: [{ amountFen: 1, purpose: '老年助餐补贴' }] });
    const caregivers = expectData(
      await hub.query(CAREGIVER_PAYMENTS, { area: '371083', year: recorded.raisedYear }, 'human-resources-system'),
    ).lotteryFundDisbursements.items;
    expect(caregivers).toEqual([
      { caregiver: { personKey: caregiverKey, lotteryFundPayments: [{ amountFen: 500_000 }] } },
    ]);
  });

  (WITH_HUMAN_RESOURCES ? it : it.skip)(
    'answers, in one request through the gateway, a hiring award with the caregiver’s name from human resources beside the institution and the elder from civil affairs',
    async () => {
      const { fund: recorded, home } = await paidFund();
      const { personKey } = await aCaregiver(hub)
        .named('林秀英')
        .withIdFrom('371083')
        .bornOn('1985-06-06')
        .employedBy(home)
        .employedFrom('2020-03-01')
        .register();
      const hiring = await anAllocationFrom(hub, recorded.id).elderCare('HIRING_AWARD').of(2_000_000).allocate();
      await aPaymentFrom(hub, hiring.id)
        .toCaregiver(personKey)
        .of(1_000_000)
        .for('一次性入职奖补')
        .decidedBy('HUMAN_RESOURCES')
        .pay();
      // The finance clerk reads recipients' names: institutions' and elders' from civil affairs, caregivers' from human resources.
      const report = expectData(
        await hub.query(RECIPIENT_NAMES, { area: '371083', year: recorded.raisedYear }, 'finance-system'),
      ).lotteryFundAreaReport;
      expect(report.disbursements.items).toEqual(
        expect.arrayContaining([
          { amountFen: 1_000_000, institution: null, elder: null, caregiver: { name: '林秀英' } },
          { amountFen: 1, institution: null, elder: { name: '宋桂英' }, caregiver: null },
          { amountFen: 12_345_678, institution: { name: '乳山市福如东海颐养院' }, elder: null, caregiver: null },
        ]),
      );
    },
  );

  describe('who may read and write finance', () => {
    it('gives funds, the share and area figures to every department and to analysts, auditors and developers', async () => {
      const { fund: recorded } = await allocatedFund('371002');
      const variables = { area: recorded.areaCode, year: recorded.raisedYear };
      for (const as of [
        'health-system',
        'medical-insurance-system',
        'civil-affairs-system',
        'analyst',
        'auditor',
        'developer',
      ] as const) {
        const report = expectData(await hub.query(REPORT_AGGREGATES, variables, as)).lotteryFundAreaReport;
        expect([as, report.funds]).toEqual([as, [expect.objectContaining({ amountFen: 100_000_001 })]]);
      }
    });

    it('gives disbursements to department systems but not to analysts or developers', async () => {
      const { fund: recorded } = await paidFund();
      const variables = { area: '371083', year: recorded.raisedYear };
      const report = expectData(
        await hub.query(REPORT_DISBURSEMENTS, variables, 'health-system'),
      ).lotteryFundAreaReport;
      expect(report.disbursements.items).toHaveLength(4);
      for (const as of ['analyst', 'developer'] as const) {
        expect(errorCodes(await hub.query(REPORT_DISBURSEMENTS, variables, as))).toContain('FORBIDDEN');
        expect(errorCodes(await hub.query(DISBURSEMENT_TOTAL, {}, as))).toContain('FORBIDDEN');
      }
    });

    it('names the elders and caregivers paid only to finance, civil affairs and human resources', async () => {
      const { fund: recorded, elderKey } = await paidElder();
      const variables = { area: '371083', year: recorded.raisedYear };
      for (const as of ['civil-affairs-system', 'human-resources-system', 'finance-system'] as const) {
        const paid = expectData(await hub.query(PAID_PERSON_KEYS, variables, as)).lotteryFundDisbursements.items;
        expect(paid).toEqual([{ personKey: elderKey }]);
      }
      for (const as of ['health-system', 'medical-insurance-system'] as const) {
        const result = await hub.query(PAID_PERSON_KEYS, variables, as);
        expect(errorCodes(result)).toContain('FORBIDDEN');
        expect(JSON.stringify(result.data ?? {})).not.toMatch(/[0-9a-f]{32}/);
        expect(errorCodes(await hub.query(REPORT_ELDER_KEYS, variables, as))).toContain('FORBIDDEN');
      }
    });

    it('records each payment to an elder and each read of it in finance’s own audit trail, which only auditors read', async () => {
      const { elderKey } = await paidElder();
      expectData(await hub.query(ELDER_PAYMENTS, { key: elderKey }, 'civil-affairs-system'));
      const audited = expectData(await hub.query(FINANCE_AUDIT, { key: elderKey }, 'auditor'));
      const entries = audited.financeAuditTrail.items;
      expect(entries).toContainEqual(
        expect.objectContaining({ callerId: 'finance-system', operation: 'disburseLotteryFund', kind: 'WRITE' }),
      );
      const reads = entries.filter((entry) => entry.callerId === 'civil-affairs-system' && entry.kind === 'READ');
      expect(reads.flatMap((entry) => entry.fields)).toContain('Elder.lotteryFundPayments');
      expect(audited.financeAuditVerification).toEqual({ valid: true });
      for (const as of ['finance-system', 'analyst'] as const)
        expect(errorCodes(await hub.query(FINANCE_AUDIT, { key: elderKey }, as))).toContain('FORBIDDEN');
    });

    it('refuses writes by other departments, analysts and a finance token without the write scope with FORBIDDEN, writing nothing', async () => {
      const input = { areaCode: '371003', raisedYear: aFundYearOf(hub, '371003'), amountFen: 100 };
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
      expect(
        errorCodes(await hub.queryWithHeaders({ authorization: `Bearer ${reader}` }, RECORD.toString(), { input })),
      ).toEqual(['FORBIDDEN']);
      expect(await fundsOf('371003', input.raisedYear)).toEqual([]);
    });
  });
});
