import { creditCodeCheckCharacter } from '../../../subgraphs/shared/identity/credit-code';
import { idNumber } from '../../support/builders/identifiers';
import {
  BATCHING_TOLERANCE,
  AUDIT_ENTRY_STATEMENTS,
  DATABASE_TARGETS,
  errorCodes,
  startTestHub,
  type TestHub,
} from '../../support/test-hub';

const creditCode = (first17: string) => first17 + creditCodeCheckCharacter(first17);
const OPERATOR = creditCode('52371083MB0000021');
const OTHER_OPERATOR = creditCode('12371002MB0000022');
const UNKNOWN_OPERATOR = creditCode('52371083MB0000029');

const OPEN = `mutation($input: OpenFamilyBedInput!) { openFamilyBed(input: $input) { id openedOn districtCode townCode communityCode } }`;
const CLOSE = `mutation($input: CloseFamilyBedInput!) { closeFamilyBed(input: $input) { closedOn closeReason } }`;

describe.each(DATABASE_TARGETS)('family elder-care beds (%s)', (target) => {
  let hub: TestHub;
  const keys: Record<string, string> = {};
  const beds: Record<string, string> = {};

  async function registerElder(name: string, sequence: number, areaCode: string): Promise<void> {
    const result = await hub.query(
      `mutation($elder: RegisterElderInput!) { registerElder(input: $elder) { personKey } }`,
      {
        elder: {
          idNumber: idNumber('371083', '1944-09-09', sequence),
          name,
          areaCode,
          livingSituation: 'EMPTY_NEST',
          economicStatus: 'ORDINARY',
        },
      },
    );
    expect(result.errors).toBeUndefined();
    keys[name] = result.data!.registerElder.personKey;
  }

  const count = async (areaCode?: string) =>
    (await hub.query(`query($area: ID) { currentFamilyBedCount(areaCode: $area) }`, { area: areaCode })).data!
      .currentFamilyBedCount;
  const listedIn = async (areaCode: string) =>
    (
      await hub.query(
        `query($area: ID!) { familyBeds(filter: { areaCode: $area }) { total items { elder { name } } } }`,
        { area: areaCode },
      )
    ).data!.familyBeds;

  beforeAll(async () => {
    hub = await startTestHub(target);
    const operators = await hub.query(
      `mutation($a: RegisterInstitutionInput!, $b: RegisterInstitutionInput!) { a: registerInstitution(input: $a) { code } b: registerInstitution(input: $b) { code } }`,
      {
        a: {
          code: OPERATOR,
          name: '乳山市颐和居家养老服务中心',
          areaCode: '371083100',
          ownership: 'PRIVATE',
          openedOn: '2018-04-01',
          offersHomeVisits: true,
        },
        b: {
          code: OTHER_OPERATOR,
          name: '环翠区福寿康养中心',
          areaCode: '371002',
          ownership: 'PUBLIC',
          openedOn: '2016-01-01',
          offersHomeVisits: true,
        },
      },
    );
    expect(operators.errors).toBeUndefined();
    await registerElder('王秀兰', 21, '371083100201');
    await registerElder('孙德明', 23, '371083100');
    await registerElder('姜玉芳', 22, '371002');
  });
  afterAll(() => hub?.stop());

  it('opens family beds in the elder’s service area and shows them on the elder, the operator and the area counts', async () => {
    for (const [name, openedOn] of [
      ['王秀兰', '2024-05-01'],
      ['孙德明', '2024-06-15'],
      ['姜玉芳', '2024-07-01'],
    ]) {
      const result = await hub.query(OPEN, {
        input: { personKey: keys[name], operatorCode: name === '姜玉芳' ? OTHER_OPERATOR : OPERATOR, openedOn },
      });
      expect(result.errors).toBeUndefined();
      beds[name] = result.data!.openFamilyBed.id;
    }
    const profile = await hub.query(
      `query($key: ID!, $operator: ID!) {
         elder(personKey: $key) { currentFamilyBed { openedOn districtCode townCode communityCode operator { name } } familyBeds { openedOn } }
         institution(code: $operator) { operatedFamilyBeds { openedOn elder { name } } }
       }`,
      { key: keys['王秀兰'], operator: OPERATOR },
    );
    expect(profile.errors).toBeUndefined();
    expect(profile.data).toEqual({
      elder: {
        currentFamilyBed: {
          openedOn: '2024-05-01',
          districtCode: '371083',
          townCode: '371083100',
          communityCode: '371083100201',
          operator: { name: '乳山市颐和居家养老服务中心' },
        },
        familyBeds: [{ openedOn: '2024-05-01' }],
      },
      institution: {
        operatedFamilyBeds: [
          { openedOn: '2024-05-01', elder: { name: '王秀兰' } },
          { openedOn: '2024-06-15', elder: { name: '孙德明' } },
        ],
      },
    });

    expect(await listedIn('371083100201')).toEqual({ total: 1, items: [{ elder: { name: '王秀兰' } }] });
    expect(await listedIn('371083100')).toEqual({
      total: 2,
      items: [{ elder: { name: '王秀兰' } }, { elder: { name: '孙德明' } }],
    });
    expect((await listedIn('371002')).total).toBe(1);
    expect((await listedIn('371000')).total).toBe(3);
    expect(await count()).toBe(3);
    expect(await count('371083')).toBe(2);
  });

  it('refuses a second family bed for an elder with CONFLICT, and an unknown operator, a future date or an unknown area with BAD_USER_INPUT, changing nothing', async () => {
    const second = await hub.query(OPEN, {
      input: { personKey: keys['王秀兰'], operatorCode: OTHER_OPERATOR, openedOn: '2025-01-01' },
    });
    expect(errorCodes(second)).toEqual(['CONFLICT']);
    expect(second.errors![0].extensions!.field).toBe('personKey');

    const cases = [
      {
        input: { personKey: keys['孙德明'], operatorCode: UNKNOWN_OPERATOR, openedOn: '2025-01-01' },
        field: 'operatorCode',
      },
      { input: { personKey: keys['孙德明'], operatorCode: OPERATOR, openedOn: '2999-01-01' }, field: 'openedOn' },
      { input: { personKey: 'f'.repeat(32), operatorCode: OPERATOR, openedOn: '2025-01-01' }, field: 'personKey' },
    ];
    for (const { input, field } of cases) {
      const result = await hub.query(OPEN, { input });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    const unknownArea = await hub.query(`{ familyBeds(filter: { areaCode: "999999" }) { total } }`);
    expect(errorCodes(unknownArea)).toEqual(['BAD_USER_INPUT']);
    expect(unknownArea.errors![0].extensions!.field).toBe('filter.areaCode');

    expect(await count()).toBe(3);
    const history = await hub.query(
      `query($key: ID!) { elder(personKey: $key) { familyBeds { operator { name } } } }`,
      { key: keys['王秀兰'] },
    );
    expect(history.data!.elder.familyBeds).toEqual([{ operator: { name: '乳山市颐和居家养老服务中心' } }]);
  });

  it('closes a family bed, keeping it in the elder’s history and out of the current count', async () => {
    const closed = await hub.query(CLOSE, {
      input: { familyBedId: beds['王秀兰'], closedOn: '2025-01-31', reason: 'INSTITUTION' },
    });
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeFamilyBed).toEqual({ closedOn: '2025-01-31', closeReason: 'INSTITUTION' });

    const elder = await hub.query(
      `query($key: ID!) { elder(personKey: $key) { currentFamilyBed { id } familyBeds { closedOn closeReason } } }`,
      { key: keys['王秀兰'] },
    );
    expect(elder.data!.elder).toEqual({
      currentFamilyBed: null,
      familyBeds: [{ closedOn: '2025-01-31', closeReason: 'INSTITUTION' }],
    });
    expect(await count()).toBe(2);
    expect((await hub.query(`{ familyBeds(filter: { includeClosed: true }) { total } }`)).data!.familyBeds.total).toBe(
      3,
    );
  });

  it('refuses to close a bed twice (CONFLICT), before it opened (BAD_USER_INPUT) or one that does not exist (NOT_FOUND)', async () => {
    const twice = await hub.query(CLOSE, {
      input: { familyBedId: beds['王秀兰'], closedOn: '2025-02-10', reason: 'OTHER' },
    });
    expect(errorCodes(twice)).toEqual(['CONFLICT']);
    expect(twice.errors![0].extensions!.field).toBe('familyBedId');

    const early = await hub.query(CLOSE, {
      input: { familyBedId: beds['孙德明'], closedOn: '2024-06-01', reason: 'HOSPITAL' },
    });
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.errors![0].extensions!.field).toBe('closedOn');

    expect(
      errorCodes(await hub.query(CLOSE, { input: { familyBedId: 999999, closedOn: '2025-02-10', reason: 'OTHER' } })),
    ).toEqual(['NOT_FOUND']);
    expect(await count()).toBe(2);
    const closed = await hub.query(
      `query($key: ID!) { elder(personKey: $key) { familyBeds { closedOn closeReason } } }`,
      { key: keys['王秀兰'] },
    );
    expect(closed.data!.elder.familyBeds).toEqual([{ closedOn: '2025-01-31', closeReason: 'INSTITUTION' }]);
  });

  it('opens a new family bed for the elder from the day the old one closed, but not overlapping it', async () => {
    const overlapping = await hub.query(OPEN, {
      input: { personKey: keys['王秀兰'], operatorCode: OPERATOR, openedOn: '2025-01-15' },
    });
    expect(errorCodes(overlapping)).toEqual(['CONFLICT']);
    expect(await count()).toBe(2);

    const reopened = await hub.query(OPEN, {
      input: { personKey: keys['王秀兰'], operatorCode: OPERATOR, openedOn: '2025-01-31' },
    });
    expect(reopened.errors).toBeUndefined();
    const elder = await hub.query(
      `query($key: ID!) { elder(personKey: $key) { currentFamilyBed { openedOn } familyBeds { openedOn closedOn } } }`,
      { key: keys['王秀兰'] },
    );
    expect(elder.data!.elder).toEqual({
      currentFamilyBed: { openedOn: '2025-01-31' },
      familyBeds: [
        { openedOn: '2025-01-31', closedOn: null },
        { openedOn: '2024-05-01', closedOn: '2025-01-31' },
      ],
    });
    expect(await count()).toBe(3);
  });
});

