import { AsyncResource } from 'node:async_hooks';
import type { DataSource } from 'typeorm';
import { plainTransaction } from '../db/transaction';
import { appendAuditEntries, type AuditEntry } from './audit-chain';
import type { AuditCheckpoint, AuditSigner } from './audit-checkpoint';

interface Waiting {
  entry: AuditEntry;
  resolve(checkpoints: AuditCheckpoint[]): void;
  reject(error: unknown): void;
}

/** Entries one transaction takes at most, and their persons (but always one entry): a batch stays a few statements and well under a second. */
export const MAX_ENTRIES_PER_BATCH = 200;
const MAX_PERSONS_PER_BATCH = 100_000;

/**
 * Group commit of read-audit entries: the entries of requests that finish while a batch is being
 * written wait, and are written together in the next transaction — one durable commit (one fsync)
 * and the same few statements for all of them, instead of one transaction each queuing on the
 * chain's head. Each request still answers only once its own entry has committed; if the batch
 * fails, every request in it withholds its data.
 */
export class ReadAuditBatcher {
  private waiting: Waiting[] = [];
  private writing = false;
  /**
   * Batches run outside the request that happened to start them (bound where the batcher was made,
   * at start-up): they serve many requests, so one request's abandonment or trace is not theirs.
   */
  private readonly startWriting = AsyncResource.bind(() => void this.writeAll());

  constructor(
    private readonly dataSource: DataSource,
    private readonly signer: AuditSigner,
  ) {}

  /** Resolves, with the checkpoints that fell on the entry, once the entry has committed. */
  append(entry: AuditEntry): Promise<AuditCheckpoint[]> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ entry, resolve, reject });
      if (this.writing) return;
      this.writing = true;
      // After the current tick: requests finishing in the same turn of the event loop share a batch.
      setImmediate(this.startWriting);
    });
  }

  private async writeAll(): Promise<void> {
    while (this.waiting.length) {
      const batch = this.waiting.splice(0, this.nextBatchSize());
      try {
        const { records, checkpoints } = await plainTransaction(this.dataSource, (manager) =>
          appendAuditEntries(
            manager,
            batch.map((waiting) => waiting.entry),
            this.signer,
          ),
        );
        batch.forEach((waiting, index) =>
          waiting.resolve(checkpoints.filter((checkpoint) => checkpoint.sequence === records[index].sequence)),
        );
      } catch (error) {
        for (const waiting of batch) waiting.reject(error);
      }
    }
    this.writing = false;
  }

  private nextBatchSize(): number {
    let persons = 0;
    let size = 0;
    for (const { entry } of this.waiting.slice(0, MAX_ENTRIES_PER_BATCH)) {
      persons += entry.personKeys.length;
      if (size > 0 && persons > MAX_PERSONS_PER_BATCH) break;
      size++;
    }
    return size;
  }
}
