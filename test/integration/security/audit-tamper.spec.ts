import { createHash } from 'node:crypto';
import { MoreThanOrEqual } from 'typeorm';
import { checkpointIfMoved } from '../../../subgraphs/shared/audit/audit-checkpoint-timer';
import {
  type AuditCheckpoint,
  checkpointsInLog,
  storedCheckpoints,
} from '../../../subgraphs/shared/audit/audit-checkpoint';
import { AuditKind } from '../../../subgraphs/shared/audit/audit-kind.enum';
import { AuditChainHead, AuditCheckpointRow, AuditRecord } from '../../../subgraphs/shared/audit/audit-record.entity';
import { verifyAuditChain } from '../../../subgraphs/shared/audit/audit-verification';
import { readSubgraphConfig } from '../../../subgraphs/shared/config/subgraph-config';
import { graphql } from '../../support/graphql';
import { anElder } from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import { DATABASE_TARGETS, HUB_START_TIMEOUT_MS, type OwnTestHub, startTestHub } from '../../support/test-hub';

const VERIFY = graphql(`
  query AuditTamperVerifyCivilAffairs {
    civilAffairsAuditVerification {
      valid
      checked
      brokenAt
      problem
      keyedFrom
      checkpoints
    }
  }
`);

const department = 'civil-affairs';
/** The hub's audit keys: a retired one, and the one that signs (as after a rotation). */
const AUDIT_KEY = 'Zr1Tn6Wx4Lp9Ys2Hd7Mb5Cf0Ga3Ju-k3Vq8-audit';
const AUDIT_KEYS = `2026b:${AUDIT_KEY},2026a:Hd7Mb5Cf0Ga3Ju-k3Vq8Zr1Tn6Wx4Lp9Ys2-retired`;
/** What `npm run audit:verify` reads from the same environment. */
const signer = { department, audit: readSubgraphConfig(department, { AUDIT_KEYS }).audit } as const;

/** Entries from before the chain was keyed, at the start of this file's chain (as a database upgraded to the keyed chain holds them). */
const UNKEYED_ENTRIES = 3;

/**
 * The unkeyed chain value, as the code before the key computed it and as anyone with database access
 * can: SHA-256 over the previous value and the entry. Written here, not imported, because it is the attacker's.
 */
function plainChainValue(record: Omit<AuditRecord, 'hash'>): string {
  const content = [
    record.sequence,
    record.recordedAt,
    record.callerId,
    record.callerRole,
    record.callerDepartment,
    record.operation,
    record.kind,
    record.personKeys,
    record.recordIds,
    record.fields,
    record.requestId,
  ];
  return createHash('sha256')
    .update(`${record.previousHash}\n${JSON.stringify(content)}`)
    .digest('hex');
}

