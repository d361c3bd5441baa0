import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Department } from '../departments';
import { rowLock } from '../db/row-lock';
import {
  type AuditCheckpoint,
  auditHmac,
  type AuditSigner,
  signCheckpoint,
  storeCheckpoints,
} from './audit-checkpoint';
import type { AuditKind } from './audit-kind.enum';
import { auditDay } from './audit-day';
import { AuditChainHead, AuditRecord, OPERATION_WIDTH } from './audit-record.entity';
import { auditStatements } from './audit-statements';

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

/** Every stored field of an entry but the chain values, in a fixed order. */
function contentOf(record: Omit<AuditRecord, 'hash' | 'previousHash'>): string {
  return JSON.stringify([
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
  ]);
}

/**
 * The chain value of an entry written before the chain was keyed: plain SHA-256 over the previous
 * value and the content, which anyone can recompute. Kept to verify those entries, never to write.
 */
export function unkeyedAuditHash(record: Omit<AuditRecord, 'hash'>): string {
  return createHash('sha256')
    .update(`${record.previousHash}\n${contentOf(record)}`)
    .digest('hex');
}

/**
 * The chain value of an entry: HMAC-SHA-256 with the audit key over the department (so no
 * department's entries pass for another's), the previous value, the content and the key's id.
 */
export function keyedAuditHash(record: Omit<AuditRecord, 'hash'>, department: Department, key: string): string {
  return auditHmac(
    key,
    'audit-entry',
    `${department}\n${record.previousHash}\n${record.keyId ?? ''}\n${contentOf(record)}`,
  );
}

/** The head of a chain: the last entry's sequence and chain value (0 and the genesis value before any). */
export interface ChainHead {
  sequence: number;
  hash: string;
}

/**
 * The head each database's chain had when this process last read or moved it. Only a guess: an
 * append checks it against the stored head in the statement that moves the head (below), so another
 * instance's appends, a rolled-back transaction or a hand edit cost one re-read, never a fork.
 */
const knownHeads = new WeakMap<object, ChainHead>();

/** Creates the chain's head row once, at start-up, so appends only ever update it; remembers the head. */
export async function ensureAuditHead(manager: EntityManager): Promise<void> {
  const heads = manager.getRepository(AuditChainHead);
  const head = await heads.findOneBy({ id: HEAD_ID });
  if (!head) await heads.insert({ id: HEAD_ID, sequence: 0, hash: GENESIS_HASH });
  knownHeads.set(
    manager.connection,
    head ? { sequence: head.sequence, hash: head.hash } : { sequence: 0, hash: GENESIS_HASH },
  );
}

/** Reads the head inside the caller's transaction and holds its lock until the transaction ends. */
export function lockAuditHead(manager: EntityManager): Promise<AuditChainHead> {
  return manager.getRepository(AuditChainHead).findOneOrFail({ where: { id: HEAD_ID }, ...rowLock(manager) });
}

/** Entries chained after `head` in memory, with the signed checkpoints that fall among them. */
function link(entries: AuditEntry[], head: ChainHead, signer: AuditSigner) {
  const { keyring, checkpointEvery } = signer.audit;
  const key = keyring.keys.get(keyring.signingKeyId)!;
  const records: AuditRecord[] = [];
  const checkpoints: AuditCheckpoint[] = [];
  let previous = head;
  for (const entry of entries) {
    const unhashed = {
      ...entry,
      operation: storedOperationName(entry.operation),
      sequence: previous.sequence + 1,
      recordedAt: new Date().toISOString(),
      previousHash: previous.hash,
      keyId: keyring.signingKeyId,
    };
    const record = Object.assign(new AuditRecord(), unhashed, {
      hash: keyedAuditHash(unhashed, signer.department, key),
    });
    records.push(record);
    previous = { sequence: record.sequence, hash: record.hash };
    if (record.sequence % checkpointEvery === 0) checkpoints.push(signCheckpoint(signer.department, previous, keyring));
  }
  return { records, checkpoints, head: previous };
}

