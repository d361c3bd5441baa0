import path from 'node:path';
import { type AuthConfig, readAuthConfig } from '../subgraphs/shared/config/auth-config';
import { EnvReader } from '../subgraphs/shared/config/env-reader';
import { type MetricsAccess, readMetricsAccess } from '../subgraphs/shared/config/metrics-config';
import { readShutdownGraceMs } from '../subgraphs/shared/config/shutdown-config';
import { readTracingConfig, type TracingConfig } from '../subgraphs/shared/config/tracing-config';
import type { HubMode, LogLevel } from '../subgraphs/shared/config/subgraph-config';
import { Department, DEPARTMENT_NAMES, DEPARTMENTS } from '../subgraphs/shared/departments';
import { schemaDir } from '../subgraphs/shared/paths';
import type { DepartmentCallLimits } from './department-policy';

/** The gateway's configuration, validated once at start-up. */
export interface GatewayConfig {
  mode: HubMode;
  host: string;
  port: number;
  /** The committed composed schema; the gateway never introspects the subgraphs. */
  supergraphFile: string;
  /** Where each department's subgraph answers; overrides the URL recorded in the supergraph. */
  subgraphUrls: Partial<Record<Department, string>>;
  /** Timeout, circuit breaker and queue of the calls to each department (department-policy.ts). */
  departmentLimits: Record<Department, DepartmentCallLimits>;
  introspection: boolean;
  logLevel: LogLevel;
  auth: AuthConfig;
  /** How long a drain waits for requests in flight (`SHUTDOWN_GRACE_MS`). */
  shutdownGraceMs: number;
  /** Who may read `GET /metrics` (`METRICS_ALLOW`). */
  metricsAccess: MetricsAccess;
  /** Bounds of the per-operation caches (approximate MB, measured as Apollo does); see README "Memory". */
  queryPlanCacheMb: number;
  documentCacheMb: number;
  /** OpenTelemetry traces: where to send them, if anywhere, and how many to start. */
  tracing: TracingConfig;
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
  const subgraphTimeoutMs = read.integer('SUBGRAPH_TIMEOUT_MS', 10_000, 100, 120_000);
  const config: GatewayConfig = {
    mode,
    host: read.string('HOST', mode === 'embedded' ? '127.0.0.1' : '0.0.0.0'),
    port: read.integer('GATEWAY_PORT', 4000, 0, 65535),
    supergraphFile: path.resolve(read.string('SUPERGRAPH_FILE', path.join(schemaDir(), 'supergraph.graphql'))),
    subgraphUrls,
    departmentLimits: readDepartmentLimits(read, subgraphTimeoutMs),
    introspection: read.boolean('GRAPHQL_INTROSPECTION', mode === 'embedded'),
    logLevel: read.oneOf<LogLevel>('LOG_LEVEL', ['debug', 'info', 'warn', 'error'], 'info'),
    auth: readAuthConfig(read, mode),
    shutdownGraceMs: readShutdownGraceMs(read),
    metricsAccess: readMetricsAccess(read),
    queryPlanCacheMb: read.integer('QUERY_PLAN_CACHE_MB', 10, 1, 1024),
    documentCacheMb: read.integer('DOCUMENT_CACHE_MB', 5, 1, 1024),
    tracing: readTracingConfig(read),
  };
  read.finish('gateway');
  return config;
}

/** Per department, `<DEPARTMENT>_TIMEOUT_MS` (default `SUBGRAPH_TIMEOUT_MS`); breaker and queue limits are the same for all. */
function readDepartmentLimits(read: EnvReader, subgraphTimeoutMs: number): Record<Department, DepartmentCallLimits> {
  const shared = {
    breakerFailures: read.integer('SUBGRAPH_BREAKER_FAILURES', 5, 1, 1000),
    breakerOpenMs: read.integer('SUBGRAPH_BREAKER_OPEN_MS', 10_000, 100, 600_000),
    maxConcurrent: read.integer('SUBGRAPH_MAX_CONCURRENT', 64, 1, 10_000),
    maxQueued: read.integer('SUBGRAPH_MAX_QUEUED', 256, 0, 100_000),
  };
  return Object.fromEntries(
    DEPARTMENT_NAMES.map((department) => [
      department,
      {
        ...shared,
        timeoutMs: read.integer(`${DEPARTMENTS[department].envPrefix}_TIMEOUT_MS`, subgraphTimeoutMs, 100, 120_000),
      },
    ]),
  ) as Record<Department, DepartmentCallLimits>;
}
