import { auditDay } from '../../../subgraphs/shared/audit/audit-day';
import { AuditRecord, AuditSubject } from '../../../subgraphs/shared/audit/audit-record.entity';
import { graphql } from '../../support/graphql';
import { anElder } from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import { DATABASE_TARGETS, HUB_START_TIMEOUT_MS, type OwnTestHub, startTestHub } from '../../support/test-hub';

const TRAIL = graphql(`
  query AuditTrailOfCivilAffairs($filter: AuditFilter) {
    civilAffairsAuditTrail(filter: $filter, page: { limit: 50 }) {
      total
      items {
        sequence
        kind
        operation
        callerId
        callerRole
        callerDepartment
        personKeys
        fields
        recordIds
      }
    }
  }
`);

const VERIFY = graphql(`
  query AuditVerifyCivilAffairs {
    civilAffairsAuditVerification {
      valid
      checked
      brokenAt
      problem
    }
  }
`);

const ELDER_AS_HEALTH = graphql(`
  query AuditElderReadByHealth($personKey: ID!) {
    elder(personKey: $personKey) {
      name
      latestAssessment {
        level
      }
    }
  }
`);

const DISTRICTS = graphql(`
  query AuditDistrictsReadByAnalyst {
    areas(level: DISTRICT) {
      code
    }
  }
`);

const ELDER_NAMES = graphql(`
  query AuditElderNames($limit: Int!) {
    elders(page: { limit: $limit }) {
      items {
        name
      }
    }
  }
`);

const REGISTER = graphql(`
  mutation AuditRegisterElder($elder: RegisterElderInput!) {
    registerElder(input: $elder) {
      personKey
    }
  }
`);

