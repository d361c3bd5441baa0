import { createHmac } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AuditConfig, AuditKeyring } from '../config/audit-config';
import type { Department } from '../departments';
import type { Logger } from '../logging/logger';
import { AuditCheckpointRow } from './audit-record.entity';

/**
 * A signed statement "the head of this department's chain was this value at this sequence", as the
 * database keeps it and as the service log carries it (the copy operators ship out of the database).
 */
export interface AuditCheckpoint {
  department: Department;
  sequence: number;
  headHash: string;
  recordedAt: string;
  keyId: string;
  signature: string;
}

/** What an append or a timed checkpoint needs to sign: whose chain, and with which keys. */
export type AuditSigner = { department: Department; audit: Pick<AuditConfig, 'keyring' | 'checkpointEvery'> };

/** The message of a checkpoint's log line, by which the verifier finds checkpoints in a file of log lines. */
export const CHECKPOINT_LOG_MESSAGE = 'audit checkpoint';

/** HMAC-SHA-256 in hex; the label keeps an entry's value and a checkpoint's signature from ever standing in for each other. */
export function auditHmac(key: string, label: 'audit-entry' | 'audit-checkpoint', content: string): string {
  return createHmac('sha256', key).update(`${label}\n${content}`).digest('hex');
}

function signatureOf(checkpoint: Omit<AuditCheckpoint, 'signature'>, key: string): string {
  const { department, sequence, headHash, recordedAt, keyId } = checkpoint;
  return auditHmac(key, 'audit-checkpoint', JSON.stringify([department, sequence, headHash, recordedAt, keyId]));
}

/** Signs the head's value at a sequence with the keyring's signing key. */
export function signCheckpoint(
  department: Department,
  head: { sequence: number; hash: string },
  keyring: AuditKeyring,
  recordedAt = new Date().toISOString(),
): AuditCheckpoint {
  const unsigned = {
    department,
    sequence: head.sequence,
    headHash: head.hash,
    recordedAt,
    keyId: keyring.signingKeyId,
  };
  return { ...unsigned, signature: signatureOf(unsigned, keyring.keys.get(keyring.signingKeyId)!) };
}

/** True when a key of the keyring signed exactly this checkpoint. */
export function checkpointSigned(checkpoint: AuditCheckpoint, keyring: AuditKeyring): boolean {
  const key = keyring.keys.get(checkpoint.keyId);
  return key !== undefined && signatureOf(checkpoint, key) === checkpoint.signature;
}

/** Signs the head and stores the checkpoint, in the caller's transaction (which holds the head's lock). */
export async function writeCheckpoint(
  manager: EntityManager,
  signer: AuditSigner,
  head: { sequence: number; hash: string },
): Promise<AuditCheckpoint> {
  const checkpoint = signCheckpoint(signer.department, head, signer.audit.keyring);
  await storeCheckpoints(manager, [checkpoint]);
  return checkpoint;
}

/** Stores signed checkpoints in one INSERT, in the caller's transaction (which holds the head's lock). */
export async function storeCheckpoints(manager: EntityManager, checkpoints: AuditCheckpoint[]): Promise<void> {
  await manager.insert(
    AuditCheckpointRow,
    checkpoints.map(({ department: _, ...row }) => row),
  );
}

/** The checkpoints a department's database holds, oldest first. */
export async function storedCheckpoints(manager: EntityManager, department: Department): Promise<AuditCheckpoint[]> {
  const rows = await manager.find(AuditCheckpointRow, { order: { sequence: 'ASC' } });
  return rows.map((row) => ({ department, ...row }));
}

/**
 * Writes a committed checkpoint to the service log: the copy outside the database. Only after the
 * commit, so the log never holds a checkpoint the database rolled back.
 */
export function logCheckpoint(log: Logger, checkpoint: AuditCheckpoint): void {
  log.info(CHECKPOINT_LOG_MESSAGE, { checkpoint });
}

/**
 * The checkpoints in a file of log lines (JSON lines, each perhaps behind a prefix such as a
 * container's name): every line whose message is {@link CHECKPOINT_LOG_MESSAGE}; other lines are
 * skipped. A checkpoint line that is not well formed is an error, not a line to skip.
 */
export function checkpointsInLog(text: string): AuditCheckpoint[] {
  const checkpoints: AuditCheckpoint[] = [];
  text.split('\n').forEach((line, index) => {
    const start = line.indexOf('{');
    if (start < 0 || !line.includes(CHECKPOINT_LOG_MESSAGE)) return;
    let parsed: { message?: unknown; checkpoint?: unknown };
    try {
      parsed = JSON.parse(line.slice(start)) as typeof parsed;
    } catch {
      return;
    }
    if (parsed.message !== CHECKPOINT_LOG_MESSAGE) return;
    if (!isCheckpoint(parsed.checkpoint))
      throw new Error(`line ${index + 1}: an audit checkpoint line without a well-formed checkpoint`);
    checkpoints.push(parsed.checkpoint);
  });
  return checkpoints;
}

function isCheckpoint(value: unknown): value is AuditCheckpoint {
  const checkpoint = value as Partial<Record<keyof AuditCheckpoint, unknown>> | null;
  return (
    typeof checkpoint === 'object' &&
    checkpoint !== null &&
    typeof checkpoint.department === 'string' &&
    Number.isInteger(checkpoint.sequence) &&
    (['headHash', 'recordedAt', 'keyId', 'signature'] as const).every((field) => typeof checkpoint[field] === 'string')
  );
}
