import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Logger } from '../logging/logger';

/** Seconds between progress lines. */
const REPORT_EVERY_MS = 5000;

/** Counts a department's seeded elders and logs how far it is every few seconds, and at the end. */
export function seedingProgress(log: Logger, of: number): { add(count: number): Promise<void> } {
  let done = 0;
  let reported = Date.now();
  return {
    async add(count) {
      done += count;
      if (Date.now() - reported < REPORT_EVERY_MS && done < of) return;
      log.info('seeding elders', { done, of });
      reported = Date.now();
      // In a worker thread a log line reaches the terminal through the thread's event loop, which a
      // seeding on the synchronous embedded driver never yields to: without this turn the lines came out
      // together at the end.
      await nextTurn();
    },
  };
}
