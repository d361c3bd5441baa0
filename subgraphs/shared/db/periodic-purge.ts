import type { Logger } from '../logging/logger';

const PURGE_EVERY_MS = 60 * 60 * 1000;

/**
 * Runs a purge of lapsed rows at start-up and then hourly, logging what it removed (`what`);
 * `stop` waits for a purge under way.
 */
export function startPeriodicPurge(purge: () => Promise<number>, what: string, log: Logger): { stop(): Promise<void> } {
  const run = () =>
    purge()
      .then((purged) => (purged ? log.info(`${what} purged`, { purged }) : undefined))
      .catch((error: unknown) => log.error(`${what} could not be purged`, { error }));
  let running: Promise<unknown> = run();
  const timer = setInterval(() => {
    running = run();
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
