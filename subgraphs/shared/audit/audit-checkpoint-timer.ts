import type { DataSource } from 'typeorm';
import type { AuditConfig } from '../config/audit-config';
import { transaction } from '../db/transaction';
import type { Department } from '../departments';
import type { Logger } from '../logging/logger';
import { lockAuditHead } from './audit-chain';
import { type AuditCheckpoint, logCheckpoint, writeCheckpoint } from './audit-checkpoint';
import { AuditCheckpointRow } from './audit-record.entity';

/**
 * Signs a checkpoint of the head if it moved since the last checkpoint, so a quiet period after a few
 * entries does not leave them uncovered until the next `checkpointEvery`-th entry. Under the head's
 * lock, so services sharing the database (scaled out) never checkpoint one head twice.
 */
export async function checkpointIfMoved(
  dataSource: DataSource,
  signer: { department: Department; audit: AuditConfig },
  log: Logger,
): Promise<AuditCheckpoint | null> {
  const checkpoint = await transaction(dataSource, async (manager) => {
    const head = await lockAuditHead(manager);
    const [latest] = await manager.find(AuditCheckpointRow, { order: { sequence: 'DESC' }, take: 1 });
    if (head.sequence === 0 || (latest && latest.sequence >= head.sequence)) return null;
    return writeCheckpoint(manager, signer, head);
  });
  if (checkpoint) logCheckpoint(log, checkpoint);
  return checkpoint;
}

/** Runs {@link checkpointIfMoved} every `checkpointSeconds` (unless 0); `stop` waits for a run under way. */
export function startCheckpointTimer(
  dataSource: DataSource,
  signer: { department: Department; audit: AuditConfig },
  log: Logger,
): { stop(): Promise<void> } {
  const seconds = signer.audit.checkpointSeconds;
  if (seconds === 0) return { stop: () => Promise.resolve() };
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = checkpointIfMoved(dataSource, signer, log).catch((error: unknown) =>
      log.error('audit checkpoint could not be written', { error }),
    );
  }, seconds * 1000);
  // The timer alone must not keep a process alive that has nothing else to do.
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
