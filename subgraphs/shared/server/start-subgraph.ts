import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { ensureAuditHead } from '../audit/audit-chain';
import { startCheckpointTimer } from '../audit/audit-checkpoint-timer';
import { AuditCollector } from '../audit/audit-collector';
import { readAuditing } from '../audit/audit-plugin';
import { ReadAuditBatcher } from '../audit/read-audit-batcher';
import { authenticateRequest } from '../auth/authenticate-request';
import { callerRequired } from '../auth/caller-required';
import { GATEWAY_SIGNATURE_HEADER, GATEWAY_TIMESTAMP_HEADER, verifyGatewaySignature } from '../auth/gateway-signature';
import { selectionChecked } from '../auth/selection-check';
import { createTokenVerifier } from '../auth/token-verifier';
import type { SubgraphConfig } from '../config/subgraph-config';
import type { SubgraphContext } from '../context/context';
import { runAbandonable } from '../db/abandoned-requests';
import { connectWithRetry, createDepartmentDatabase, type DepartmentDatabase } from '../db/data-source';
import { ensureTallyTriggers } from '../db/tally-triggers';
import { startWalCheckpointer } from '../db/wal-checkpointer';
import { departmentEntities } from '../db/department-entities';
import { changeCapture } from '../changes/change-capture';
import { keepsChangeLog } from '../changes/change-log';
import { startChangePurge } from '../changes/change-purge';
import { IDEMPOTENCY_KEY_HEADER } from '../idempotency/idempotency-key';
import { startIdempotencyPurge } from '../idempotency/idempotency-purge';
import { createLogger, type Logger } from '../logging/logger';
import { requestMetrics } from '../metrics/request-metrics';
import { ServiceMetrics } from '../metrics/service-metrics';
import { buildSubgraphSchema } from '../schema/build-subgraph-schema';
import type { SubgraphDefinition } from '../subgraph/subgraph-definition';
import { operationSpans } from '../tracing/operation-spans';
import { startTracing } from '../tracing/service-tracing';
import { compiledExecution } from './compiled-execution';
import { costLimit } from './cost-limit';
import { dropAbandoned } from './drop-abandoned';
import { boundedDocumentStore } from './document-store';
import { reusedAnswers } from '../cache/reused-answers';
import { formatError, requestLogging } from './errors-and-logging';
import { serveHttp } from './http-server';
import { operationResolvable } from './operation-resolvable';
import { PARSE_OPTIONS, queryLimitRules } from './query-limits';
import { requestIdFrom } from './request-id';

export interface RunningSubgraph {
  url: string;
  database: DepartmentDatabase;
  log: Logger;
  /** Drains: refuses new connections, reports not ready, lets requests in flight finish (within `SHUTDOWN_GRACE_MS`), closes the database. */
  stop(): Promise<void>;
}

/** What a test (or an embedding process) adds to a subgraph beyond its configuration. */
export interface SubgraphExtras {
  /** Extra Apollo plugins, after the subgraph's own (tests hold requests in flight with one). */
  plugins?: Array<ApolloServerPlugin<SubgraphContext<unknown>>>;
}

/**
 * Opens the department's database (migrating MySQL), builds its schema and serves it over HTTP.
 * Every request's token is verified here again, so reaching a subgraph directly is no back door.
 */
