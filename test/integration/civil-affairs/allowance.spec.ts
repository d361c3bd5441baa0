import { ALLOWANCE_RATES } from '../../../subgraphs/civil-affairs/allowance/allowance-rates';
import { addDays } from '../../../subgraphs/shared/seed/random';
import { addMonths, monthOf } from '../../../subgraphs/shared/time/months';
import { todayIso } from '../../../subgraphs/shared/time/today';
import { idNumber } from '../../support/builders/identifiers';
import { DATABASE_TARGETS, errorCodes, startTestHub, type TestHub } from '../../support/test-hub';

const PAY = `mutation($input: RecordAllowancePaymentInput!) { recordAllowancePayment(input: $input) { kind month amountFen paidOn elder { name } } }`;
const PAY_MANY = `mutation($input: RecordAllowancePaymentsInput!) { recordAllowancePayments(input: $input) { month amountFen elder { name } } }`;
const ALLOWANCES = `query($key: ID!, $year: Int) { elder(personKey: $key) { allowances(year: $year) { kind month amountFen paidOn } } }`;

const THIS_MONTH = monthOf(todayIso());
const LAST_MONTH = addMonths(THIS_MONTH, -1);
const EIGHTY_TO_EIGHTY_NINE_FEN = ALLOWANCE_RATES.oldAgeBrackets[0].monthlyFen;

