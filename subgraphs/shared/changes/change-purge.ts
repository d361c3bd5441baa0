import type { DataSource } from 'typeorm';
import { startPeriodicPurge } from '../db/periodic-purge';
import type { Logger } from '../logging/logger';
import { ChangeRecord } from './change-record.entity';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes the change log's entries older than the retention period, except the newest: a cursor at
 * the end of a quiet department's feed stays valid. Entries are deleted from the oldest on
 * (`changedAt` grows with the sequence), so a cursor whose entry is gone is one that may have missed
 * changes: the feed refuses it (`CURSOR_EXPIRED`).
 */
export async function purgeExpiredChanges(
  dataSource: DataSource,
  retentionDays: number,
  now = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  const newest = await dataSource.manager
    .createQueryBuilder(ChangeRecord, 'change')
    .select('MAX(change.sequence)', 'sequence')
    .getRawOne<{ sequence: number | null }>();
  if (!newest?.sequence) return 0;
  const { affected } = await dataSource.manager
    .createQueryBuilder()
    .delete()
    .from(ChangeRecord)
    .where('changedAt < :cutoff AND sequence < :newest', { cutoff, newest: newest.sequence })
    .execute();
  return affected ?? 0;
}

/** Purges at start-up and then hourly; `stop` waits for a purge under way. */
export function startChangePurge(
  dataSource: DataSource,
  retentionDays: number,
  log: Logger,
): { stop(): Promise<void> } {
  return startPeriodicPurge(() => purgeExpiredChanges(dataSource, retentionDays), 'expired change-log entries', log);
}
