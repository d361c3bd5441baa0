import { ALLOWANCE_RATES } from '../../../subgraphs/civil-affairs/allowance/allowance-rates';
import { addDays } from '../../../subgraphs/shared/seed/random';
import { addMonths, monthOf } from '../../../subgraphs/shared/time/months';
import { todayIso } from '../../../subgraphs/shared/time/today';
import { anAssessmentOf, anElder, recordDeath } from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import { graphql } from '../../support/graphql';
import type { AllowanceKind, EconomicStatus } from '../../support/graphql/graphql';
import { DATABASE_TARGETS, errorCodes, HUB_START_TIMEOUT_MS, sharedHub, type TestHub } from '../../support/test-hub';

const PAY = graphql(`
  mutation AllowancePay($input: RecordAllowancePaymentInput!) {
    recordAllowancePayment(input: $input) {
      kind
      month
      amountFen
      paidOn
      elder {
        name
      }
    }
  }
`);

const PAY_MANY = graphql(`
  mutation AllowancePayMany($input: RecordAllowancePaymentsInput!) {
    recordAllowancePayments(input: $input) {
      month
      amountFen
      elder {
        name
      }
    }
  }
`);

const ALLOWANCES = graphql(`
  query AllowancesOfElder($key: ID!, $year: Int) {
    elder(personKey: $key) {
      allowances(year: $year) {
        kind
        month
        amountFen
        paidOn
      }
    }
  }
`);

const THIS_MONTH = monthOf(todayIso());
const LAST_MONTH = addMonths(THIS_MONTH, -1);
const EIGHTY_TO_EIGHTY_NINE_FEN = ALLOWANCE_RATES.oldAgeBrackets[0].monthlyFen;