describe.each(DATABASE_TARGETS)('tampering with the audit chain (%s)', (target) => {
  // A hub of its own: the tests rewrite civil affairs' audit rows and checkpoints (putting them back after),
  // and read the service's log lines, which a shared hub's other files would add to.
  let hub: OwnTestHub;
  /** The services' log lines, as an operator would ship them to a log store. */
  let shipped = '';
  let stdout: jest.SpyInstance;

  beforeAll(async () => {
    const write = process.stdout.write.bind(process.stdout);
    stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      const text = chunk.toString();
      if (text.startsWith('{')) shipped += text;
      else write(text);
      return true;
    });
    hub = await startTestHub(target, { env: { LOG_LEVEL: 'info', AUDIT_CHECKPOINT_EVERY: '4', AUDIT_KEYS } });
    await writeUnkeyedEntries();
  }, HUB_START_TIMEOUT_MS);
  afterAll(async () => {
    await hub?.stop();
    stdout?.mockRestore();
  });

  const manager = () => hub.subgraphs[department].database.dataSource.manager;
  const records = () => manager().getRepository(AuditRecord);
  /** `npm run audit:verify`'s check of civil affairs, with the shipped checkpoints when asked. */
  const verifyAsScript = (exported?: AuditCheckpoint[]) =>
    verifyAuditChain(manager(), { department, keyring: signer.audit.keyring, exported });
  const verifyAsAuditor = async () => expectData(await hub.query(VERIFY, {}, 'auditor')).civilAffairsAuditVerification;

  async function writeUnkeyedEntries(): Promise<void> {
    let previousHash = '0'.repeat(64);
    for (let sequence = 1; sequence <= UNKEYED_ENTRIES; sequence++) {
      const unhashed = {
        sequence,
        recordedAt: new Date(Date.UTC(2026, 0, 5, 9, sequence)).toISOString(),
        callerId: 'health-system',
        callerRole: 'department-system',
        callerDepartment: 'health',
        operation: 'ElderNamesBeforeTheKey',
        kind: AuditKind.READ,
        personKeys: [],
        recordIds: [],
        fields: ['Elder.name'],
        requestId: `before-the-key-${sequence}`,
        previousHash,
        keyId: null,
      };
      previousHash = plainChainValue(unhashed);
      await records().insert({ ...unhashed, hash: previousHash });
    }
    await manager().update(AuditChainHead, { id: 1 }, { sequence: UNKEYED_ENTRIES, hash: previousHash });
  }

  /** Writes `count` entries of this test's own (elder registrations); their sequences. */
  async function newEntries(count: number): Promise<number[]> {
    for (let i = 0; i < count; i++) await anElder(hub).named('审计测试').register();
    const last = await records().find({ order: { sequence: 'DESC' }, take: count });
    return last.map((record) => record.sequence).reverse();
  }

  /** Rows from a sequence on, the head and the checkpoints, to put back after an attack. */
  async function snapshot(from: number) {
    const rows = await records().find({ where: { sequence: MoreThanOrEqual(from) }, order: { sequence: 'ASC' } });
    const head = await manager().findOneByOrFail(AuditChainHead, { id: 1 });
    const checkpoints = await manager().find(AuditCheckpointRow);
    return async () => {
      await records().delete({ sequence: MoreThanOrEqual(from) });
      await records().insert(rows);
      await manager().delete(AuditCheckpointRow, { sequence: MoreThanOrEqual(0) });
      if (checkpoints.length) await manager().insert(AuditCheckpointRow, checkpoints);
      await manager().update(AuditChainHead, { id: 1 }, { sequence: head.sequence, hash: head.hash });
      expect(await verifyAsScript(checkpointsInLog(shipped))).toMatchObject({ valid: true });
    };
  }

  /** A checkpoint of the head as it is now, signed by the service's timer (or by the entry that completed one). */
  async function checkpointOfHead(): Promise<AuditCheckpoint> {
    await checkpointIfMoved(hub.subgraphs[department].database.dataSource, signer, hub.subgraphs[department].log);
    return (await storedCheckpoints(manager(), department)).at(-1)!;
  }

  it('verifies an untouched chain: entries from before the key as a plain chain, the rest by HMAC, every checkpoint', async () => {
    const [, , , last] = await newEntries(4);
    const checkpoint = await checkpointOfHead();
    expect(checkpoint.sequence).toBe(last);
    // Checkpoints every 4 entries and by the timer, each in the database and in the log.
    const shippedCheckpoints = checkpointsInLog(shipped);
    expect(shippedCheckpoints).toEqual(await storedCheckpoints(manager(), department));
    expect(shippedCheckpoints.length).toBeGreaterThanOrEqual(2);
    expect(
      await checkpointIfMoved(hub.subgraphs[department].database.dataSource, signer, hub.subgraphs[department].log),
    ).toBeNull();

    const expected = {
      valid: true,
      checked: last,
      brokenAt: null,
      problem: null,
      keyedFrom: UNKEYED_ENTRIES + 1,
      checkpoints: shippedCheckpoints.length,
    };
    expect(await verifyAsScript(shippedCheckpoints)).toEqual(expected);
    expect(await verifyAsAuditor()).toEqual(expected);
    expect(shippedCheckpoints.every((checkpoint) => checkpoint.keyId === '2026b')).toBe(true);
    // The key signs what the log carries; it is never in it.
    expect(shipped).not.toContain(AUDIT_KEY);
  });

  it('reports an edited entry whose later entries and head were recomputed with plain SHA-256, and where', async () => {
    const [edited, , last] = await newEntries(3);
    const restore = await snapshot(edited);
    for (const withoutKeyIds of [false, true]) {
      // The attack: edit an entry, then recompute it and every later one, and the head, as the old code did.
      const rows = await records().find({ where: { sequence: MoreThanOrEqual(edited) }, order: { sequence: 'ASC' } });
      let previousHash = rows[0].previousHash;
      for (const row of rows) {
        if (row.sequence === edited) row.callerId = 'someone-else';
        if (withoutKeyIds) row.keyId = null;
        row.previousHash = previousHash;
        row.hash = previousHash = plainChainValue(row);
        await records().update({ sequence: row.sequence }, row);
      }
      await manager().update(AuditChainHead, { id: 1 }, { sequence: last, hash: previousHash });

      const problem = withoutKeyIds
        ? `entry ${edited} carries no audit key although the chain is keyed from entry ${UNKEYED_ENTRIES + 1}: it was rewritten without the key`
        : `entry ${edited} was altered`;
      expect(await verifyAsScript()).toMatchObject({ valid: false, checked: edited - 1, brokenAt: edited, problem });
      expect(await verifyAsAuditor()).toMatchObject({ valid: false, brokenAt: edited, problem });
    }
    await restore();
  });

  it('reports an entry from before the key that was edited and rechained, at the first keyed entry', async () => {
    const restore = await snapshot(1);
    const rows = await records().find({ order: { sequence: 'ASC' }, take: UNKEYED_ENTRIES });
    let previousHash = '0'.repeat(64);
    for (const row of rows) {
      if (row.sequence === 2) row.callerId = 'someone-else';
      row.previousHash = previousHash;
      row.hash = previousHash = plainChainValue(row);
      await records().update({ sequence: row.sequence }, row);
    }
    expect(await verifyAsScript()).toMatchObject({
      valid: false,
      brokenAt: UNKEYED_ENTRIES + 1,
      problem: `entry ${UNKEYED_ENTRIES + 1} does not link to entry ${UNKEYED_ENTRIES}`,
    });
    await restore();
  });

  it('finds a deleted checkpoint when given the shipped checkpoints', async () => {
    await newEntries(1);
    const checkpoint = await checkpointOfHead();
    const restore = await snapshot(checkpoint.sequence);
    await manager().delete(AuditCheckpointRow, { sequence: checkpoint.sequence });

    // Without a copy from outside the database, a deleted checkpoint leaves nothing to find.
    expect(await verifyAsScript()).toMatchObject({ valid: true });
    expect(await verifyAsScript(checkpointsInLog(shipped))).toMatchObject({
      valid: false,
      brokenAt: checkpoint.sequence,
      problem: `the checkpoint of entry ${checkpoint.sequence} is in the exported list but missing from the database: it was deleted`,
    });
    await restore();
  });

  it('finds entries removed after a checkpoint, with the checkpoint and the head removed too, when given the shipped checkpoints', async () => {
    await newEntries(2);
    const checkpoint = await checkpointOfHead();
    await newEntries(1);
    const keptUpTo = checkpoint.sequence - 2;
    const restore = await snapshot(keptUpTo + 1);
    // The attack: the last entries, every checkpoint that covers them, and the head moved back.
    const kept = await records().findOneByOrFail({ sequence: keptUpTo });
    await records().delete({ sequence: MoreThanOrEqual(keptUpTo + 1) });
    await manager().delete(AuditCheckpointRow, { sequence: MoreThanOrEqual(keptUpTo + 1) });
    await manager().update(AuditChainHead, { id: 1 }, { sequence: keptUpTo, hash: kept.hash });

    expect(await verifyAsScript()).toMatchObject({ valid: true, checked: keptUpTo });
    const shippedCheckpoints = checkpointsInLog(shipped);
    // The first shipped checkpoint past what is left: the timer's, or one an entry completed before it.
    const covering = Math.min(
      ...shippedCheckpoints
        .map((shippedCheckpoint) => shippedCheckpoint.sequence)
        .filter((sequence) => sequence > keptUpTo),
    );
    expect(covering).toBeLessThanOrEqual(checkpoint.sequence);
    expect(await verifyAsScript(shippedCheckpoints)).toMatchObject({
      valid: false,
      checked: keptUpTo,
      brokenAt: keptUpTo + 1,
      problem: `entries after ${keptUpTo} were removed: a signed checkpoint covers entry ${covering}`,
    });
    await restore();
  });
});
