import {
  admit,
  anAssessmentOf,
  anElder,
  anInstitution,
  bedsOf,
  recordDeath,
} from '../../support/builders/civil-affairs';
import { anApplication } from '../../support/builders/civil-affairs-care';
import { expectData } from '../../support/builders/expect-data';
import { uniqueCreditCode } from '../../support/builders/identifiers';
import { graphql } from '../../support/graphql';
import type { MarkWaitlistAdmittedInput, RegisterElderInput } from '../../support/graphql/graphql';
import {
  AUDIT_ENTRY_STATEMENTS,
  BATCHING_TOLERANCE,
  DATABASE_TARGETS,
  errorCodes,
  HUB_START_TIMEOUT_MS,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

const WAITLIST = graphql(`
  query WaitlistOfInstitution($code: ID!) {
    institutionWaitlist(institutionCode: $code) {
      position
      priorityTier
      appliedOn
      elder {
        name
      }
    }
  }
`);

const WAITLIST_VIA_INSTITUTION = graphql(`
  query WaitlistViaInstitution($code: ID!) {
    institution(code: $code) {
      waitlist {
        position
        priorityTier
        appliedOn
        elder {
          name
        }
      }
    }
  }
`);

const ENTRIES_OF_ELDER = graphql(`
  query WaitlistEntriesOfElder($key: ID!) {
    elder(personKey: $key) {
      waitlistEntries {
        id
        status
        position
        priorityTier
        statusChangedOn
        institution {
          name
        }
      }
    }
  }
`);

const WITHDRAW = graphql(`
  mutation WaitlistWithdraw($input: WithdrawFromWaitlistInput!) {
    withdrawFromWaitlist(input: $input) {
      status
      statusChangedOn
      position
    }
  }
`);

const MARK_ADMITTED = graphql(`
  mutation WaitlistMarkAdmitted($input: MarkWaitlistAdmittedInput!) {
    markWaitlistAdmitted(input: $input) {
      status
      statusChangedOn
      stayId
      position
    }
  }
`);

const SEEDED_WAITLISTS = graphql(`
  query WaitlistsOfSeededInstitutions($limit: Int!) {
    institutions(page: { limit: $limit }) {
      items {
        ownership
        waitlist {
          position
          priorityTier
          appliedOn
          elder {
            name
            waitlistEntries {
              status
              position
            }
          }
        }
      }
    }
  }
`);

/** 夏村镇 of 乳山市, and its village 东秦家庄村 where the applicants live. */
const XIACUN_TOWN = '371083100';
const DONGQINJIAZHUANG_VILLAGE = '371083100201';

describe.each(DATABASE_TARGETS)('the admission wait-list of public institutions (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    // Each test applies to a public home of its own, with elders of its own.
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  const anApplicant = (name: string, profile: Partial<Omit<RegisterElderInput, 'idNumber'>> = {}) =>
    anElder(hub)
      .named(name)
      .withIdFrom('371083')
      .bornOn('1945-06-01')
      .livingIn(DONGQINJIAZHUANG_VILLAGE)
      .with({ livingSituation: 'WITH_FAMILY', economicStatus: 'ORDINARY', ...profile })
      .register()
      .then(({ personKey }) => personKey);

  /**
   * 乳山市夏村敬老院 (public) with five applicants, one per priority tier or two in tier 3:
   * 毕永福 特困 wanting centralised care (1), 曲建军 severely disabled (2), 丛桂珍 and 宋秀兰 低保 (3), 于德明 (5).
   */
  async function aHomeWithFiveApplicants() {
    const { code: home } = await anInstitution(hub)
      .named('乳山市夏村敬老院')
      .inArea(XIACUN_TOWN)
      .public()
      .openedOn('2010-01-01')
      .register();
    const keys = {
      于德明: await anApplicant('于德明'),
      宋秀兰: await anApplicant('宋秀兰', { economicStatus: 'MINIMUM_LIVING' }),
      丛桂珍: await anApplicant('丛桂珍', { economicStatus: 'MINIMUM_LIVING' }),
      毕永福: await anApplicant('毕永福', { economicStatus: 'EXTREME_POVERTY', wantsCentralisedCare: true }),
      曲建军: await anApplicant('曲建军'),
    };
    await anAssessmentOf(hub, keys['曲建军'])
      .at('SEVERE_DISABILITY')
      .on('2024-11-20')
      .because('CONDITION_CHANGE')
      .by('乳山市老年人能力评估中心')
      .record();
    const applied = async (name: keyof typeof keys, appliedOn: string) =>
      (await anApplication(hub).of(keys[name]).to(home).on(appliedOn).apply()).id;
    const entries = {
      于德明: await applied('于德明', '2025-01-10'),
      宋秀兰: await applied('宋秀兰', '2025-02-01'),
      曲建军: await applied('曲建军', '2025-02-15'),
      毕永福: await applied('毕永福', '2025-03-01'),
      丛桂珍: await applied('丛桂珍', '2025-01-20'),
    };
    return { home, keys, entries };
  }

  const waitlistOf = async (code: string) => expectData(await hub.query(WAITLIST, { code })).institutionWaitlist;
  const queueOf = async (code: string) =>
    (await waitlistOf(code)).map((entry) => [entry.position, entry.elder.name] as const);
  const entriesOf = async (key: string) =>
    expectData(await hub.query(ENTRIES_OF_ELDER, { key })).elder?.waitlistEntries;

  it('ranks applicants by priority tier, then by application date, and numbers their places in the queue', async () => {
    const { home } = await aHomeWithFiveApplicants();
    const expected = [
      { position: 1, priorityTier: 1, appliedOn: '2025-03-01', elder: { name: '毕永福' } },
      { position: 2, priorityTier: 2, appliedOn: '2025-02-15', elder: { name: '曲建军' } },
      { position: 3, priorityTier: 3, appliedOn: '2025-01-20', elder: { name: '丛桂珍' } },
      { position: 4, priorityTier: 3, appliedOn: '2025-02-01', elder: { name: '宋秀兰' } },
      { position: 5, priorityTier: 5, appliedOn: '2025-01-10', elder: { name: '于德明' } },
    ];
    expect(await waitlistOf(home)).toEqual(expected);
    const viaInstitution = expectData(await hub.query(WAITLIST_VIA_INSTITUTION, { code: home })).institution;
    expect(viaInstitution?.waitlist).toEqual(expected);
  });

  it('shows an elder their applications with their current place in the queue', async () => {
    const { keys, entries } = await aHomeWithFiveApplicants();
    expect(await entriesOf(keys['宋秀兰'])).toEqual([
      {
        id: entries['宋秀兰'],
        status: 'WAITING',
        position: 4,
        priorityTier: 3,
        statusChangedOn: '2025-02-01',
        institution: { name: '乳山市夏村敬老院' },
      },
    ]);
  });

  it('refuses a second waiting application of the same elder to the same institution with CONFLICT, adding nothing', async () => {
    const { home, keys } = await aHomeWithFiveApplicants();
    const result = await anApplication(hub).of(keys['于德明']).to(home).on('2025-04-01').attempt();
    expect(errorCodes(result)).toEqual(['CONFLICT']);
    expect(result.errors![0].extensions!.field).toBe('personKey');
    expect(await waitlistOf(home)).toHaveLength(5);
  });

  it('refuses a private institution, an unknown one, a deceased elder and a future date with BAD_USER_INPUT naming the field, adding nothing', async () => {
    const { home, keys } = await aHomeWithFiveApplicants();
    const { code: privateHome } = await anInstitution(hub)
      .named('乳山市康乐老年公寓')
      .inArea(XIACUN_TOWN)
      .openedOn('2012-01-01')
      .register();
    const unknownHome = uniqueCreditCode(hub, { areaCode: '371083', kind: '12' });
    const deceased = await anApplicant('林秀英');
    await recordDeath(hub, deceased, '2025-01-05');
    const cases: Array<{ input: { personKey: string; institutionCode: string; appliedOn: string }; field: string }> = [
      {
        input: { personKey: keys['于德明'], institutionCode: privateHome, appliedOn: '2025-04-01' },
        field: 'institutionCode',
      },
      {
        input: { personKey: keys['于德明'], institutionCode: unknownHome, appliedOn: '2025-04-01' },
        field: 'institutionCode',
      },
      { input: { personKey: deceased, institutionCode: home, appliedOn: '2024-12-01' }, field: 'personKey' },
      {
        input: { personKey: keys['于德明'], institutionCode: home, appliedOn: '2999-01-01' },
        field: 'appliedOn',
      },
    ];
    for (const { input, field } of cases) {
      const result = await anApplication(hub)
        .of(input.personKey)
        .to(input.institutionCode)
        .on(input.appliedOn)
        .attempt();
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    expect(await waitlistOf(privateHome)).toEqual([]);
    expect(await entriesOf(deceased)).toEqual([]);
    expect(await waitlistOf(home)).toHaveLength(5);
  });

  it('withdraws an application, moving those behind it up, and refuses to withdraw it twice', async () => {
    const { home, keys, entries } = await aHomeWithFiveApplicants();
    const withdrawn = await hub.query(WITHDRAW, { input: { entryId: entries['丛桂珍'], withdrawnOn: '2025-03-05' } });
    expect(expectData(withdrawn).withdrawFromWaitlist).toEqual({
      status: 'WITHDRAWN',
      statusChangedOn: '2025-03-05',
      position: null,
    });
    expect(await queueOf(home)).toEqual([
      [1, '毕永福'],
      [2, '曲建军'],
      [3, '宋秀兰'],
      [4, '于德明'],
    ]);

    const again = await hub.query(WITHDRAW, { input: { entryId: entries['丛桂珍'], withdrawnOn: '2025-03-06' } });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(again.errors![0].extensions!.field).toBe('entryId');
    expect(
      (await entriesOf(keys['丛桂珍']))?.map(({ status, statusChangedOn }) => ({ status, statusChangedOn })),
    ).toEqual([{ status: 'WITHDRAWN', statusChangedOn: '2025-03-05' }]);
  });

  it('marks an applicant admitted with their stay, taking them off the wait-list', async () => {
    const { home, keys, entries } = await aHomeWithFiveApplicants();
    const [bedId] = await bedsOf(hub, home).ofKind('NURSING').labelled('2-1').inServiceFrom('2010-01-01').add();
    const { id: stayId } = await admit(hub, keys['毕永福'], bedId, '2025-03-20');

    const refusals: Array<{ input: MarkWaitlistAdmittedInput; field: string }> = [
      { input: { entryId: entries['曲建军'], admittedOn: '2025-03-20', stayId }, field: 'stayId' },
      { input: { entryId: entries['毕永福'], admittedOn: '2025-02-01', stayId }, field: 'admittedOn' },
    ];
    for (const { input, field } of refusals) {
      const result = await hub.query(MARK_ADMITTED, { input });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    expect(
      errorCodes(await hub.query(MARK_ADMITTED, { input: { entryId: '999999', admittedOn: '2025-03-20' } })),
    ).toEqual(['NOT_FOUND']);
    expect(await waitlistOf(home)).toHaveLength(5);

    const admitted = await hub.query(MARK_ADMITTED, {
      input: { entryId: entries['毕永福'], admittedOn: '2025-03-20', stayId },
    });
    expect(expectData(admitted).markWaitlistAdmitted).toEqual({
      status: 'ADMITTED',
      statusChangedOn: '2025-03-20',
      stayId,
      position: null,
    });
    expect(await queueOf(home)).toEqual([
      [1, '曲建军'],
      [2, '丛桂珍'],
      [3, '宋秀兰'],
      [4, '于德明'],
    ]);
  });

  it('answers NOT_FOUND for the wait-list of an institution that is not registered', async () => {
    const unknownHome = uniqueCreditCode(hub, { areaCode: '371083', kind: '12' });
    expect(errorCodes(await hub.query(WAITLIST, { code: unknownHome }))).toEqual(['NOT_FOUND']);
  });
});

describe.each(DATABASE_TARGETS)('the seeded wait-lists (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'seeded');
  }, HUB_START_TIMEOUT_MS);

  async function read(limit: number) {
    const before = hub.statements('civil-affairs');
    const result = await hub.query(SEEDED_WAITLISTS, { limit });
    return {
      statements: hub.statements('civil-affairs') - before,
      institutions: expectData(result).institutions.items,
    };
  }

  it('lists every institution’s wait-list in admission order, private ones empty, in a handful of statements however many entries there are', async () => {
    // The seed has a couple of dozen institutions: one with a waiting applicant against all of them.
    const small = await read(1);
    const large = await read(1000);
    const { institutions } = large;
    expect(small.institutions.flatMap((institution) => institution.waitlist)).not.toEqual([]);
    expect(institutions.length).toBeGreaterThanOrEqual(10 * small.institutions.length);
    const waiting = institutions.flatMap((institution) => institution.waitlist);
    expect(waiting.length).toBeGreaterThan(10);
    for (const { ownership, waitlist } of institutions) {
      if (ownership === 'PRIVATE') expect(waitlist).toEqual([]);
      expect(waitlist.map((entry) => entry.position)).toEqual(waitlist.map((_, index) => index + 1));
      const order = waitlist.map((entry) => `${entry.priorityTier} ${entry.appliedOn}`);
      expect(order).toEqual([...order].sort());
      for (const entry of waitlist)
        expect(entry.elder.waitlistEntries).toContainEqual({ status: 'WAITING', position: entry.position });
    }
    expect(Math.abs(large.statements - small.statements)).toBeLessThanOrEqual(BATCHING_TOLERANCE);
    expect(large.statements).toBeLessThanOrEqual(8 + AUDIT_ENTRY_STATEMENTS + BATCHING_TOLERANCE);
  });
});
