import { addDays } from '../../../subgraphs/shared/seed/random';
import { todayIso } from '../../../subgraphs/shared/time/today';
import { idNumber } from '../../support/builders/identifiers';
import { DATABASE_TARGETS, errorCodes, startTestHub, type TestHub } from '../../support/test-hub';

const RECORD = `mutation($input: RecordVisitInput!) { recordVisit(input: $input) { id visitedOn method specialDifficulty followUpNeeded findings elder { name } } }`;
const VISITS = `query($key: ID!, $from: LocalDate, $to: LocalDate) { elder(personKey: $key) { lastVisitedOn visits(from: $from, to: $to) { visitedOn method visitorName } } }`;

describe.each(DATABASE_TARGETS)('caring visits to elders (%s)', (target) => {
  let hub: TestHub;
  let alone: string;
  let withFamily: string;

  async function registerElder(name: string, sequence: number, livingSituation: string): Promise<string> {
    const result = await hub.query(
      `mutation($elder: RegisterElderInput!) { registerElder(input: $elder) { personKey } }`,
      {
        elder: {
          idNumber: idNumber('371002', '1944-06-18', sequence),
          name,
          areaCode: '371002011015',
          livingSituation,
          economicStatus: 'ORDINARY',
        },
      },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.registerElder.personKey;
  }

  const visit = (personKey: string, visitedOn: string, extra: Record<string, unknown> = {}) =>
    hub.query(RECORD, {
      input: {
        personKey,
        visitedOn,
        visitorName: '林晓燕',
        visitorOrganisation: '育海社区居委会',
        method: 'HOME_VISIT',
        ...extra,
      },
    });

  beforeAll(async () => {
    hub = await startTestHub(target);
    alone = await registerElder('曲秀英', 62, 'LIVING_ALONE');
    withFamily = await registerElder('丛德明', 63, 'WITH_FAMILY');
  });
  afterAll(() => hub?.stop());

  it('records visits to a special-difficulty elder and to another elder, saying which is which', async () => {
    const first = await visit(alone, '2025-04-03', { findings: '家中取暖设施老旧，需协调维修', followUpNeeded: true });
    const second = await visit(alone, '2025-05-06', { method: 'PHONE' });
    const other = await visit(withFamily, '2025-05-07');
    for (const result of [first, second, other]) expect(result.errors).toBeUndefined();
    expect(first.data!.recordVisit).toMatchObject({
      visitedOn: '2025-04-03',
      method: 'HOME_VISIT',
      specialDifficulty: true,
      followUpNeeded: true,
      findings: '家中取暖设施老旧，需协调维修',
      elder: { name: '曲秀英' },
    });
    expect(other.data!.recordVisit).toMatchObject({ specialDifficulty: false, followUpNeeded: false, findings: null });
  });

  it('shows an elder’s visits in a period, newest first, and the date of the last one', async () => {
    const all = await hub.query(VISITS, { key: alone });
    expect(all.data!.elder).toEqual({
      lastVisitedOn: '2025-05-06',
      visits: [
        { visitedOn: '2025-05-06', method: 'PHONE', visitorName: '林晓燕' },
        { visitedOn: '2025-04-03', method: 'HOME_VISIT', visitorName: '林晓燕' },
      ],
    });
    const april = await hub.query(VISITS, { key: alone, from: '2025-04-01', to: '2025-04-30' });
    expect(april.data!.elder.visits).toEqual([
      { visitedOn: '2025-04-03', method: 'HOME_VISIT', visitorName: '林晓燕' },
    ]);
    const never = await registerElder('姜桂珍', 64, 'EMPTY_NEST');
    expect((await hub.query(VISITS, { key: never })).data!.elder).toEqual({ lastVisitedOn: null, visits: [] });
  });

  it('counts an elder as special-difficulty from the assessment in force on the visit day', async () => {
    const assessed = await hub.query(
      `mutation($input: RecordAbilityAssessmentInput!) { recordAbilityAssessment(input: $input) { level } }`,
      {
        input: {
          personKey: withFamily,
          level: 'SEVERE_DISABILITY',
          assessedOn: '2025-06-01',
          reason: 'CONDITION_CHANGE',
          assessor: '威海市老年人能力评估中心',
        },
      },
    );
    expect(assessed.errors).toBeUndefined();
    const before = await visit(withFamily, '2025-05-20');
    const after = await visit(withFamily, '2025-06-10');
    expect([before.data!.recordVisit.specialDifficulty, after.data!.recordVisit.specialDifficulty]).toEqual([
      false,
      true,
    ]);
  });

  it('refuses a future visit, an unknown elder and a visit after the elder’s death with BAD_USER_INPUT naming the field, and the same visit twice with CONFLICT, writing nothing', async () => {
    const deceased = await registerElder('宋玉兰', 65, 'LIVING_ALONE');
    const died = await hub.query(
      `mutation($key: ID!) { updateElder(personKey: $key, input: { deceasedOn: "2025-03-01" }) { deceasedOn } }`,
      { key: deceased },
    );
    expect(died.errors).toBeUndefined();
    const cases = [
      { result: await visit(alone, addDays(todayIso(), 1)), code: 'BAD_USER_INPUT', field: 'visitedOn' },
      { result: await visit('0'.repeat(32), '2025-05-06'), code: 'BAD_USER_INPUT', field: 'personKey' },
      { result: await visit(deceased, '2025-03-02'), code: 'BAD_USER_INPUT', field: 'visitedOn' },
      { result: await visit(alone, '2025-05-06', { method: 'PHONE' }), code: 'CONFLICT', field: 'visitedOn' },
    ];
    for (const { result, code, field } of cases) {
      expect({ codes: errorCodes(result), field: result.errors?.[0].extensions?.field }).toEqual({
        codes: [code],
        field,
      });
    }
    expect((await hub.query(VISITS, { key: alone })).data!.elder.visits).toHaveLength(2);
    expect((await hub.query(VISITS, { key: deceased })).data!.elder.visits).toEqual([]);
    expect((await visit(deceased, '2025-03-01')).errors).toBeUndefined();
  });

  it('refuses a period that ends before it starts with BAD_USER_INPUT naming `to`', async () => {
    const result = await hub.query(VISITS, { key: alone, from: '2025-05-01', to: '2025-04-01' });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions!.field).toBe('to');
  });
});