describe.each(DATABASE_TARGETS)('the audit trail (%s)', (target) => {
  // A hub of its own: the tests count, edit and delete audit rows in civil affairs' database, and a broken chain would fail others' verifications.
  let hub: OwnTestHub;

  beforeAll(async () => {
    hub = await startTestHub(target);
  }, HUB_START_TIMEOUT_MS);
  afterAll(() => hub?.stop());

  const records = () => hub.subgraphs['civil-affairs'].database.dataSource.getRepository(AuditRecord);
  const subjects = () => hub.subgraphs['civil-affairs'].database.dataSource.getRepository(AuditSubject);
  const verify = async () => expectData(await hub.query(VERIFY, {}, 'auditor')).civilAffairsAuditVerification;

  it('records a write and a person-level read, searchable by person and caller, and verifies the chain', async () => {
    const before = await records().count();
    const { personKey } = await anElder(hub).named('姜德明').withIdFrom('371003').bornOn('1949-10-01').register();
    expectData(await hub.query(ELDER_AS_HEALTH, { personKey }, 'health-system'));
    expectData(await hub.query(DISTRICTS, {}, 'analyst'));

    const entries = expectData(await hub.query(TRAIL, { filter: { personKey } }, 'auditor')).civilAffairsAuditTrail
      .items;
    expect(entries.map((entry) => [entry.kind, entry.callerId, entry.callerDepartment])).toEqual([
      ['READ', 'health-system', 'health'],
      ['WRITE', 'civil-affairs-system', 'civil-affairs'],
    ]);
    expect(entries[1]).toMatchObject({
      operation: 'registerElder',
      personKeys: [personKey],
      fields: [
        'areaCode',
        'economicStatus',
        'idNumber',
        'livingSituation',
        'name',
        'specialFamilyPlanningFamily',
        'wantsCentralisedCare',
      ],
    });
    expect(entries[0].fields).toEqual(expect.arrayContaining(['Elder.name', 'Query.elder']));

    // The analyst's read of areas named no person and left no entry: only the write and health's read were added.
    const byCaller = await hub.query(TRAIL, { filter: { callerId: 'joint-meeting-analyst' } }, 'auditor');
    expect(expectData(byCaller).civilAffairsAuditTrail.total).toBe(0);
    expect(await records().count()).toBe(before + 2);
    expect(await verify()).toEqual({ valid: true, checked: before + 2, brokenAt: null, problem: null });
  });

  it('finds an elder’s entries of every day of the trail, within from and to', async () => {
    const { personKey } = await anElder(hub).named('林桂芝').withIdFrom('371082').bornOn('1950-03-08').register();
    expectData(await hub.query(ELDER_AS_HEALTH, { personKey }, 'health-system'));
    const trail = async (filter: { from?: string; to?: string } = {}) =>
      expectData(await hub.query(TRAIL, { filter: { personKey, ...filter } }, 'auditor')).civilAffairsAuditTrail.items;
    const [firstRead, write] = await trail();
    // That read moved 400 days back, as a read of last year is held: its entry's time and its person's day.
    const { recordedAt } = await records().findOneByOrFail({ sequence: firstRead.sequence });
    const lastYear = new Date(Date.now() - 400 * 86_400_000).toISOString();
    const moveRead = async (to: string, from: string) => {
      await records().update({ sequence: firstRead.sequence }, { recordedAt: to });
      await subjects().update({ sequence: firstRead.sequence, personKey }, { recordedDay: auditDay(to) });
      expect(await subjects().countBy({ sequence: firstRead.sequence, recordedDay: auditDay(from) })).toBe(0);
    };
    await moveRead(lastYear, recordedAt);
    try {
      expectData(await hub.query(ELDER_AS_HEALTH, { personKey }, 'health-system'));
      const sequences = (entries: Array<{ sequence: number }>) => entries.map((entry) => entry.sequence);
      const all = await trail();
      expect(all.map((entry) => entry.kind)).toEqual(['READ', 'READ', 'WRITE']);
      expect(sequences(all.slice(1))).toEqual([firstRead.sequence, write.sequence]);
      const yesterday = new Date(Date.now() - 86_400_000).toISOString();
      expect(sequences(await trail({ from: yesterday }))).toEqual([all[0].sequence, write.sequence]);
      const lastMonth = new Date(Date.now() - 30 * 86_400_000).toISOString();
      expect(sequences(await trail({ to: lastMonth }))).toEqual([firstRead.sequence]);
      expect(await trail({ from: lastMonth, to: yesterday })).toEqual([]);
    } finally {
      // Put back, so the chain verifies in the tests after this one.
      await moveRead(recordedAt, lastYear);
    }
  });

  it('keeps one unbroken chain when many requests append at once', async () => {
    // An elder for the concurrent reads to find: a read that returns no person leaves no entry.
    await anElder(hub).named('林秀英').withIdFrom('371083').livingIn('371083').register();
    const before = await records().count();
    await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        if (i % 2) return expectData(await hub.query(ELDER_NAMES, { limit: 3 }, 'health-system'));
        return anElder(hub)
          .named('林秀英')
          .withIdFrom('371083')
          .bornOn(`1950-01-0${1 + i / 2}`)
          .livingIn('371083')
          .livingAlone()
          .register();
      }),
    );
    expect(await records().count()).toBe(before + 12);
    const sequences = (await records().find({ order: { sequence: 'ASC' } })).map((record) => record.sequence);
    expect(new Set(sequences).size).toBe(sequences.length);
    expect(await verify()).toMatchObject({ valid: true, checked: before + 12 });
  });

  it('detects an edited entry and a deleted one', async () => {
    // Three entries of this test's own: the first is edited, the second deleted, the third follows it.
    for (const name of ['甲', '乙', '丙']) await anElder(hub).named(`姜${name}`).register();
    const [first, second] = await records()
      .find({ order: { sequence: 'DESC' }, take: 3 })
      .then((last) => last.reverse());
    expect(second.sequence).toBe(first.sequence + 1);

    await records().update({ sequence: first.sequence }, { callerId: 'someone-else' });
    expect(await verify()).toMatchObject({
      valid: false,
      brokenAt: first.sequence,
      problem: `entry ${first.sequence} was altered`,
    });
    await records().update({ sequence: first.sequence }, { callerId: first.callerId });
    expect((await verify()).valid).toBe(true);

    await records().delete({ sequence: second.sequence });
    expect(await verify()).toMatchObject({
      valid: false,
      brokenAt: second.sequence,
      problem: `entry ${second.sequence} is missing`,
    });
    // Put it back, so the other tests' chain is whole again.
    await records().insert(second);
    expect((await verify()).valid).toBe(true);
  });

  it('writes no audit entry for a refused write', async () => {
    const before = await records().count();
    const refused = await hub.query(REGISTER, {
      elder: {
        // Not a valid ID number (its check character is wrong): refused before anything is written.
        idNumber: '371003194910010000',
        name: '姜',
        areaCode: '371003',
        livingSituation: 'WITH_FAMILY',
        economicStatus: 'ORDINARY',
      },
    });
    expect(refused.errors).toBeDefined();
    expect(await records().count()).toBe(before);
  });
});
