import path from 'node:path';
import { Department, DEPARTMENTS } from '../departments';
import { type AuditConfig, readAuditConfig } from './audit-config';
import { type AuthConfig, readAuthConfig } from './auth-config';
import { EnvReader } from './env-reader';
import { type MetricsAccess, readMetricsAccess } from './metrics-config';
import { readShutdownGraceMs } from './shutdown-config';
import { readTracingConfig, type TracingConfig } from './tracing-config';

export type HubMode = 'embedded' | 'production';
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Where a department keeps its data: a file of its own (embedded) or its own MySQL database. */
export type DatabaseConfig =
  | { kind: 'embedded'; file: string }
  /** `poolSize`: connections the service opens at most (`DB_POOL_SIZE`). */
  | { kind: 'mysql'; url: string; database: string; poolSize: number };

/** Everything a department subgraph process needs, validated once at start-up. */
export interface SubgraphConfig {
  department: Department;
  mode: HubMode;
  host: string;
  port: number;
  database: DatabaseConfig;
  /** Secret of the keyed hash that derives person keys; shared by all departments' services. */
  personKeySecret: string;
  logLevel: LogLevel;
  introspection: boolean;
  maxPageSize: number;
  /** Entity representations one request may ask `_entities` for, over all its calls. */
  maxEntityRepresentations: number;
  auth: AuthConfig;
  /** The audit chain's keys (never stored in the database) and checkpoint schedule. */
  audit: AuditConfig;
  /** How long a drain waits for requests in flight (`SHUTDOWN_GRACE_MS`). */
  shutdownGraceMs: number;
  /** Who may read `GET /metrics` (`METRICS_ALLOW`). */
  metricsAccess: MetricsAccess;
  /** Bound of the parsed-operation cache (approximate MB, measured as Apollo does); see README "Memory". */
  documentCacheMb: number;
  /** Bound of the composition answers kept until the department's next write (approximate MB; 0: none). */
  answerCacheMb: number;
  /** Days the change log keeps its entries (`CHANGE_RETENTION_DAYS`); a cursor older than that must resync. */
  changeRetentionDays: number;
  /** OpenTelemetry traces: where to send them, if anywhere, and how many to start. */
  tracing: TracingConfig;
}

/** Development default so embedded mode needs no setup; refused in production. */
export const DEVELOPMENT_PERSON_KEY_SECRET = 'weihai-eldercare-hub-development-secret';

/**
 * Well above what the gateway asks for any query within the limits (15 aliases × 1,000-row pages,
 * a few nested entities per row), and small enough that a direct call cannot tie a subgraph up.
 */
export const DEFAULT_MAX_ENTITY_REPRESENTATIONS = 50_000;

export function readSubgraphConfig(department: Department, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const read = new EnvReader(env);
  const prefix = DEPARTMENTS[department].envPrefix;
  const mode = read.oneOf<HubMode>('HUB_MODE', ['embedded', 'production'], 'embedded');
  const database = readDatabase(read, department, mode);
  const personKeySecret = read.string(
    'PERSON_KEY_SECRET',
    mode === 'embedded' ? DEVELOPMENT_PERSON_KEY_SECRET : undefined,
  );
  if (mode === 'production' && personKeySecret === DEVELOPMENT_PERSON_KEY_SECRET) {
    read.problem('PERSON_KEY_SECRET must not be the development default in production');
  }
  if (mode === 'production' && personKeySecret && personKeySecret.length < 32) {
    read.problem('PERSON_KEY_SECRET must have at least 32 characters in production');
  }
  const config: SubgraphConfig = {
    department,
    mode,
    host: read.string('HOST', mode === 'embedded' ? '127.0.0.1' : '0.0.0.0'),
    port: read.integer(`${prefix}_PORT`, DEPARTMENTS[department].defaultPort, 0, 65535),
    database,
    personKeySecret,
    logLevel: read.oneOf<LogLevel>('LOG_LEVEL', ['debug', 'info', 'warn', 'error'], 'info'),
    introspection: read.boolean('GRAPHQL_INTROSPECTION', mode === 'embedded'),
    maxPageSize: read.integer('MAX_PAGE_SIZE', 1000, 1, 10000),
    maxEntityRepresentations: read.integer(
      'MAX_ENTITY_REPRESENTATIONS',
      DEFAULT_MAX_ENTITY_REPRESENTATIONS,
      1,
      1_000_000,
    ),
    auth: readAuthConfig(read, mode),
    audit: readAuditConfig(read, mode),
    shutdownGraceMs: readShutdownGraceMs(read),
    metricsAccess: readMetricsAccess(read),
    documentCacheMb: read.integer('DOCUMENT_CACHE_MB', 5, 1, 1024),
    answerCacheMb: read.integer('ANSWER_CACHE_MB', 16, 0, 1024),
    changeRetentionDays: read.integer('CHANGE_RETENTION_DAYS', 30, 1, 3650),
    tracing: readTracingConfig(read),
  };
  read.finish(`${department} subgraph`);
  return config;
}

/**
 * `<DEPT>_DATABASE_URL` names a department's own MySQL database; `MYSQL_URL` names a server
 * on which each department gets `<MYSQL_DATABASE_PREFIX>_<department>`; with neither, the
 * department keeps an embedded file under `DATA_DIR`.
 */
function readDatabase(read: EnvReader, department: Department, mode: HubMode): DatabaseConfig {
  const { envPrefix, databaseSuffix } = DEPARTMENTS[department];
  const own = read.optional(`${envPrefix}_DATABASE_URL`);
  const server = read.optional('MYSQL_URL');
  const prefix = read.string('MYSQL_DATABASE_PREFIX', 'weihai');
  const poolSize = read.integer('DB_POOL_SIZE', 20, 1, 500);
  if (own) {
    const url = mysqlUrl(read, `${envPrefix}_DATABASE_URL`, own);
    const database = url?.pathname.replace(/^\//, '');
    if (url && !database)
      read.problem(
        `${envPrefix}_DATABASE_URL must name a database, e.g. mysql://<user>:<password>@<host>:3306/${prefix}_${databaseSuffix}`,
      );
    return { kind: 'mysql', url: own, database: database ?? '', poolSize };
  }
  if (server) {
    const url = mysqlUrl(read, 'MYSQL_URL', server);
    const database = `${prefix}_${databaseSuffix}`;
    if (url) url.pathname = `/${database}`;
    return { kind: 'mysql', url: url?.toString() ?? '', database, poolSize };
  }
  if (mode === 'production') read.problem(`${envPrefix}_DATABASE_URL or MYSQL_URL is required in production`);
  return { kind: 'embedded', file: path.resolve(read.string('DATA_DIR', 'data'), `${department}.sqlite`) };
}

/** Parses a mysql:// (or mariadb://) URL, recording a problem instead of throwing. */
function mysqlUrl(read: EnvReader, name: string, value: string): URL | undefined {
  try {
    const url = new URL(value);
    if (url.protocol === 'mysql:' || url.protocol === 'mariadb:') return url;
  } catch {
    // reported below
  }
  read.problem(`${name} must be a URL like mysql://<user>:<password>@<host>:3306, got "${value}"`);
  return undefined;
}
