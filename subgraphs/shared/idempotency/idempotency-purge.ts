import { LessThanOrEqual, type DataSource } from 'typeorm';
import { startPeriodicPurge } from '../db/periodic-purge';
import type { Logger } from '../logging/logger';
import { IdempotencyRecord } from './idempotency-record.entity';

/**
 * Deletes the records whose keys have lapsed. A lapsed record is already ignored by the mutations
 * (and taken over when its key is sent again), so this only keeps the table to about a day of writes.
 */
export async function purgeLapsedIdempotencyRecords(dataSource: DataSource, now = new Date()): Promise<number> {
  const { affected } = await dataSource.manager.delete(IdempotencyRecord, {
    expiresAt: LessThanOrEqual(now.toISOString()),
  });
  return affected ?? 0;
}

/** Purges at start-up and then hourly; `stop` waits for a purge under way. */
export function startIdempotencyPurge(dataSource: DataSource, log: Logger): { stop(): Promise<void> } {
  return startPeriodicPurge(() => purgeLapsedIdempotencyRecords(dataSource), 'lapsed idempotency records', log);
}