describe.each(DATABASE_TARGETS)('the seeded family beds (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub(target, { seedElders: 3000 });
  });
  afterAll(() => hub?.stop());

  it('opens family beds for about 0.3% of elders, at home rather than in an institution, read in a handful of statements', async () => {
    const sql = hub.subgraphs['civil-affairs'].database.sql;
    const before = sql.statements;
    const result = await hub.query(
      `{ currentFamilyBedCount familyBeds(page: { limit: 1000 }) { total items { districtCode elder { districtCode currentInstitutionStay { id } currentFamilyBed { id } } operator { operatedFamilyBeds { id } } } } }`,
    );
    const statements = sql.statements - before;
    expect(result.errors).toBeUndefined();

    const { currentFamilyBedCount, familyBeds } = result.data!;
    expect(currentFamilyBedCount).toBe(familyBeds.total);
    expect(currentFamilyBedCount / 3000).toBeGreaterThan(0.001);
    expect(currentFamilyBedCount / 3000).toBeLessThan(0.006);
    for (const bed of familyBeds.items) {
      expect(bed.districtCode).toBe(bed.elder.districtCode);
      expect(bed.elder.currentInstitutionStay).toBeNull();
      expect(bed.elder.currentFamilyBed).not.toBeNull();
    }
    expect(statements).toBeLessThanOrEqual(10 + AUDIT_ENTRY_STATEMENTS + BATCHING_TOLERANCE);
  });
});