export async function startSubgraph<Loaders>(
  definition: SubgraphDefinition<Loaders>,
  config: SubgraphConfig,
  extras: SubgraphExtras = {},
): Promise<RunningSubgraph> {
  const log = createLogger(definition.department, config.logLevel);
  const database = await openDepartmentDatabase(definition, config, log);
  const { dataSource } = database;
  const walCheckpointer =
    config.database.kind === 'embedded' ? await startWalCheckpointer(config.database.file, dataSource, log) : undefined;
  const verify = createTokenVerifier(config.auth);
  const metrics = new ServiceMetrics(definition.department);
  metrics.watchDatabase(dataSource, database.sql);
  metrics.watchAudit(dataSource);
  const tracing = startTracing(definition.department, config.tracing);

  const server = new ApolloServer<SubgraphContext<Loaders>>({
    gateway: compiledExecution(await buildSubgraphSchema(definition)),
    documentStore: boundedDocumentStore(config.documentCacheMb),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !config.introspection,
    formatError,
    validationRules: queryLimitRules(),
    parseOptions: PARSE_OPTIONS,
    // The drain below stops the server; Apollo's own signal handler would stop it under requests in flight.
    stopOnTerminationSignals: false,
    plugins: [
      operationResolvable(),
      costLimit(),
      ApolloServerPluginInlineTraceDisabled(),
      // Nothing here sets @cacheControl; its per-field hook ran on every field of every answer for nothing.
      ApolloServerPluginCacheControlDisabled(),
      callerRequired({ introspection: config.introspection }),
      selectionChecked(),
      requestLogging(),
      requestMetrics(metrics),
      operationSpans(),
      readAuditing(new ReadAuditBatcher(dataSource, config)),
      reusedAnswers(config.answerCacheMb, keepsChangeLog(definition), metrics),
      dropAbandoned(),
      // They see the context as every department has it; the department's own loaders stay opaque to them.
      ...((extras.plugins ?? []) as unknown as Array<ApolloServerPlugin<SubgraphContext<Loaders>>>),
    ],
  });
  const http = await serveHttp(server, {
    port: config.port,
    host: config.host,
    log,
    // Its own database answering is all a department needs to take traffic.
    readiness: async () => {
      try {
        await dataSource.query('SELECT 1');
        return { ready: true, body: { database: 'up' } };
      } catch {
        return { ready: false, body: { database: 'down' } };
      }
    },
    around: runAbandonable,
    metrics: { registry: metrics.registry, access: config.metricsAccess },
    tracing,
    context: async ({ req, res, bodyText, signal }) => {
      const requestId = requestIdFrom(req.headers['x-request-id']) ?? randomUUID();
      const requestLog = log.child({ requestId });
      const authorization = singleHeader(req.headers.authorization);
      const { caller, composedByGateway } = await authenticateRequest(
        async () => ({
          caller: await verify(authorization),
          composedByGateway: verifyGatewaySignature(
            config.auth.gatewaySigningKey,
            {
              timestamp: singleHeader(req.headers[GATEWAY_TIMESTAMP_HEADER]),
              signature: singleHeader(req.headers[GATEWAY_SIGNATURE_HEADER]),
            },
            // The text as received: re-serialising a series' megabyte of representations to check it cost as much again.
            { body: bodyText, authorization },
          ),
        }),
        { requestId, log: requestLog, response: res },
      );
      return {
        requestId,
        caller,
        composedByGateway,
        idempotencyKey: singleHeader(req.headers[IDEMPOTENCY_KEY_HEADER]),
        policy: definition.policy,
        audit: new AuditCollector(),
        dataSource,
        loaders: definition.createLoaders(dataSource),
        config,
        log: requestLog,
        abandoned: signal,
        requestText: bodyText,
      };
    },
  });
  const checkpoints = startCheckpointTimer(dataSource, config, log);
  const purge = startIdempotencyPurge(dataSource, log);
  const changePurge = keepsChangeLog(definition)
    ? startChangePurge(dataSource, config.changeRetentionDays, log)
    : undefined;
  const { url } = http;
  log.info('subgraph ready', {
    url,
    database: config.database.kind === 'mysql' ? config.database.database : config.database.file,
  });

  let stopped: Promise<void> | undefined;
  return {
    url,
    database,
    log,
    stop() {
      stopped ??= (async () => {
        log.info('draining', { graceMs: config.shutdownGraceMs });
        await http.drain(config.shutdownGraceMs);
        await checkpoints.stop();
        await purge.stop();
        await changePurge?.stop();
        await walCheckpointer?.stop();
        await dataSource.destroy();
        await tracing.shutdown();
      })();
      return stopped;
    },
  };
}

/** Connects to the department's database, brings its schema up to date and starts its audit chain. */
export async function openDepartmentDatabase<Loaders>(
  definition: SubgraphDefinition<Loaders>,
  config: SubgraphConfig,
  log: Logger,
): Promise<DepartmentDatabase> {
  const database = createDepartmentDatabase(config.database, {
    entities: departmentEntities(definition),
    migrations: definition.migrations,
    log,
    subscribers: [changeCapture(definition.entities)],
    transactionIsolation: definition.transactionIsolation,
  });
  await connectWithRetry(database.dataSource, log);
  if (config.database.kind === 'mysql') {
    const applied = await database.dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) log.info('migrations applied', { migrations: applied.map((m) => m.name) });
  }
  if (definition.tallies) await ensureTallyTriggers(database.dataSource, definition.tallies, log);
  await ensureAuditHead(database.dataSource.manager);
  return database;
}

function singleHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
