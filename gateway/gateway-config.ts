import path from 'node:path';
import { type AuthConfig, readAuthConfig } from '../subgraphs/shared/config/auth-config';
import { EnvReader } from '../subgraphs/shared/config/env-reader';
import { readShutdownGraceMs } from '../subgraphs/shared/config/shutdown-config';
import type { HubMode, LogLevel } from '../subgraphs/shared/config/subgraph-config';
import { Department, DEPARTMENT_NAMES, DEPARTMENTS } from '../subgraphs/shared/departments';
import { schemaDir } from '../subgraphs/shared/paths';

/** The gateway's configuration, validated once at start-up. */
export interface GatewayConfig {
  mode: HubMode;
  host: string;
  port: number;
  /** The committed composed schema; the gateway never introspects the subgraphs. */
  supergraphFile: string;
  /** Where each department's subgraph answers; overrides the URL recorded in the supergraph. */
  subgraphUrls: Partial<Record<Department, string>>;
  subgraphTimeoutMs: number;
  introspection: boolean;
  logLevel: LogLevel;
  auth: AuthConfig;
  /** How long a drain waits for requests in flight (`SHUTDOWN_GRACE_MS`). */
  shutdownGraceMs: number;
}

export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const read = new EnvReader(env);
  const mode = read.oneOf<HubMode>('HUB_MODE', ['embedded', 'production'], 'embedded');
  const subgraphUrls: Partial<Record<Department, string>> = {};
  for (const department of DEPARTMENT_NAMES) {
    const name = `${DEPARTMENTS[department].envPrefix}_URL`;
    const url = read.optional(name);
    if (url && !/^https?:\/\//.test(url)) read.problem(`${name} must be an http(s) URL, got "${url}"`);
    else if (url) subgraphUrls[department] = url;
  }
  const config: GatewayConfig = {
    mode,
    host: read.string('HOST', mode === 'embedded' ? '127.0.0.1' : '0.0.0.0'),
    port: read.integer('GATEWAY_PORT', 4000, 0, 65535),
    supergraphFile: path.resolve(read.string('SUPERGRAPH_FILE', path.join(schemaDir(), 'supergraph.graphql'))),
    subgraphUrls,
    subgraphTimeoutMs: read.integer('SUBGRAPH_TIMEOUT_MS', 10_000, 100, 120_000),
    introspection: read.boolean('GRAPHQL_INTROSPECTION', mode === 'embedded'),
    logLevel: read.oneOf<LogLevel>('LOG_LEVEL', ['debug', 'info', 'warn', 'error'], 'info'),
    auth: readAuthConfig(read, mode),
    shutdownGraceMs: readShutdownGraceMs(read),
  };
  read.finish('gateway');
  return config;
}