/** Entries' rows per INSERT: few enough for SQLite's bound parameters, and a statement of a few megabytes. */
const RECORDS_PER_INSERT = 500;
const LIST_CHARACTERS_PER_INSERT = 4_000_000;
/** Persons' rows per INSERT (three parameters each, within SQLite's 32,766): one statement for any page of persons (at most MAX_PAGE_SIZE). */
const SUBJECTS_PER_INSERT = 8_000;

/** Records in multi-row INSERTs: one for any usual batch, more only for very many or very large entries. */
async function insertRecords(manager: EntityManager, records: AuditRecord[]): Promise<void> {
  let chunk: AuditRecord[] = [];
  let characters = 0;
  const flush = async () => {
    if (chunk.length) await auditStatements.insertRecords(manager, chunk);
    chunk = [];
    characters = 0;
  };
  for (const record of records) {
    const size = (record.personKeys.length + record.recordIds.length + record.fields.length) * 40;
    if (chunk.length && (chunk.length >= RECORDS_PER_INSERT || characters + size > LIST_CHARACTERS_PER_INSERT))
      await flush();
    chunk.push(record);
    characters += size;
  }
  await flush();
}

/** The rows naming each entry's persons, in multi-row INSERTs. */
async function insertSubjects(manager: EntityManager, records: AuditRecord[]): Promise<void> {
  const subjects = records.flatMap((record) => {
    const recordedDay = auditDay(record.recordedAt);
    return record.personKeys.map((personKey) => ({ recordedDay, personKey, sequence: record.sequence }));
  });
  for (let start = 0; start < subjects.length; start += SUBJECTS_PER_INSERT)
    await auditStatements.insertSubjects(manager, subjects.slice(start, start + SUBJECTS_PER_INSERT));
}

/**
 * Appends entries, in order, keyed with the signing key inside the caller's transaction: the chain
 * is linked in memory from the head this process knows, and the head is moved in the same statement
 * that checks it is still that head (taking its lock, so concurrent appends queue instead of forking
 * the chain); only if another writer moved it is it read again under its lock and the entries
 * linked anew. Then one multi-row INSERT for the entries, one for their persons, one for any
 * checkpoint among them (every `checkpointEvery`-th entry), returned for the caller to log once the
 * transaction has committed. So an append costs the same few statements for one entry or a hundred.
 */
export async function appendAuditEntries(
  manager: EntityManager,
  entries: AuditEntry[],
  signer: AuditSigner,
): Promise<{ records: AuditRecord[]; checkpoints: AuditCheckpoint[] }> {
  if (!entries.length) return { records: [], checkpoints: [] };
  const known = knownHeads.get(manager.connection);
  let linked = link(entries, known ?? (await lockAuditHead(manager)), signer);
  if (!known || !(await auditStatements.moveHeadIf(manager, HEAD_ID, known, linked.head))) {
    if (known) linked = link(entries, await lockAuditHead(manager), signer);
    await manager.update(AuditChainHead, { id: HEAD_ID }, linked.head);
  }
  // Remembered before the commit: a transaction after this one in this process finds the head moved by it once it commits, or re-reads it if it rolled back.
  knownHeads.set(manager.connection, linked.head);
  await insertRecords(manager, linked.records);
  await insertSubjects(manager, linked.records);
  if (linked.checkpoints.length) await storeCheckpoints(manager, linked.checkpoints);
  return { records: linked.records, checkpoints: linked.checkpoints };
}

/** Appends one entry (a write's, in the write's transaction): {@link appendAuditEntries} for one. */
export async function appendAudit(
  manager: EntityManager,
  entry: AuditEntry,
  signer: AuditSigner,
): Promise<{ record: AuditRecord; checkpoint: AuditCheckpoint | null }> {
  const { records, checkpoints } = await appendAuditEntries(manager, [entry], signer);
  return { record: records[0], checkpoint: checkpoints[0] ?? null };
}

/** The head as stored, for the verifier to compare with the chain's last entry. */
export function readAuditHead(manager: EntityManager): Promise<AuditChainHead | null> {
  return manager.findOneBy(AuditChainHead, { id: HEAD_ID });
}
