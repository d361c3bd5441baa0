import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readGatewayConfig } from '../../gateway/gateway-config';
import { startGateway, type RunningGateway } from '../../gateway/start-gateway';
import { readSubgraphConfig } from '../../subgraphs/shared/config/subgraph-config';
import { Department, DEPARTMENTS } from '../../subgraphs/shared/departments';
import { dropMysqlDatabase, ensureMysqlDatabase } from '../../subgraphs/shared/db/mysql-admin';
import { composeSupergraph } from '../../subgraphs/shared/schema/compose-supergraph';
import { DEFAULT_RANDOM_SEED } from '../../subgraphs/shared/seed/seed-options';
import { startSubgraph, type RunningSubgraph } from '../../subgraphs/shared/server/start-subgraph';
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
  const env: NodeJS.ProcessEnv = { HUB_MODE: 'embedded', DATA_DIR: dataDir, LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error', HOST: '127.0.0.1' };
  if (target === 'mysql') {
    env.MYSQL_URL = process.env.TEST_MYSQL_URL;
    env.MYSQL_DATABASE_PREFIX = `weihai_test_${process.env.JEST_WORKER_ID ?? '1'}`;
  }
  const subgraphs: Record<string, RunningSubgraph> = {};
  const gatewayEnv: NodeJS.ProcessEnv = { ...env, GATEWAY_PORT: '0' };
  try {
    for (const definition of SUBGRAPHS) {
      const { envPrefix } = DEPARTMENTS[definition.department];
      const config = readSubgraphConfig(definition.department, { ...env, [`${envPrefix}_PORT`]: '0' });
      if (config.database.kind === 'mysql') {
        await dropMysqlDatabase(config.database.url, config.database.database);
        await ensureMysqlDatabase(config.database.url, config.database.database);
      }
      const subgraph = await startSubgraph(definition, config);
      subgraphs[definition.department] = subgraph;
      const { dataSource } = subgraph.database;
      if (seedElders > 0 && definition.seed) {
        await definition.seed(dataSource, { elders: seedElders, randomSeed: DEFAULT_RANDOM_SEED, personKeySecret: config.personKeySecret, log: subgraph.log });
      } else {
        await definition.seedReferenceData?.(dataSource);
      }
      gatewayEnv[`${envPrefix}_URL`] = subgraph.url;
    }
    const { supergraphSdl } = await composeSupergraph(SUBGRAPHS);
    const gateway: RunningGateway = await startGateway(readGatewayConfig(gatewayEnv), supergraphSdl);
    const post = async (url: string, query: string, variables?: Record<string, unknown>) => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return (await response.json()) as GraphQLResult<any>;
    };
    return {
      gatewayUrl: gateway.url,
      subgraphs,
      query: (query, variables) => post(gateway.url, query, variables),
      querySubgraph: (department, query, variables) => post(subgraphs[department].url, query, variables),
      async stop() {
        await gateway.stop();
        for (const subgraph of Object.values(subgraphs)) await subgraph.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    for (const subgraph of Object.values(subgraphs)) await subgraph.stop();
    throw error;
  }
}

/** The error codes of a result, e.g. `['BAD_USER_INPUT']`. */
export function errorCodes(result: GraphQLResult): string[] {
  return (result.errors ?? []).map((error) => String(error.extensions?.code));
}
