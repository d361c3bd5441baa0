import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Caller } from '../subgraphs/shared/auth/caller';
import { authenticateRequest } from '../subgraphs/shared/auth/authenticate-request';
import { callerRequired } from '../subgraphs/shared/auth/caller-required';
import { createTokenVerifier } from '../subgraphs/shared/auth/token-verifier';
import { runAbandonable } from '../subgraphs/shared/db/abandoned-requests';
import { isDepartment } from '../subgraphs/shared/departments';
import { createLogger, type Logger } from '../subgraphs/shared/logging/logger';
import { requestMetrics } from '../subgraphs/shared/metrics/request-metrics';
import { ServiceMetrics } from '../subgraphs/shared/metrics/service-metrics';
import { costLimit } from '../subgraphs/shared/server/cost-limit';
import { boundedDocumentStore } from '../subgraphs/shared/server/document-store';
import { formatError, requestLogging } from '../subgraphs/shared/server/errors-and-logging';
import { serveHttp } from '../subgraphs/shared/server/http-server';
import { operationSpans } from '../subgraphs/shared/tracing/operation-spans';
import { startTracing } from '../subgraphs/shared/tracing/service-tracing';
import { operationResolvable } from '../subgraphs/shared/server/operation-resolvable';
import { PARSE_OPTIONS, queryLimitRules } from '../subgraphs/shared/server/query-limits';
import { dashboardHandler } from './dashboard/serve-dashboard';
import { DepartmentDataSource } from './department-data-source';
import { DepartmentFetchMetrics } from './department-fetch-metrics';
import { departmentPolicy } from './department-policy';
import { departmentReadiness } from './department-readiness';
import { forwardIdempotencyKey, idempotencyKeyChecked } from './idempotency-key';
import type { GatewayConfig } from './gateway-config';
import { offlineExplorer } from './landing-page';
import { countQueryPlanCache } from './query-plan-cache-metrics';
import { apolloReportingDisabled, disableGatewayTelemetry } from './no-outside-calls';
import { checkMutationPlan, noteMutationPlan, type PendingSelectionCheck } from './selection-check';

export interface GatewayContext {
  requestId: string;
  caller: Caller | null;
  /** The caller's own `Authorization` header, passed on so each subgraph verifies the token itself. */
  authorization: string | undefined;
  log: Logger;
  /** A mutation's planned fetches, checked against the caller's field rules before its first fetch writes. */
  selectionCheck?: PendingSelectionCheck;
}

export interface RunningGateway {
  url: string;
  log: Logger;
  stop(): Promise<void>;
}

/** Serves the committed supergraph (tests pass one composed from the code), routing each department's fields to its subgraph. */
export async function startGateway(
  config: GatewayConfig,
  supergraphSdl = fs.readFileSync(config.supergraphFile, 'utf8'),
): Promise<RunningGateway> {
  const log = createLogger('gateway', config.logLevel);
  const verify = createTokenVerifier(config.auth);
  disableGatewayTelemetry();
  const metrics = new ServiceMetrics('gateway');
  const fetchMetrics = new DepartmentFetchMetrics(metrics);
  // Global: @apollo/gateway creates its spans (request, plan, a fetch per department) on the global provider.
  const tracing = startTracing('gateway', config.tracing, { global: true });
  /** Where each department answers, as the gateway routes to it: its readiness probes them. */
  const departments = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl,
    experimental_didResolveQueryPlan: noteMutationPlan,
    // Apollo's default keeps 30 MB (of JSON length) of plans, several times that in heap: see README "Memory".
    experimental_approximateQueryPlanStoreMiB: config.queryPlanCacheMb,
    buildService: ({ name, url }) => {
      if (!isDepartment(name)) throw new Error(`the supergraph names "${name}", which is no department`);
      const target = config.subgraphUrls[name] ?? url;
      if (target) departments.set(name, target);
      return new DepartmentDataSource({
        url: target,
        signingKey: config.auth.gatewaySigningKey,
        policy: departmentPolicy(name, config.departmentLimits[name]),
        metrics: fetchMetrics,
        willSendRequest: async (options) => {
          // Schema loading and health checks carry no incoming request, hence no caller to pass on.
          if (!('incomingRequestContext' in options)) return;
          const { request, context } = options;
          if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
          forwardIdempotencyKey(options);
          await checkMutationPlan(options, context);
        },
      });
    },
  });
  countQueryPlanCache(gateway, metrics);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    documentStore: boundedDocumentStore(config.documentCacheMb),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !config.introspection,
    formatError,
    validationRules: queryLimitRules(),
    parseOptions: PARSE_OPTIONS,
    // `stop` below drains; Apollo's own signal handler would stop the server under requests in flight.
    stopOnTerminationSignals: false,
    plugins: [
      operationResolvable(),
      costLimit(),
      offlineExplorer('Weihai elder-care hub'),
      ...apolloReportingDisabled(),
      // No cache hints are used: its per-field hook is cost without use.
      ApolloServerPluginCacheControlDisabled(),
      callerRequired({ introspection: config.introspection }),
      idempotencyKeyChecked(),
      requestLogging(),
      requestMetrics(metrics),
      operationSpans(),
    ],
  });
  const http = await serveHttp(server, {
    port: config.port,
    host: config.host,
    log,
    readiness: departmentReadiness(departments),
    metrics: { registry: metrics.registry, access: config.metricsAccess },
    around: runAbandonable,
    routes: dashboardHandler(config),
    tracing,
    context: async ({ req, res }) => {
      const requestId = randomUUID();
      // Node keeps only the first of repeated Authorization headers, so this is one string at most.
      const authorization = req.headers.authorization;
      const requestLog = log.child({ requestId });
      const caller = await authenticateRequest(() => verify(authorization), {
        requestId,
        log: requestLog,
        response: res,
      });
      return { requestId, caller, authorization, log: requestLog };
    },
  });
  const { url } = http;
  log.info('gateway ready', { url, supergraph: config.supergraphFile });
  return {
    url,
    log,
    async stop() {
      log.info('draining', { graceMs: config.shutdownGraceMs });
      await http.drain(config.shutdownGraceMs);
      await tracing.shutdown();
    },
  };
}
