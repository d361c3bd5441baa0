import { LessThanOrEqual, type DataSource } from 'typeorm';
import type { Logger } from '../logging/logger';
import { IdempotencyRecord } from './idempotency-record.entity';

const PURGE_EVERY_MS = 60 * 60 * 1000;

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
  const purge = () =>
    purgeLapsedIdempotencyRecords(dataSource)
      .then((purged) => (purged ? log.info('lapsed idempotency records purged', { purged }) : undefined))
      .catch((error: unknown) => log.error('lapsed idempotency records could not be purged', { error }));
  let running: Promise<unknown> = purge();
  const timer = setInterval(() => {
    running = purge();
  }, PURGE_EVERY_MS);
  // The timer alone must not keep a process alive that has nothing else to do.
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
