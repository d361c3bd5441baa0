import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';
import { IDEMPOTENCY_KEY_TTL_MS } from './idempotency-key';
import { IdempotencyRecord } from './idempotency-record.entity';
import { encodeResult } from './stored-result';

/** The scope a key protects: one caller's one key for one mutation. */
export interface KeyScope {
  callerId: string;
  idempotencyKey: string;
  mutation: string;
}

/** A mutation run with a key: the key to claim in its write's transaction, or the stored result being replayed. */
export type IdempotentRun =
  { kind: 'first'; scope: KeyScope; fingerprint: string; lapsedRecord: boolean } | { kind: 'replay' };

const runs = new AsyncLocalStorage<IdempotentRun>();

export function withIdempotentRun<T>(run: IdempotentRun, work: () => T): T {
  return runs.run(run, work);
}

/** Whether the write being audited is a replay of a stored result (its audit entry says so). */
export function isReplay(): boolean {
  return runs.getStore()?.kind === 'replay';
}

/** Another request with the same key claimed it first; the mutation answers with that request's result. */
export class KeyClaimedConcurrently extends Error {
  constructor() {
    super('idempotency key claimed by a concurrent request');
  }
}

/**
 * Runs a mutation's write, inside its transaction, under its key: claims the key before the write
 * (a concurrent duplicate waits on the claimed row on MySQL, and is queued behind it on the
 * embedded database) and stores the result after it, both committed with the write or not at all.
 * Without a key, or when replaying, it just runs the write.
 */
export async function idempotentWrite<T>(manager: EntityManager, work: (manager: EntityManager) => Promise<T>) {
  const run = runs.getStore();
  if (run?.kind !== 'first') return work(manager);
  await claimKey(manager, run);
  const result = await work(manager);
  await manager.update(IdempotencyRecord, run.scope, {
    // Never null: every mutation answers a record or a list of them.
    result: encodeResult(result, manager.connection) as object,
  });
  return result;
}

/**
 * `INSERT IGNORE` rather than a plain insert: a duplicate is the expected outcome of a retry, not a
 * failed statement to log. A lapsed record of the same scope is taken over in place; 0 rows either
 * way means a concurrent request holds the key.
 */
async function claimKey(manager: EntityManager, run: Extract<IdempotentRun, { kind: 'first' }>): Promise<void> {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + IDEMPOTENCY_KEY_TTL_MS).toISOString();
  const { callerId, idempotencyKey, mutation } = run.scope;
  let claimed: number | undefined;
  if (run.lapsedRecord) {
    const update = await manager
      .createQueryBuilder()
      .update(IdempotencyRecord)
      .set({ fingerprint: run.fingerprint, result: () => 'NULL', expiresAt })
      .where({ callerId, idempotencyKey, mutation })
      .andWhere('expiresAt <= :now', { now: now.toISOString() })
      .execute();
    claimed = update.affected;
  } else {
    const ignore = manager.connection.options.type === 'better-sqlite3' ? 'OR IGNORE' : 'IGNORE';
    const insert = await manager.queryRunner!.query(
      `INSERT ${ignore} INTO \`idempotency_record\` (\`callerId\`, \`idempotencyKey\`, \`mutation\`, \`fingerprint\`, \`expiresAt\`) VALUES (?, ?, ?, ?, ?)`,
      [callerId, idempotencyKey, mutation, run.fingerprint, expiresAt],
      true,
    );
    claimed = insert.affected;
  }
  if (claimed !== 1) throw new KeyClaimedConcurrently();
}
