import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type HubOptions, type RunningHub, startHub } from '../../scripts/start-hub';
import { DEPARTMENT_NAMES, DEPARTMENTS, type Department } from '../../subgraphs/shared/departments';
import { dropMysqlDatabase, ensureMysqlDatabase } from '../../subgraphs/shared/db/mysql-admin';
import { composeSupergraph } from '../../subgraphs/shared/schema/compose-supergraph';
import { selectedSubgraphs } from '../../subgraphs/registry';

/** The databases integration tests run against: the embedded one always, MariaDB/MySQL when `TEST_MYSQL_URL` is set. */
export type DatabaseTarget = 'embedded' | 'mysql';
export const DATABASE_TARGETS: DatabaseTarget[] = process.env.TEST_MYSQL_URL ? ['embedded', 'mysql'] : ['embedded'];

/**
 * The gateway's timeout for one subgraph call in test hubs. Tests assert what a hub answers, not how
 * fast: on a loaded two-core machine a 1,000-row page can take longer than production's 10 seconds,
 * and a timeout there would fail a test about batching or access for a reason it does not assert.
 */
const TEST_SUBGRAPH_TIMEOUT_MS = 60_000;

/** What a test file needs of a hub: plain values and functions, because a shared hub crosses from the worker into the test's realm. */
export interface HubHandle {
  gatewayUrl: string;
  subgraphUrls: Record<Department, string>;
  /** The environment the hub was configured from (tests mint tokens from the same settings). */
  env: Record<string, string | undefined>;
  /** SQL statements a department's subgraph has sent since it started. */
  statements(department: Department): number;
  /** 1, 2, 3, … per scope and hub: numbers no other caller of this hub has been given, the builders' source of unique keys. */
  unique(scope?: string): number;
}

export interface LaunchedHub {
  hub: RunningHub;
  handle: HubHandle;
  /** Stops the hub and drops its databases. */
  stop(): Promise<void>;
  /** Removes its embedded files at once, for a process about to exit; its MySQL databases are left to the sweep. */
  discard(): void;
}

let supergraphSdl: Promise<string> | undefined;
/** Composed once per process from the code under test: every hub of a process serves the same graph. */
function composedSupergraph(): Promise<string> {
  supergraphSdl ??= composeSupergraph(selectedSubgraphs()).then((composed) => composed.supergraphSdl);
  return supergraphSdl;
}

/**
 * The jest run this process belongs to (the main process's id, which a worker knows as its parent):
 * part of every MySQL test database's name, so two runs against one server never share a database,
 * and a run's leftovers can be told from a live run's (test/support/sweep-test-databases.ts).
 */
const JEST_RUN = process.send ? process.ppid : process.pid;
export const TEST_DATABASE_PREFIX = 'weihai_test_';

/**
 * Starts every subgraph and the gateway on ephemeral ports, each department on a fresh database of
 * its own: a temporary file, or a MySQL database `weihai_test_<run>_<worker>_<name>_<department>`
 * built from the migrations and dropped when the hub stops.
 */
export async function launchHub(
  target: DatabaseTarget,
  {
    name,
    seedElders,
    env: extraEnv = {},
    subgraphPlugins,
    routeSubgraph,
  }: { name: string; seedElders: number; env?: NodeJS.ProcessEnv } & Pick<
    HubOptions,
    'subgraphPlugins' | 'routeSubgraph'
  >,
): Promise<LaunchedHub> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weihai-hub-test-'));
  const env: NodeJS.ProcessEnv = {
    HUB_MODE: 'embedded',
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    HOST: '127.0.0.1',
    GATEWAY_PORT: '0',
    SUBGRAPH_TIMEOUT_MS: String(TEST_SUBGRAPH_TIMEOUT_MS),
    HUB_SUBGRAPHS: process.env.HUB_SUBGRAPHS,
    // No timed audit checkpoints: a transaction of its own in the middle of a test would change the
    // statements it counts. Tests that want one call `checkpointIfMoved` (or set the variable).
    AUDIT_CHECKPOINT_SECONDS: '0',
  };
  for (const { envPrefix } of Object.values(DEPARTMENTS)) env[`${envPrefix}_PORT`] = '0';
  if (target === 'mysql') {
    env.MYSQL_URL = process.env.TEST_MYSQL_URL;
    env.MYSQL_DATABASE_PREFIX = `${TEST_DATABASE_PREFIX}${JEST_RUN}_${process.env.JEST_WORKER_ID ?? '1'}_${name}`;
    // Several hubs of six services are open at once per worker: 20 connections each would pass the server's 151.
    env.DB_POOL_SIZE = '6';
  }
  // A file's own hub may run differently (production mode, its own log level), never on others' databases.
  Object.assign(env, extraEnv);
  const databases: Array<{ url: string; database: string }> = [];
  const discard = () => fs.rmSync(dataDir, { recursive: true, force: true });
  const cleanUp = async () => {
    discard();
    for (const { url, database } of databases) await dropMysqlDatabase(url, database);
  };
  try {
    const hub = await startHub({
      env,
      elders: seedElders,
      supergraphSdl: await composedSupergraph(),
      subgraphPlugins,
      routeSubgraph,
      async beforeSubgraph(config) {
        if (config.database.kind !== 'mysql') return;
        databases.push({ url: config.database.url, database: config.database.database });
        await dropMysqlDatabase(config.database.url, config.database.database);
        await ensureMysqlDatabase(config.database.url, config.database.database);
      },
    });
    const counters = new Map<string, number>();
    const handle: HubHandle = {
      gatewayUrl: hub.gateway.url,
      subgraphUrls: Object.fromEntries(
        DEPARTMENT_NAMES.filter((department) => hub.subgraphs[department]).map((department) => [
          department,
          hub.subgraphs[department].url,
        ]),
      ) as Record<Department, string>,
      env: { ...env },
      statements: (department) => hub.subgraphs[department].database.sql.statements,
      unique: (scope = '') => {
        const next = (counters.get(scope) ?? 0) + 1;
        counters.set(scope, next);
        return next;
      },
    };
    return {
      hub,
      handle,
      async stop() {
        await hub.stop();
        await cleanUp();
      },
      discard,
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
