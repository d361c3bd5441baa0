import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startHub } from '../../scripts/start-hub';
import { Department, DEPARTMENTS } from '../../subgraphs/shared/departments';
import { dropMysqlDatabase, ensureMysqlDatabase } from '../../subgraphs/shared/db/mysql-admin';
import { composeSupergraph } from '../../subgraphs/shared/schema/compose-supergraph';
import type { RunningSubgraph } from '../../subgraphs/shared/server/start-subgraph';
import { SUBGRAPHS } from '../../subgraphs/registry';

/** The databases integration tests run against: the embedded one always, MariaDB/MySQL when `TEST_MYSQL_URL` is set. */
export type DatabaseTarget = 'embedded' | 'mysql';
export const DATABASE_TARGETS: DatabaseTarget[] = process.env.TEST_MYSQL_URL ? ['embedded', 'mysql'] : ['embedded'];

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
}

export interface TestHub {
  gatewayUrl: string;
  subgraphs: Record<string, RunningSubgraph>;
  /** Sends an operation through the gateway, as a department system would. */
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
  /** Sends an operation straight to one subgraph, bypassing the gateway. */
  querySubgraph<T = Record<string, any>>(department: Department, query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
  stop(): Promise<void>;
}

export interface TestHubOptions {
  /** Seed this many synthetic elders (with everything that goes with them); 0 seeds reference data only. */
  seedElders?: number;
}

/**
 * Starts every subgraph and the gateway on ephemeral ports, each department on a fresh database of
 * its own (a temporary file, or a MySQL database named for this jest worker), and a supergraph
 * composed from the code under test.
 */
export async function startTestHub(target: DatabaseTarget, { seedElders = 0 }: TestHubOptions = {}): Promise<TestHub> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weihai-hub-test-'));
  const env: NodeJS.ProcessEnv = { HUB_MODE: 'embedded', DATA_DIR: dataDir, LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error', HOST: '127.0.0.1', GATEWAY_PORT: '0' };
  for (const { envPrefix } of Object.values(DEPARTMENTS)) env[`${envPrefix}_PORT`] = '0';
  if (target === 'mysql') {
    env.MYSQL_URL = process.env.TEST_MYSQL_URL;
    env.MYSQL_DATABASE_PREFIX = `weihai_test_${process.env.JEST_WORKER_ID ?? '1'}`;
  }
  const hub = await startHub({
    env,
    elders: seedElders,
    supergraphSdl: (await composeSupergraph(SUBGRAPHS)).supergraphSdl,
    async beforeSubgraph(config) {
      if (config.database.kind !== 'mysql') return;
      await dropMysqlDatabase(config.database.url, config.database.database);
      await ensureMysqlDatabase(config.database.url, config.database.database);
    },
  });
  const post = async (url: string, query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as GraphQLResult<any>;
  };
  return {
    gatewayUrl: hub.gateway.url,
    subgraphs: hub.subgraphs,
    query: (query, variables) => post(hub.gateway.url, query, variables),
    querySubgraph: (department, query, variables) => post(hub.subgraphs[department].url, query, variables),
    async stop() {
      await hub.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The error codes of a result, e.g. `['BAD_USER_INPUT']`. */
export function errorCodes(result: GraphQLResult): string[] {
  return (result.errors ?? []).map((error) => String(error.extensions?.code));
}
