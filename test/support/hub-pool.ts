import { type DatabaseTarget, type HubHandle, launchHub, type LaunchedHub } from './hub-launch';

/**
 * The kinds of hub a jest worker shares between its test files:
 * - `seeded`: a synthetic city of {@link SEEDED_ELDERS} elders with everything that goes with them,
 *   for tests that read the seed and change nothing;
 * - `blank`: reference data only, for tests that build the records they need with unique keys
 *   (test/support/builders) and assert only on those records.
 * A test that asserts totals over a whole area or table, or changes what others read, starts a hub of its own.
 */
export type SharedHubKind = 'seeded' | 'blank';
export const SEEDED_ELDERS = 3000;

/**
 * How long a process keeps its hubs after a test file finishes, waiting for the next file to claim
 * them; short, because jest run in band warns when the process lingers a second after the last file.
 */
const IDLE_MS = 500;

/** jest-worker's message asking a worker to end (its protocol's CHILD_MESSAGE_END); it kills the worker 500 ms later. */
const JEST_WORKER_END = 2;

/**
 * One per jest worker process (it lives in the test environment's module, outside the test files'
 * realms): starts each kind of hub on first use, and ends them when jest ends the worker or, run in
 * band, once no test file has used them for {@link IDLE_MS}.
 */
export class HubPool {
  private readonly hubs = new Map<string, Promise<LaunchedHub>>();
  private readonly launched: LaunchedHub[] = [];
  private users = 0;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor() {
    const onMessage = (message: unknown) => {
      if (!Array.isArray(message) || message[0] !== JEST_WORKER_END) return;
      // Stopping hubs gracefully takes longer than jest waits before killing the worker (and
      // reporting a leak): every test is done, so the worker exits at once, its hubs with it; their
      // MySQL databases are dropped by the integration project's global teardown.
      for (const hub of this.launched) hub.discard();
      process.exit(0);
    };
    if (process.send) process.on('message', onMessage);
  }

  async acquire(target: DatabaseTarget, kind: SharedHubKind): Promise<HubHandle> {
    const key = `${target}/${kind}`;
    let entry = this.hubs.get(key);
    if (!entry) {
      entry = this.launch(target, kind);
      this.hubs.set(key, entry);
      entry.catch(() => this.hubs.delete(key));
    }
    return (await entry).handle;
  }

  /** A test file begins: its hubs must not be stopped under it. */
  claim(): void {
    this.users++;
    clearTimeout(this.idleTimer);
  }

  /** A test file ends: stop every hub if no other file claims them soon. */
  release(): void {
    this.users--;
    if (this.users > 0) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.stopAll(), IDLE_MS);
    // Waiting must not keep a worker alive that jest is ending; the hubs' own sockets do until they stop.
    this.idleTimer.unref();
  }

  async stopAll(): Promise<void> {
    const entries = [...this.hubs.values()];
    this.hubs.clear();
    this.launched.length = 0;
    const results = await Promise.allSettled(entries.map(async (entry) => (await entry).stop()));
    for (const result of results)
      if (result.status === 'rejected') console.error('stopping a shared test hub failed', result.reason);
  }

  private async launch(target: DatabaseTarget, kind: SharedHubKind): Promise<LaunchedHub> {
    const launched = await launchHub(target, { name: kind, seedElders: kind === 'seeded' ? SEEDED_ELDERS : 0 });
    this.launched.push(launched);
    return launched;
  }
}
