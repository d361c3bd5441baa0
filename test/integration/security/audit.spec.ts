import { AuditRecord } from '../../../subgraphs/shared/audit/audit-record.entity';
import { idNumber } from '../../support/builders/identifiers';
import { DATABASE_TARGETS, startTestHub, type TestHub } from '../../support/test-hub';

const TRAIL = `query($filter: AuditFilter) {
  civilAffairsAuditTrail(filter: $filter, page: { limit: 50 }) { total items { sequence kind operation callerId callerRole callerDepartment personKeys fields recordIds } }
}`;
const VERIFY = '{ civilAffairsAuditVerification { valid checked brokenAt problem } }';

describe.each(DATABASE_TARGETS)('the audit trail (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub(target);
  });
  afterAll(() => hub?.stop());

  const records = () => hub.subgraphs['civil-affairs'].database.dataSource.getRepository(AuditRecord);

  it('records a write and a person-level read, searchable by person and caller, and verifies the chain', async () => {
    const written = await hub.query(
      'mutation($elder: RegisterElderInput!) { registerElder(input: $elder) { personKey } }',
      {
        elder: {
          idNumber: idNumber('371003', '1949-10-01', 17),
          name: '姜德明',
          areaCode: '371003',
          livingSituation: 'WITH_FAMILY',
          economicStatus: 'ORDINARY',
        },
      },
      'civil-affairs-system',
    );
    const personKey = written.data!.registerElder.personKey;
    await hub.query(
      'query($personKey: ID!) { elder(personKey: $personKey) { name latestAssessment { level } } }',
      { personKey },
      'health-system',
    );
    await hub.query('{ areas(level: DISTRICT) { code } }', {}, 'analyst');

    const trail = await hub.query(TRAIL, { filter: { personKey } }, 'auditor');
    expect(trail.errors).toBeUndefined();
    const entries = trail.data!.civilAffairsAuditTrail.items;
    expect(entries.map((e: any) => [e.kind, e.callerId, e.callerDepartment])).toEqual([
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

    const byCaller = await hub.query(TRAIL, { filter: { callerId: 'joint-meeting-analyst' } }, 'auditor');
    expect(byCaller.data!.civilAffairsAuditTrail.total).toBe(0);
    expect((await hub.query(VERIFY, {}, 'auditor')).data!.civilAffairsAuditVerification).toEqual({
      valid: true,
      checked: 2,
      brokenAt: null,
      problem: null,
    });
  });

  it('keeps one unbroken chain when many requests append at once', async () => {
    const before = await records().count();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        i % 2
          ? hub.query('{ elders(page: { limit: 3 }) { items { name } } }', {}, 'health-system')
          : hub.query('mutation($elder: RegisterElderInput!) { registerElder(input: $elder) { personKey } }', {
              elder: {
                idNumber: idNumber('371083', '1950-01-0' + (1 + i / 2), 11),
                name: '林秀英',
                areaCode: '371083',
                livingSituation: 'LIVING_ALONE',
                economicStatus: 'ORDINARY',
              },
            }),
      ),
    );
    expect(await records().count()).toBe(before + 12);
    const sequences = (await records().find({ order: { sequence: 'ASC' } })).map((record) => record.sequence);
    expect(new Set(sequences).size).toBe(sequences.length);
    expect((await hub.query(VERIFY, {}, 'auditor')).data!.civilAffairsAuditVerification).toMatchObject({
      valid: true,
      checked: before + 12,
    });
  });

  it('detects an edited entry and a deleted one', async () => {
    await hub.query('{ elders(page: { limit: 5 }) { items { name } } }', {}, 'civil-affairs-system');
    const [first] = await records().find({ order: { sequence: 'ASC' }, take: 1 });
    await records().update({ sequence: first.sequence }, { callerId: 'someone-else' });
    expect((await hub.query(VERIFY, {}, 'auditor')).data!.civilAffairsAuditVerification).toMatchObject({
      valid: false,
      brokenAt: first.sequence,
      problem: `entry ${first.sequence} was altered`,
    });

    await records().update({ sequence: first.sequence }, { callerId: first.callerId });
    expect((await hub.query(VERIFY, {}, 'auditor')).data!.civilAffairsAuditVerification.valid).toBe(true);
    await records().delete({ sequence: first.sequence + 1 });
    expect((await hub.query(VERIFY, {}, 'auditor')).data!.civilAffairsAuditVerification).toMatchObject({
      valid: false,
      brokenAt: first.sequence + 1,
    });
  });

  it('writes no audit entry for a refused write', async () => {
    const before = await records().count();
    await hub.query('mutation($elder: RegisterElderInput!) { registerElder(input: $elder) { personKey } }', {
      elder: {
        idNumber: '371003194910010000',
        name: '姜',
        areaCode: '371003',
        livingSituation: 'WITH_FAMILY',
        economicStatus: 'ORDINARY',
      },
    });
    expect(await records().count()).toBe(before);
  });
});
