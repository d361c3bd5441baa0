import { DataSource } from 'typeorm';
import { appendAudit, type AuditEntry } from '../../../subgraphs/shared/audit/audit-chain';
import { AuditKind } from '../../../subgraphs/shared/audit/audit-kind.enum';
import { AuditRecord } from '../../../subgraphs/shared/audit/audit-record.entity';
import { ReadAuditBatcher } from '../../../subgraphs/shared/audit/read-audit-batcher';
import { readSubgraphConfig } from '../../../subgraphs/shared/config/subgraph-config';
import { anElder } from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import {
  DATABASE_TARGETS,
  errorCodes,
  HUB_START_TIMEOUT_MS,
  type OwnTestHub,
  startTestHub,
} from '../../support/test-hub';

// Plain strings: read straight from the subgraph, whose answers the tests type themselves.
const ELDER_AS_HEALTH = `query AuditGroupCommitElder($personKey: ID!) { elder(personKey: $personKey) { name } }`;
type ElderAnswer = { elder: { name: string } | null };

const VERIFY = `query AuditGroupCommitVerify { civilAffairsAuditVerification { valid checked problem } }`;
type Verification = { civilAffairsAuditVerification: { valid: boolean; checked: number; problem: string | null } };

/**
 * Statements of one batch of read entries, whatever its size: begin, move the chain's head (one
 * conditional UPDATE), insert the entries (one multi-row INSERT), insert their persons (another),
 * commit; one more to read the head again if another writer moved it, one more for a checkpoint.
 */
const BATCH_STATEMENTS = 7;

describe.each(DATABASE_TARGETS)('read audit entries written together (%s)', (target) => {
  // A hub of its own: the tests count civil affairs' statements and entries, hide its audit table and append from a second connection.
  let hub: OwnTestHub;

  beforeAll(async () => {
    hub = await startTestHub(target);
  }, HUB_START_TIMEOUT_MS);
  afterAll(() => hub?.stop());

  const civilAffairs = () => hub.subgraphs['civil-affairs'].database.dataSource;
  const entries = () => civilAffairs().getRepository(AuditRecord).count();
  const verify = async () =>
    expectData(await hub.query<Verification>(VERIFY, {}, 'auditor')).civilAffairsAuditVerification;
  // The development keys, as the test hub's civil affairs signs with them.
  const signer = readSubgraphConfig('civil-affairs', {});
  const readEntry = (index: number): AuditEntry => ({
    callerId: 'health-system',
    callerRole: 'department-system',
    callerDepartment: 'health',
    operation: `AuditGroupCommit${index}`,
    kind: AuditKind.READ,
    personKeys: [`${index}`.padStart(32, '0')],
    recordIds: [],
    fields: ['Elder.name', 'Query.elder'],
    requestId: `group-commit-${index}`,
  });

  it('writes the entries of fifty reads finishing together in one batch of a few statements, chained in their order', async () => {
    const batcher = new ReadAuditBatcher(civilAffairs(), signer);
    const before = { statements: hub.statements('civil-affairs'), entries: await entries() };
    await Promise.all(Array.from({ length: 50 }, (_, i) => batcher.append(readEntry(i))));
    // One entry a transaction (as before the batcher) would take five or six statements each: 250 or more.
    expect(hub.statements('civil-affairs') - before.statements).toBeLessThanOrEqual(BATCH_STATEMENTS);
    const written = await civilAffairs()
      .getRepository(AuditRecord)
      .find({ order: { sequence: 'DESC' }, take: 50 });
    expect(written.reverse().map((entry) => entry.operation)).toEqual(
      Array.from({ length: 50 }, (_, i) => `AuditGroupCommit${i}`),
    );
    expect(await verify()).toMatchObject({ valid: true, checked: before.entries + 50 });
  });

  it('withholds the data of a read whose entry cannot be written, and writes the next entries once it can', async () => {
    const { personKey } = await anElder(hub).named('于秀兰').withIdFrom('371002').register();
    const before = await entries();
    // The persons' table of the trail gone: the entry's transaction fails and rolls back.
    await civilAffairs().query('ALTER TABLE audit_subject RENAME TO audit_subject_away');
    let refused: Awaited<ReturnType<typeof hub.querySubgraph<ElderAnswer>>>;
    try {
      refused = await hub.querySubgraph<ElderAnswer>('civil-affairs', ELDER_AS_HEALTH, { personKey }, 'health-system');
    } finally {
      await civilAffairs().query('ALTER TABLE audit_subject_away RENAME TO audit_subject');
    }
    expect(refused.data ?? null).toBeNull();
    expect(errorCodes(refused)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(JSON.stringify(refused)).not.toContain('于秀兰');
    expect(await entries()).toBe(before);

    const answered = await hub.querySubgraph<ElderAnswer>(
      'civil-affairs',
      ELDER_AS_HEALTH,
      { personKey },
      'health-system',
    );
    expect(expectData(answered).elder?.name).toBe('于秀兰');
    expect(await verify()).toMatchObject({ valid: true, checked: before + 1 });
  });

  it('keeps one chain when another instance sharing the database appends between this one’s entries', async () => {
    const { personKey } = await anElder(hub).named('丛玉珍').withIdFrom('371082').register();
    const before = await entries();
    // A second connection to the same database, as a second instance of civil affairs has.
    const other = new DataSource({ ...civilAffairs().options, synchronize: false, migrationsRun: false });
    await other.initialize();
    try {
      for (let round = 0; round < 3; round++) {
        await other.transaction((manager) => appendAudit(manager, readEntry(100 + round), signer));
        const read = await hub.querySubgraph<ElderAnswer>(
          'civil-affairs',
          ELDER_AS_HEALTH,
          { personKey },
          'health-system',
        );
        expect(expectData(read).elder?.name).toBe('丛玉珍');
      }
    } finally {
      await other.destroy();
    }
    expect(await verify()).toMatchObject({ valid: true, checked: before + 6 });
  });
});