// Blank hub: every test registers and pays its own elders.
describe.each(DATABASE_TARGETS)('allowances paid by civil affairs (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  /** An empty-nest elder of 荣成市. */
  async function registerElder(name: string, birthDate: string, economicStatus: EconomicStatus = 'ORDINARY') {
    const elder = anElder(hub).named(name).bornOn(birthDate).withIdFrom('371082').livingIn('371082');
    const { personKey } = await elder.with({ livingSituation: 'EMPTY_NEST', economicStatus }).register();
    return personKey;
  }
  /** In their eighties for years to come. */
  const biYufang = () => registerElder('毕玉芳', '1940-02-11');
  const tangDeming = () => registerElder('汤德明', '1941-08-30');
  /** Under 80: no old-age allowance. */
  const liangYongfu = () => registerElder('梁永福', '1957-10-10');
  /** Under 80 on the minimum living allowance, assessed moderately disabled in November 2024. */
  async function guXiulan() {
    const personKey = await registerElder('谷秀兰', '1956-09-09', 'MINIMUM_LIVING');
    await anAssessmentOf(hub, personKey)
      .at('MODERATE_DISABILITY')
      .on('2024-11-05')
      .because('PERIODIC')
      .by('荣成市老年人能力评估中心')
      .record();
    return personKey;
  }

  const pay = (personKey: string, kind: AllowanceKind, month = LAST_MONTH, paidOn = todayIso()) =>
    hub.query(PAY, { input: { personKey, kind, month, paidOn } });
  const payMany = (personKeys: string[], month: string, paidOn: string) =>
    hub.query(PAY_MANY, { input: { personKeys, kind: 'OLD_AGE_ALLOWANCE', month, paidOn } });
  const allowancesOf = async (key: string, year?: number) =>
    expectData(await hub.query(ALLOWANCES, { key, year })).elder!.allowances;
  const monthsPaid = async (key: string, year?: number) =>
    (await allowancesOf(key, year)).map((payment) => payment.month);

  it('pays the old-age allowance of the elder’s age bracket and the hardship subsidy of their ability level, amounts from the rate table', async () => {
    const oldAge = await pay(await biYufang(), 'OLD_AGE_ALLOWANCE');
    expect(expectData(oldAge).recordAllowancePayment).toEqual({
      kind: 'OLD_AGE_ALLOWANCE',
      month: LAST_MONTH,
      amountFen: EIGHTY_TO_EIGHTY_NINE_FEN,
      paidOn: todayIso(),
      elder: { name: '毕玉芳' },
    });
    const hardship = await pay(await guXiulan(), 'ECONOMIC_HARDSHIP_SUBSIDY');
    expect(expectData(hardship).recordAllowancePayment).toMatchObject({
      kind: 'ECONOMIC_HARDSHIP_SUBSIDY',
      amountFen: ALLOWANCE_RATES.hardshipFenByAbilityLevel.MODERATE_DISABILITY,
    });
  });

  it('shows an elder’s allowances of one year, newest month first', async () => {
    const bi = await biYufang();
    expectData(await pay(bi, 'OLD_AGE_ALLOWANCE'));
    expectData(await pay(bi, 'OLD_AGE_ALLOWANCE', '2024-12', '2024-12-15'));
    const lastMonthsYear = Number(LAST_MONTH.slice(0, 4));
    expect(await allowancesOf(bi, lastMonthsYear)).toEqual([
      { kind: 'OLD_AGE_ALLOWANCE', month: LAST_MONTH, amountFen: EIGHTY_TO_EIGHTY_NINE_FEN, paidOn: todayIso() },
    ]);
    expect(await monthsPaid(bi)).toEqual([LAST_MONTH, '2024-12']);
  });

  it('pays a list of elders all at once', async () => {
    const result = await payMany([await tangDeming(), await biYufang()], '2025-01', '2025-01-15');
    expect(expectData(result).recordAllowancePayments).toEqual([
      { month: '2025-01', amountFen: EIGHTY_TO_EIGHTY_NINE_FEN, elder: { name: '汤德明' } },
      { month: '2025-01', amountFen: EIGHTY_TO_EIGHTY_NINE_FEN, elder: { name: '毕玉芳' } },
    ]);
  });

  it('refuses a whole list when one elder is not eligible, paying none of them', async () => {
    const tang = await tangDeming();
    expectData(await pay(tang, 'OLD_AGE_ALLOWANCE', '2025-01', '2025-01-15'));
    const result = await payMany([tang, await liangYongfu()], '2025-02', '2025-02-15');
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions!.field).toBe('personKeys[1]');
    expect(await monthsPaid(tang, 2025)).toEqual(['2025-01']);
  });

  it('refuses ineligible elders, malformed or future months, early payment dates and months after death with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const [liang, gu, tang] = [await liangYongfu(), await guXiulan(), await tangDeming()];
    const deceased = await registerElder('徐桂珍', '1938-04-04');
    await recordDeath(hub, deceased, '2025-03-20');
    const cases = [
      { result: await pay(liang, 'OLD_AGE_ALLOWANCE'), field: 'personKey' },
      { result: await pay(liang, 'ECONOMIC_HARDSHIP_SUBSIDY'), field: 'personKey' },
      { result: await pay(gu, 'ECONOMIC_HARDSHIP_SUBSIDY', '2024-10', '2024-10-20'), field: 'personKey' },
      { result: await pay(deceased, 'OLD_AGE_ALLOWANCE', '2025-04', '2025-04-15'), field: 'personKey' },
      { result: await pay('f'.repeat(32), 'OLD_AGE_ALLOWANCE'), field: 'personKey' },
      { result: await pay(tang, 'OLD_AGE_ALLOWANCE', '2025-13', '2025-12-15'), field: 'month' },
      { result: await pay(tang, 'OLD_AGE_ALLOWANCE', addMonths(THIS_MONTH, 1), todayIso()), field: 'month' },
      { result: await pay(tang, 'OLD_AGE_ALLOWANCE', '2025-05', '2025-04-30'), field: 'paidOn' },
      { result: await pay(tang, 'OLD_AGE_ALLOWANCE', THIS_MONTH, addDays(todayIso(), 1)), field: 'paidOn' },
    ];
    for (const [i, { result, field }] of cases.entries()) {
      expect({ case: i, codes: errorCodes(result), field: result.errors?.[0].extensions?.field }).toEqual({
        case: i,
        codes: ['BAD_USER_INPUT'],
        field,
      });
    }
    expect(await allowancesOf(liang)).toEqual([]);
    expect(await allowancesOf(gu)).toEqual([]);
    expect(await allowancesOf(tang)).toEqual([]);
    expect(await allowancesOf(deceased)).toEqual([]);
    expectData(await pay(deceased, 'OLD_AGE_ALLOWANCE', '2025-03', '2025-03-10'));
  });

  it('refuses paying the same allowance for the same month twice with CONFLICT', async () => {
    const [bi, tang] = [await biYufang(), await tangDeming()];
    expectData(await pay(bi, 'OLD_AGE_ALLOWANCE'));
    expectData(await pay(tang, 'OLD_AGE_ALLOWANCE', '2025-01', '2025-01-15'));
    const again = await pay(bi, 'OLD_AGE_ALLOWANCE');
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(again.errors![0].extensions!.field).toBe('personKey');
    const listAgain = await payMany([bi, tang], LAST_MONTH, todayIso());
    expect(errorCodes(listAgain)).toEqual(['CONFLICT']);
    expect(listAgain.errors![0].extensions!.field).toBe('personKeys[0]');
    expect(await monthsPaid(tang)).toEqual(['2025-01']);
  });

  it('refuses a list naming an elder twice with BAD_USER_INPUT naming the repeated entry', async () => {
    const tang = await tangDeming();
    const result = await payMany([tang, tang], '2025-03', '2025-03-15');
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions!.field).toBe('personKeys[1]');
    expect(await allowancesOf(tang)).toEqual([]);
  });
});
