import { Worker } from 'node:worker_threads';
import type { Logger } from '../logging/logger';

/** How often each file's WAL is copied into it. */
export const WAL_CHECKPOINT_EVERY_MS = 1000;

/**
 * The service's own automatic checkpoint, left as a backstop should the checkpointer fall behind or
 * stop: at 10,000 pages (40 MB) of WAL rather than SQLite's 1,000.
 */
export const BACKSTOP_AUTOCHECKPOINT_PAGES = 10_000;

/** What `PRAGMA wal_checkpoint` reports: whether it was held up, the WAL's frames, and how many of them are in the file. */
export interface WalCheckpoint {
  busy: number;
  log: number;
  checkpointed: number;
}

type FromWorker = { id: number } & ({ checkpoint: WalCheckpoint } | { error: string } | { closed: true });
type ToWorker = { id: number } & ({ open: string } | { close: true });

/**
 * The checkpointer's thread: a connection of its own to each file it is given, a PASSIVE checkpoint
 * of each on a timer (it waits for no reader or writer, so the services' commits never wait for it).
 * Source rather than a file of its own, so it runs the same from the build and under the tests' TypeScript.
 */
const CHECKPOINTER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const databases = new Map();
const failed = (id, error) => parentPort.postMessage({ id, error: String((error && error.message) || error) });
setInterval(() => {
  for (const [id, database] of databases) {
    try {
      parentPort.postMessage({ id, checkpoint: database.pragma('wal_checkpoint(PASSIVE)')[0] });
    } catch (error) {
      failed(id, error);
    }
  }
}, workerData.everyMs);
parentPort.on('message', ({ id, open, close }) => {
  if (open) {
    try {
      databases.set(id, new Database(open, { fileMustExist: true }));
    } catch (error) {
      failed(id, error);
    }
  }
  if (close) {
    databases.get(id)?.close();
    databases.delete(id);
    parentPort.postMessage({ id, closed: true });
  }
});
`;

interface Registration {
  file: string;
  log: Logger;
  failing: boolean;
  waiting: Array<(checkpoint: WalCheckpoint) => void>;
  /** Waiting for the thread to close its connection to the file. */
  closing: Array<() => void>;
}

/** One thread for every embedded file of the process (the embedded hub runs all six departments in one): a thread is some 10 MB. */
type Thread = { worker: Worker; registrations: Map<number, Registration>; exited: boolean };
let shared: Thread | undefined;
let nextId = 1;

function checkpointerThread(): Thread {
  if (shared) return shared;
  const worker = new Worker(CHECKPOINTER_SOURCE, {
    eval: true,
    workerData: { everyMs: WAL_CHECKPOINT_EVERY_MS, driver: require.resolve('better-sqlite3') },
  });
  // A service that never stops its checkpointer still exits.
  worker.unref();
  const registrations = new Map<number, Registration>();
  const thread = { worker, registrations, exited: false };
  worker.on('message', (message: FromWorker) => {
    const registration = registrations.get(message.id);
    if (!registration) return;
    if ('closed' in message) return registration.closing.splice(0).forEach((resolve) => resolve());
    if ('error' in message) {
      // Logged when it starts failing and when it recovers, not every second in between.
      if (!registration.failing)
        registration.log.warn('WAL checkpoints failing; the backstop checkpoint takes over', { error: message.error });
      registration.failing = true;
      return;
    }
    if (registration.failing) registration.log.info('WAL checkpoints resumed');
    registration.failing = false;
    for (const resolve of registration.waiting.splice(0)) resolve(message.checkpoint);
  });
  worker.on('error', (error) => {
    for (const { log } of registrations.values())
      log.error('WAL checkpointer stopped; the backstop checkpoint takes over', { error: error.message });
  });
  worker.once('exit', () => {
    thread.exited = true;
    if (shared === thread) shared = undefined;
    for (const registration of registrations.values()) registration.closing.splice(0).forEach((resolve) => resolve());
  });
  shared = thread;
  return thread;
}

export interface WalCheckpointer {
  /** Resolves with the next checkpoint's report (tests). */
  next(): Promise<WalCheckpoint>;
  /** Closes the checkpointer's connection to the file; before the service's own closes, which then checkpoints what is left. */
  stop(): Promise<void>;
}

/**
 * Checkpoints an embedded department's WAL on a thread beside the service. SQLite's automatic
 * checkpoint runs inside the commit that crosses 1,000 pages of WAL, on the service's only thread:
 * copying the pages into the file and two disk flushes, charged to whichever request's audit entry
 * or write happened to commit then (a 1,000-person audit entry's commit: 5.1 ms mean, 19 ms p95 with
 * them; 2.5–2.8 ms and 2–3 ms without). Here the copy and the flushes run once a second for all of
 * that second's commits at once (a page written by several of them is copied once). `connection` is
 * the service's own, whose automatic checkpoint is pushed back to the backstop.
 */
export async function startWalCheckpointer(
  file: string,
  connection: { query(sql: string): Promise<unknown> },
  log: Logger,
): Promise<WalCheckpointer> {
  const thread = checkpointerThread();
  const id = nextId++;
  const registration: Registration = { file, log, failing: false, waiting: [], closing: [] };
  thread.registrations.set(id, registration);
  thread.worker.postMessage({ id, open: file } satisfies ToWorker);
  await connection.query(`PRAGMA wal_autocheckpoint = ${BACKSTOP_AUTOCHECKPOINT_PAGES}`);
  let stopped: Promise<void> | undefined;
  return {
    next: () => new Promise((resolve) => registration.waiting.push(resolve)),
    stop() {
      stopped ??= closeConnection(thread, id).then(async () => {
        thread.registrations.delete(id);
        // The last file closed: the thread goes too, and the next service to start makes a new one.
        if (!thread.registrations.size) {
          if (shared === thread) shared = undefined;
          await thread.worker.terminate();
        }
      });
      return stopped;
    },
  };
}

/**
 * Lets go of `file` until the returned function is called: taking the journal out of WAL mode, as a
 * bulk load into a fresh file does, needs the file to the service's connection alone.
 */
export async function releaseWalCheckpoints(file: string): Promise<() => void> {
  const thread = shared;
  if (!thread) return () => {};
  const ids = [...thread.registrations].filter(([, registration]) => registration.file === file).map(([id]) => id);
  await Promise.all(ids.map((id) => closeConnection(thread, id)));
  return () => {
    for (const id of ids)
      if (!thread.exited && thread.registrations.has(id))
        thread.worker.postMessage({ id, open: file } satisfies ToWorker);
  };
}

/** Resolves once the thread has closed its connection for `id` (at once if the thread is gone). */
function closeConnection(thread: Thread, id: number): Promise<void> {
  return new Promise((resolve) => {
    const registration = thread.registrations.get(id);
    if (thread.exited || !registration) return resolve();
    registration.closing.push(resolve);
    thread.worker.postMessage({ id, close: true } satisfies ToWorker);
  });
}
