import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readGatewayConfig } from '../../gateway/gateway-config';
import { startHub } from '../../scripts/start-hub';
import {
  type CallerClaims,
  DEVELOPMENT_CALLERS,
  mintDevelopmentToken,
} from '../../subgraphs/shared/auth/development-callers';
import { Department, DEPARTMENTS } from '../../subgraphs/shared/departments';
import { dropMysqlDatabase, ensureMysqlDatabase } from '../../subgraphs/shared/db/mysql-admin';
import { composeSupergraph } from '../../subgraphs/shared/schema/compose-supergraph';
import type { RunningSubgraph } from '../../subgraphs/shared/server/start-subgraph';
import { selectedSubgraphs } from '../../subgraphs/registry';

/** The databases integration tests run against: the embedded one always, MariaDB/MySQL when `TEST_MYSQL_URL` is set. */
export type DatabaseTarget = 'embedded' | 'mysql';
export const DATABASE_TARGETS: DatabaseTarget[] = process.env.TEST_MYSQL_URL ? ['embedded', 'mysql'] : ['embedded'];

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
}

/** A development caller by name (`civil-affairs-system`, `health-system`, `analyst`, `auditor`, …), or null for no token. */
export type As = keyof typeof DEVELOPMENT_CALLERS | null;

export interface TestHub {
  gatewayUrl: string;
  subgraphs: Record<string, RunningSubgraph>;
  /** Sends an operation through the gateway as a caller; civil affairs' own system unless told otherwise. */
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: As,
  ): Promise<GraphQLResult<T>>;
  /** Sends an operation straight to one subgraph, bypassing the gateway. */
  querySubgraph<T = Record<string, any>>(
    department: Department,
    query: string,
    variables?: Record<string, unknown>,
    as?: As,
  ): Promise<GraphQLResult<T>>;
  /** Sends an operation through the gateway with exactly these headers (for tests of tokens themselves). */
  queryWithHeaders<T = Record<string, any>>(
    headers: Record<string, string>,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<T>>;
  /** A development token for a caller. */
  tokenFor(as: keyof typeof DEVELOPMENT_CALLERS): Promise<string>;
  /** A token with exactly these claims, signed with the hub's development secret. */
  mint(claims: CallerClaims, ttlSeconds?: number): Promise<string>;
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
  const env: NodeJS.ProcessEnv = {
    HUB_MODE: 'embedded',
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    HOST: '127.0.0.1',
    GATEWAY_PORT: '0',
  };
  for (const { envPrefix } of Object.values(DEPARTMENTS)) env[`${envPrefix}_PORT`] = '0';
  if (target === 'mysql') {
    env.MYSQL_URL = process.env.TEST_MYSQL_URL;
    env.MYSQL_DATABASE_PREFIX = `weihai_test_${process.env.JEST_WORKER_ID ?? '1'}`;
  }
  const hub = await startHub({
    env: { ...env, HUB_SUBGRAPHS: process.env.HUB_SUBGRAPHS },
    elders: seedElders,
    supergraphSdl: (await composeSupergraph(selectedSubgraphs())).supergraphSdl,
    async beforeSubgraph(config) {
      if (config.database.kind !== 'mysql') return;
      await dropMysqlDatabase(config.database.url, config.database.database);
      await ensureMysqlDatabase(config.database.url, config.database.database);
    },
  });
  const auth = readGatewayConfig(env).auth;
  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (as: keyof typeof DEVELOPMENT_CALLERS) => {
    if (!tokens.has(as)) tokens.set(as, mintDevelopmentToken(auth, DEVELOPMENT_CALLERS[as]));
    return tokens.get(as)!;
  };
  const post = async (
    url: string,
    headers: Record<string, string>,
    query: string,
    variables?: Record<string, unknown>,
  ) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResult<any>;
  };
  const postAs = async (url: string, as: As, query: string, variables?: Record<string, unknown>) =>
    post(url, as ? { authorization: `Bearer ${await tokenFor(as)}` } : {}, query, variables);
  return {
    gatewayUrl: hub.gateway.url,
    subgraphs: hub.subgraphs,
    query: (query, variables, as = 'civil-affairs-system') => postAs(hub.gateway.url, as, query, variables),
    querySubgraph: (department, query, variables, as = 'civil-affairs-system') =>
      postAs(hub.subgraphs[department].url, as, query, variables),
    queryWithHeaders: (headers, query, variables) => post(hub.gateway.url, headers, query, variables),
    tokenFor,
    mint: (claims, ttlSeconds) => mintDevelopmentToken(auth, claims, ttlSeconds),
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

/** Statements of the one audit entry a request reading person-level data writes: begin, lock the chain head, insert the entry and its persons, move the head, commit. */
export const AUDIT_ENTRY_STATEMENTS = 6;

/**
 * DataLoader batches the keys asked in one tick; over a networked database a relation's keys can
 * arrive in two ticks, so two requests' statement counts may differ by a couple — never by the rows.
 */
export const BATCHING_TOLERANCE = 2;
