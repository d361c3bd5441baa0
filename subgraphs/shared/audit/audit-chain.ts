import { createHash } from 'node:crypto';
import { type EntityManager, MoreThan } from 'typeorm';
import { rowLock } from '../db/row-lock';
import { insertInChunks } from '../seed/insert-in-chunks';
import type { AuditKind } from './audit-kind.enum';
import { AuditChainHead, AuditRecord, AuditSubject, OPERATION_WIDTH } from './audit-record.entity';

export const GENESIS_HASH = '0'.repeat(64);
const HEAD_ID = 1;

export interface AuditEntry {
  callerId: string;
  callerRole: string;
  callerDepartment: string | null;
  operation: string;
  kind: AuditKind;
  personKeys: string[];
  recordIds: string[];
  fields: string[];
  requestId: string;
}

/**
 * The operation name as an entry stores it: whole when it fits the column, otherwise cut and ended
 * with the SHA-256 of the whole name, so any name a request may carry is audited and still matches it.
 */
export function storedOperationName(name: string): string {
  if (name.length <= OPERATION_WIDTH) return name;
  const digest = createHash('sha256').update(name).digest('hex');
  return `${name.slice(0, OPERATION_WIDTH - digest.length - 1)}…${digest}`;
}

/** The hash of an entry: over the previous hash and every stored field, in a fixed order. */
export function auditHash(record: Omit<AuditRecord, 'hash'>): string {
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

/** Creates the chain's head row once, at start-up, so appends only ever update it. */
export async function ensureAuditHead(manager: EntityManager): Promise<void> {
  const heads = manager.getRepository(AuditChainHead);
  if (!(await heads.existsBy({ id: HEAD_ID }))) await heads.insert({ id: HEAD_ID, sequence: 0, hash: GENESIS_HASH });
}

/** Appends an entry inside the caller's transaction; the head row's lock orders concurrent appends. */
export async function appendAudit(manager: EntityManager, entry: AuditEntry): Promise<AuditRecord> {
  const heads = manager.getRepository(AuditChainHead);
  const head = await heads.findOneOrFail({ where: { id: HEAD_ID }, ...rowLock(manager) });
  const unhashed = {
    ...entry,
    operation: storedOperationName(entry.operation),
    sequence: head.sequence + 1,
    recordedAt: new Date().toISOString(),
    previousHash: head.hash,
  };
  const record = Object.assign(new AuditRecord(), unhashed, { hash: auditHash(unhashed) });
  await manager.insert(AuditRecord, record);
  // Large chunks: two parameters a row, and one statement for any page of persons (at most MAX_PAGE_SIZE).
  await insertInChunks(
    manager,
    AuditSubject,
    entry.personKeys.map((personKey) => ({ sequence: record.sequence, personKey })),
    10_000,
  );
  await heads.update({ id: HEAD_ID }, { sequence: record.sequence, hash: record.hash });
  return record;
}

export interface ChainCheck {
  valid: boolean;
  checked: number;
  brokenAt: number | null;
  problem: string | null;
}

const CHUNK = 1000;

/** Recomputes the whole chain: every hash, every link, no gap, and the head agreeing with the last entry. */
export async function verifyAuditChain(manager: EntityManager): Promise<ChainCheck> {
  const broken = (checked: number, brokenAt: number, problem: string): ChainCheck => ({
    valid: false,
    checked,
    brokenAt,
    problem,
  });
  let previous = { sequence: 0, hash: GENESIS_HASH };
  for (;;) {
    const records = await manager
      .getRepository(AuditRecord)
      .find({ where: { sequence: MoreThan(previous.sequence) }, order: { sequence: 'ASC' }, take: CHUNK });
    for (const record of records) {
      if (record.sequence !== previous.sequence + 1)
        return broken(previous.sequence, previous.sequence + 1, `entry ${previous.sequence + 1} is missing`);
      if (record.previousHash !== previous.hash)
        return broken(
          previous.sequence,
          record.sequence,
          `entry ${record.sequence} does not link to entry ${previous.sequence}`,
        );
      if (auditHash(record) !== record.hash)
        return broken(previous.sequence, record.sequence, `entry ${record.sequence} was altered`);
      previous = record;
    }
    if (records.length < CHUNK) break;
  }
  const head = await manager.findOneBy(AuditChainHead, { id: HEAD_ID });
  if (head && (head.sequence !== previous.sequence || head.hash !== previous.hash)) {
    return broken(previous.sequence, previous.sequence + 1, `entries after ${previous.sequence} were removed`);
  }
  return { valid: true, checked: previous.sequence, brokenAt: null, problem: null };
}
