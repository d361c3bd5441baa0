import { setTimeout as delay } from 'node:timers/promises';

/** How many times a transaction MySQL chose as a deadlock's victim is run in all. */
export const DEADLOCK_ATTEMPTS = 4;

/** Whether MySQL ended the statement's transaction to break a deadlock (the whole transaction is rolled back). */
export function isDeadlock(error: unknown): boolean {
  const driver = (error as { driverError?: { code?: string } } | null)?.driverError ?? error;
  return (driver as { code?: string } | null)?.code === 'ER_LOCK_DEADLOCK';
}

/**
 * Runs a transaction again when MySQL rolls it back to break a deadlock, as its manual prescribes:
 * two writes that lock shared rows in opposite orders (two bulk loads whose elders share tally rows)
 * are both correct, and one of them is the victim. Each attempt starts from nothing — the database
 * rolled the last one back whole — after a short random pause, so the two do not meet again in step.
 */
export async function retryingDeadlocks<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!isDeadlock(error) || attempt >= DEADLOCK_ATTEMPTS) throw error;
      await delay(Math.round(Math.random() * 20 * attempt));
    }
  }
}