describe.each(DATABASE_TARGETS)('allowances paid by civil affairs (%s)', (target) => {
  let hub: TestHub;
  const keys: Record<string, string> = {};

  async function registerElder(
    name: string,
    birthDate: string,
    sequence: number,
    economicStatus = 'ORDINARY',
  ): Promise<string> {
    const result = await hub.query(
      `mutation($elder: RegisterElderInput!) { registerElder(input: $elder) { personKey } }`,
      {
        elder: {
          idNumber: idNumber('371082', birthDate, sequence),
          name,
          areaCode: '371082',
          livingSituation: 'EMPTY_NEST',
          economicStatus,
        },
      },
    );
    expect(result.errors).toBeUndefined();
    return (keys[name] = result.data!.registerElder.personKey);
  }

  const pay = (personKey: string, kind: string, month = LAST_MONTH, paidOn = todayIso()) =>
    hub.query(PAY, { input: { personKey, kind, month, paidOn } });
  const allowancesOf = async (name: string, year?: number) =>
    (await hub.query(ALLOWANCES, { key: keys[name], year })).data!.elder.allowances;

  beforeAll(async () => {
    hub = await startTestHub(target);
    await registerElder('毕玉芳', '1940-02-11', 22);
    await registerElder('汤德明', '1941-08-30', 23);
    await registerElder('谷秀兰', '1956-09-09', 24, 'MINIMUM_LIVING');
    await registerElder('梁永福', '1957-10-10', 25);
    const assessed = await hub.query(
      `mutation($input: RecordAbilityAssessmentInput!) { recordAbilityAssessment(input: $input) { level } }`,
      {
        input: {
          personKey: keys['谷秀兰'],
          level: 'MODERATE_DISABILITY',
          assessedOn: '2024-11-05',
          reason: 'PERIODIC',
          assessor: '荣成市老年人能力评估中心',
        },
      },
    );
    expect(assessed.errors).toBeUndefined();
  });
  afterAll(() => hub?.stop());

  it('pays the old-age allowance of the elder’s age bracket and the hardship subsidy of their ability level, amounts from the rate table', async () => {
    const oldAge = await pay(keys['毕玉芳'], 'OLD_AGE_ALLOWANCE');
    expect(oldAge.errors).toBeUndefined();
    expect(oldAge.data!.recordAllowancePayment).toEqual({
      kind: 'OLD_AGE_ALLOWANCE',
      month: LAST_MONTH,
      amountFen: EIGHTY_TO_EIGHTY_NINE_FEN,
      paidOn: todayIso(),
      elder: { name: '毕玉芳' },
    });
    const hardship = await pay(keys['谷秀兰'], 'ECONOMIC_HARDSHIP_SUBSIDY');
    expect(hardship.errors).toBeUndefined();
    expect(hardship.data!.recordAllowancePayment).toMatchObject({
      kind: 'ECONOMIC_HARDSHIP_SUBSIDY',
      amountFen: ALLOWANCE_RATES.hardshipFenByAbilityLevel.MODERATE_DISABILITY,
    });
  });

  it('shows an elder’s allowances of one year, newest month first', async () => {
    const earlier = await pay(keys['毕玉芳'], 'OLD_AGE_ALLOWANCE', '2024-12', '2024-12-15');
    expect(earlier.errors).toBeUndefined();
    const lastMonthsYear = Number(LAST_MONTH.slice(0, 4));
    expect(await allowancesOf('毕玉芳', lastMonthsYear)).toEqual([
      { kind: 'OLD_AGE_ALLOWANCE', month: LAST_MONTH, amountFen: EIGHTY_TO_EIGHTY_NINE_FEN, paidOn: todayIso() },
    ]);
    expect((await allowancesOf('毕玉芳')).map((payment: { month: string }) => payment.month)).toEqual([
      LAST_MONTH,
      '2024-12',
    ]);
  });

  it('pays a list of elders all at once', async () => {
    const result = await hub.query(PAY_MANY, {
      input: {
        personKeys: [keys['汤德明'], keys['毕玉芳']],
        kind: 'OLD_AGE_ALLOWANCE',
        month: '2025-01',
        paidOn: '2025-01-15',
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordAllowancePayments).toEqual([
      { month: '2025-01', amountFen: EIGHTY_TO_EIGHTY_NINE_FEN, elder: { name: '汤德明' } },
      { month: '2025-01', amountFen: EIGHTY_TO_EIGHTY_NINE_FEN, elder: { name: '毕玉芳' } },
    ]);
  });

  it('refuses a whole list when one elder is not eligible, paying none of them', async () => {
    const result = await hub.query(PAY_MANY, {
      input: {
        personKeys: [keys['汤德明'], keys['梁永福']],
        kind: 'OLD_AGE_ALLOWANCE',
        month: '2025-02',
        paidOn: '2025-02-15',
      },
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions!.field).toBe('personKeys[1]');
    expect((await allowancesOf('汤德明', 2025)).map((payment: { month: string }) => payment.month)).toEqual([
      '2025-01',
    ]);
  });

  it('refuses ineligible elders, malformed or future months, early payment dates and months after death with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const deceased = await registerElder('徐桂珍', '1938-04-04', 26);
    const died = await hub.query(
      `mutation($key: ID!) { updateElder(personKey: $key, input: { deceasedOn: "2025-03-20" }) { deceasedOn } }`,
      { key: deceased },
    );
    expect(died.errors).toBeUndefined();
    const cases = [
      { result: await pay(keys['梁永福'], 'OLD_AGE_ALLOWANCE'), field: 'personKey' },
      { result: await pay(keys['梁永福'], 'ECONOMIC_HARDSHIP_SUBSIDY'), field: 'personKey' },
      { result: await pay(keys['谷秀兰'], 'ECONOMIC_HARDSHIP_SUBSIDY', '2024-10', '2024-10-20'), field: 'personKey' },
      { result: await pay(deceased, 'OLD_AGE_ALLOWANCE', '2025-04', '2025-04-15'), field: 'personKey' },
      { result: await pay('f'.repeat(32), 'OLD_AGE_ALLOWANCE'), field: 'personKey' },
      { result: await pay(keys['汤德明'], 'OLD_AGE_ALLOWANCE', '2025-13', '2025-12-15'), field: 'month' },
      { result: await pay(keys['汤德明'], 'OLD_AGE_ALLOWANCE', addMonths(THIS_MONTH, 1), todayIso()), field: 'month' },
      { result: await pay(keys['汤德明'], 'OLD_AGE_ALLOWANCE', '2025-05', '2025-04-30'), field: 'paidOn' },
      { result: await pay(keys['汤德明'], 'OLD_AGE_ALLOWANCE', THIS_MONTH, addDays(todayIso(), 1)), field: 'paidOn' },
    ];
    for (const [i, { result, field }] of cases.entries()) {
      expect({ case: i, codes: errorCodes(result), field: result.errors?.[0].extensions?.field }).toEqual({
        case: i,
        codes: ['BAD_USER_INPUT'],
        field,
      });
    }
    expect(await allowancesOf('梁永福')).toEqual([]);
    expect(await allowancesOf('徐桂珍')).toEqual([]);
    expect((await pay(deceased, 'OLD_AGE_ALLOWANCE', '2025-03', '2025-03-10')).errors).toBeUndefined();
  });

  it('refuses paying the same allowance for the same month twice with CONFLICT', async () => {
    const again = await pay(keys['毕玉芳'], 'OLD_AGE_ALLOWANCE');
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(again.errors![0].extensions!.field).toBe('personKey');
    const listAgain = await hub.query(PAY_MANY, {
      input: {
        personKeys: [keys['毕玉芳'], keys['汤德明']],
        kind: 'OLD_AGE_ALLOWANCE',
        month: LAST_MONTH,
        paidOn: todayIso(),
      },
    });
    expect(errorCodes(listAgain)).toEqual(['CONFLICT']);
    expect(listAgain.errors![0].extensions!.field).toBe('personKeys[0]');
    expect((await allowancesOf('汤德明')).map((payment: { month: string }) => payment.month)).toEqual(['2025-01']);
  });

  it('refuses a list naming an elder twice with BAD_USER_INPUT naming the repeated entry', async () => {
    const result = await hub.query(PAY_MANY, {
      input: {
        personKeys: [keys['汤德明'], keys['汤德明']],
        kind: 'OLD_AGE_ALLOWANCE',
        month: '2025-03',
        paidOn: '2025-03-15',
      },
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions!.field).toBe('personKeys[1]');
  });
});
