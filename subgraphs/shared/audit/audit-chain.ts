import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Department } from '../departments';
import { rowLock } from '../db/row-lock';
import { insertInChunks } from '../seed/insert-in-chunks';
import { type AuditCheckpoint, auditHmac, type AuditSigner, writeCheckpoint } from './audit-checkpoint';
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

/** Creates the chain's head row once, at start-up, so appends only ever update it. */
export async function ensureAuditHead(manager: EntityManager): Promise<void> {
  const heads = manager.getRepository(AuditChainHead);
  if (!(await heads.existsBy({ id: HEAD_ID }))) await heads.insert({ id: HEAD_ID, sequence: 0, hash: GENESIS_HASH });
}

/** Reads the head inside the caller's transaction and holds its lock until the transaction ends. */
export function lockAuditHead(manager: EntityManager): Promise<AuditChainHead> {
  return manager.getRepository(AuditChainHead).findOneOrFail({ where: { id: HEAD_ID }, ...rowLock(manager) });
}

/**
 * Appends an entry keyed with the signing key inside the caller's transaction; the head row's lock
 * orders concurrent appends. Every `checkpointEvery`-th entry also gets a signed checkpoint, returned
 * for the caller to log once the transaction has committed.
 */
export async function appendAudit(
  manager: EntityManager,
  entry: AuditEntry,
  signer: AuditSigner,
): Promise<{ record: AuditRecord; checkpoint: AuditCheckpoint | null }> {
  const { keyring, checkpointEvery } = signer.audit;
  const head = await lockAuditHead(manager);
  const unhashed = {
    ...entry,
    operation: storedOperationName(entry.operation),
    sequence: head.sequence + 1,
    recordedAt: new Date().toISOString(),
    previousHash: head.hash,
    keyId: keyring.signingKeyId,
  };
  const hash = keyedAuditHash(unhashed, signer.department, keyring.keys.get(keyring.signingKeyId)!);
  const record = Object.assign(new AuditRecord(), unhashed, { hash });
  await manager.insert(AuditRecord, record);
  // Large chunks: two parameters a row, and one statement for any page of persons (at most MAX_PAGE_SIZE).
  await insertInChunks(
    manager,
    AuditSubject,
    entry.personKeys.map((personKey) => ({ sequence: record.sequence, personKey })),
    10_000,
  );
  await manager.update(AuditChainHead, { id: HEAD_ID }, { sequence: record.sequence, hash });
  const checkpoint =
    record.sequence % checkpointEvery === 0
      ? await writeCheckpoint(manager, signer, { sequence: record.sequence, hash })
      : null;
  return { record, checkpoint };
}

/** The head as stored, for the verifier to compare with the chain's last entry. */
export function readAuditHead(manager: EntityManager): Promise<AuditChainHead | null> {
  return manager.findOneBy(AuditChainHead, { id: HEAD_ID });
}
