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
const PUBLIC_HOME = creditCode('12371083MB0000011');
const PRIVATE_HOME = creditCode('52371083MB0000012');
const UNKNOWN_HOME = creditCode('12371083MB0000019');

const APPLY = `mutation($input: ApplyToWaitlistInput!) { applyToWaitlist(input: $input) { id priorityTier status } }`;
const WAITLIST = `query($code: ID!) { institutionWaitlist(institutionCode: $code) { position priorityTier appliedOn elder { name } } }`;

describe.each(DATABASE_TARGETS)('the admission wait-list of public institutions (%s)', (target) => {
  let hub: TestHub;
  const keys: Record<string, string> = {};
  const entries: Record<string, string> = {};

  async function registerElder(name: string, sequence: number, profile: Record<string, unknown>): Promise<string> {
    const result = await hub.query(
      `mutation($elder: RegisterElderInput!) { registerElder(input: $elder) { personKey } }`,
      {
        elder: {
          idNumber: idNumber('371083', '1945-06-01', sequence),
          name,
          areaCode: '371083100201',
          livingSituation: 'WITH_FAMILY',
          economicStatus: 'ORDINARY',
          ...profile,
        },
      },
    );
    expect(result.errors).toBeUndefined();
    return (keys[name] = result.data!.registerElder.personKey);
  }

  async function apply(name: string, appliedOn: string): Promise<void> {
    const result = await hub.query(APPLY, {
      input: { personKey: keys[name], institutionCode: PUBLIC_HOME, appliedOn },
    });
    expect(result.errors).toBeUndefined();
    entries[name] = result.data!.applyToWaitlist.id;
  }

  const waitlist = async () => (await hub.query(WAITLIST, { code: PUBLIC_HOME })).data!.institutionWaitlist;

  beforeAll(async () => {
    hub = await startTestHub(target);
    const homes = await hub.query(
      `mutation($public: RegisterInstitutionInput!, $private: RegisterInstitutionInput!) { a: registerInstitution(input: $public) { code } b: registerInstitution(input: $private) { code } }`,
      {
        public: {
          code: PUBLIC_HOME,
          name: '乳山市夏村敬老院',
          areaCode: '371083100',
          ownership: 'PUBLIC',
          openedOn: '2010-01-01',
        },
        private: {
          code: PRIVATE_HOME,
          name: '乳山市康乐老年公寓',
          areaCode: '371083100',
          ownership: 'PRIVATE',
          openedOn: '2012-01-01',
        },
      },
    );
    expect(homes.errors).toBeUndefined();
    await registerElder('于德明', 11, {});
    await registerElder('宋秀兰', 12, { economicStatus: 'MINIMUM_LIVING' });
    await registerElder('丛桂珍', 14, { economicStatus: 'MINIMUM_LIVING' });
    await registerElder('毕永福', 13, { economicStatus: 'EXTREME_POVERTY', wantsCentralisedCare: true });
    await registerElder('曲建军', 15, {});
    const assessed = await hub.query(
      `mutation($input: RecordAbilityAssessmentInput!) { recordAbilityAssessment(input: $input) { id } }`,
      {
        input: {
          personKey: keys['曲建军'],
          level: 'SEVERE_DISABILITY',
          assessedOn: '2024-11-20',
          reason: 'CONDITION_CHANGE',
          assessor: '乳山市老年人能力评估中心',
        },
      },
    );
    expect(assessed.errors).toBeUndefined();
  });
  afterAll(() => hub?.stop());

  it('ranks applicants by priority tier, then by application date, and numbers their places in the queue', async () => {
    await apply('于德明', '2025-01-10');
    await apply('宋秀兰', '2025-02-01');
    await apply('曲建军', '2025-02-15');
    await apply('毕永福', '2025-03-01');
    await apply('丛桂珍', '2025-01-20');

    const expected = [
      { position: 1, priorityTier: 1, appliedOn: '2025-03-01', elder: { name: '毕永福' } },
      { position: 2, priorityTier: 2, appliedOn: '2025-02-15', elder: { name: '曲建军' } },
      { position: 3, priorityTier: 3, appliedOn: '2025-01-20', elder: { name: '丛桂珍' } },
      { position: 4, priorityTier: 3, appliedOn: '2025-02-01', elder: { name: '宋秀兰' } },
      { position: 5, priorityTier: 5, appliedOn: '2025-01-10', elder: { name: '于德明' } },
    ];
    expect(await waitlist()).toEqual(expected);
    const viaInstitution = await hub.query(
      `query($code: ID!) { institution(code: $code) { waitlist { position priorityTier appliedOn elder { name } } } }`,
      { code: PUBLIC_HOME },
    );
    expect(viaInstitution.data!.institution.waitlist).toEqual(expected);
  });

  it('shows an elder their applications with their current place in the queue', async () => {
    const result = await hub.query(
      `query($key: ID!) { elder(personKey: $key) { waitlistEntries { status position priorityTier statusChangedOn institution { name } } } }`,
      { key: keys['宋秀兰'] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.elder.waitlistEntries).toEqual([
      {
        status: 'WAITING',
        position: 4,
        priorityTier: 3,
        statusChangedOn: '2025-02-01',
        institution: { name: '乳山市夏村敬老院' },
      },
    ]);
  });

  it('refuses a second waiting application of the same elder to the same institution with CONFLICT, adding nothing', async () => {
    const result = await hub.query(APPLY, {
      input: { personKey: keys['于德明'], institutionCode: PUBLIC_HOME, appliedOn: '2025-04-01' },
    });
    expect(errorCodes(result)).toEqual(['CONFLICT']);
    expect(result.errors![0].extensions!.field).toBe('personKey');
    expect(await waitlist()).toHaveLength(5);
  });

  it('refuses a private institution, an unknown one, a deceased elder and a future date with BAD_USER_INPUT naming the field, adding nothing', async () => {
    const deceased = await registerElder('林秀英', 16, {});
    const died = await hub.query(
      `mutation($key: ID!) { updateElder(personKey: $key, input: { deceasedOn: "2025-01-05" }) { deceasedOn } }`,
      { key: deceased },
    );
    expect(died.errors).toBeUndefined();
    const cases = [
      {
        input: { personKey: keys['于德明'], institutionCode: PRIVATE_HOME, appliedOn: '2025-04-01' },
        field: 'institutionCode',
      },
      {
        input: { personKey: keys['于德明'], institutionCode: UNKNOWN_HOME, appliedOn: '2025-04-01' },
        field: 'institutionCode',
      },
      { input: { personKey: deceased, institutionCode: PUBLIC_HOME, appliedOn: '2024-12-01' }, field: 'personKey' },
      {
        input: { personKey: keys['于德明'], institutionCode: PUBLIC_HOME, appliedOn: '2999-01-01' },
        field: 'appliedOn',
      },
    ];
    for (const { input, field } of cases) {
      const result = await hub.query(APPLY, { input });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    const counts = await hub.query(
      `query($private: ID!, $key: ID!) { institutionWaitlist(institutionCode: $private) { id } elder(personKey: $key) { waitlistEntries { id } } }`,
      { private: PRIVATE_HOME, key: deceased },
    );
    expect(counts.data).toEqual({ institutionWaitlist: [], elder: { waitlistEntries: [] } });
    expect(await waitlist()).toHaveLength(5);
  });

  it('withdraws an application, moving those behind it up, and refuses to withdraw it twice', async () => {
    const withdraw = `mutation($input: WithdrawFromWaitlistInput!) { withdrawFromWaitlist(input: $input) { status statusChangedOn position } }`;
    const withdrawn = await hub.query(withdraw, { input: { entryId: entries['丛桂珍'], withdrawnOn: '2025-03-05' } });
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data!.withdrawFromWaitlist).toEqual({
      status: 'WITHDRAWN',
      statusChangedOn: '2025-03-05',
      position: null,
    });
    expect((await waitlist()).map((entry: any) => [entry.position, entry.elder.name])).toEqual([
      [1, '毕永福'],
      [2, '曲建军'],
      [3, '宋秀兰'],
      [4, '于德明'],
    ]);

    const again = await hub.query(withdraw, { input: { entryId: entries['丛桂珍'], withdrawnOn: '2025-03-06' } });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(again.errors![0].extensions!.field).toBe('entryId');
    const entry = await hub.query(
      `query($key: ID!) { elder(personKey: $key) { waitlistEntries { status statusChangedOn } } }`,
      { key: keys['丛桂珍'] },
    );
    expect(entry.data!.elder.waitlistEntries).toEqual([{ status: 'WITHDRAWN', statusChangedOn: '2025-03-05' }]);
  });

  it('marks an applicant admitted with their stay, taking them off the wait-list', async () => {
    const bed = await hub.query(`mutation($input: AddBedsInput!) { addBeds(input: $input) { id } }`, {
      input: { institutionCode: PUBLIC_HOME, kind: 'NURSING', labels: ['2-1'], inServiceFrom: '2010-01-01' },
    });
    const stay = await hub.query(
      `mutation($input: AdmitToInstitutionInput!) { admitToInstitution(input: $input) { id } }`,
      {
        input: { personKey: keys['毕永福'], bedId: bed.data!.addBeds[0].id, admittedOn: '2025-03-20' },
      },
    );
    const stayId = stay.data!.admitToInstitution.id;
    const admit = `mutation($input: MarkWaitlistAdmittedInput!) { markWaitlistAdmitted(input: $input) { status statusChangedOn stayId position } }`;

    const refusals = [
      {
        input: { entryId: entries['曲建军'], admittedOn: '2025-03-20', stayId },
        code: 'BAD_USER_INPUT',
        field: 'stayId',
      },
      {
        input: { entryId: entries['毕永福'], admittedOn: '2025-02-01', stayId },
        code: 'BAD_USER_INPUT',
        field: 'admittedOn',
      },
    ];
    for (const { input, code, field } of refusals) {
      const result = await hub.query(admit, { input });
      expect(errorCodes(result)).toEqual([code]);
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    expect(errorCodes(await hub.query(admit, { input: { entryId: 999999, admittedOn: '2025-03-20' } }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(await waitlist()).toHaveLength(4);

    const admitted = await hub.query(admit, {
      input: { entryId: entries['毕永福'], admittedOn: '2025-03-20', stayId },
    });
    expect(admitted.errors).toBeUndefined();
    expect(admitted.data!.markWaitlistAdmitted).toEqual({
      status: 'ADMITTED',
      statusChangedOn: '2025-03-20',
      stayId,
      position: null,
    });
    expect((await waitlist()).map((entry: any) => [entry.position, entry.elder.name])).toEqual([
      [1, '曲建军'],
      [2, '宋秀兰'],
      [3, '于德明'],
    ]);
  });

  it('answers NOT_FOUND for the wait-list of an institution that is not registered', async () => {
    expect(errorCodes(await hub.query(WAITLIST, { code: UNKNOWN_HOME }))).toEqual(['NOT_FOUND']);
  });
});

describe.each(DATABASE_TARGETS)('the seeded wait-lists (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub(target, { seedElders: 3000 });
  });
  afterAll(() => hub?.stop());

  it('lists every institution’s wait-list in admission order, private ones empty, in a handful of statements however many entries there are', async () => {
    const sql = hub.subgraphs['civil-affairs'].database.sql;
    const before = sql.statements;
    const result = await hub.query(
      `{ institutions(page: { limit: 1000 }) { items { ownership waitlist { position priorityTier appliedOn elder { name waitlistEntries { status position } } } } } }`,
    );
    const statements = sql.statements - before;
    expect(result.errors).toBeUndefined();

    const institutions = result.data!.institutions.items;
    const waiting = institutions.flatMap((institution: any) => institution.waitlist);
    expect(waiting.length).toBeGreaterThan(10);
    for (const { ownership, waitlist } of institutions) {
      if (ownership === 'PRIVATE') expect(waitlist).toEqual([]);
      expect(waitlist.map((entry: any) => entry.position)).toEqual(
        waitlist.map((_: unknown, index: number) => index + 1),
      );
      const order = waitlist.map((entry: any) => `${entry.priorityTier} ${entry.appliedOn}`);
      expect(order).toEqual([...order].sort());
    }
    expect(statements).toBeLessThanOrEqual(8 + AUDIT_ENTRY_STATEMENTS + BATCHING_TOLERANCE);
  });
});
