import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { isDepartment } from '../subgraphs/shared/departments';
import { createLogger, type Logger } from '../subgraphs/shared/logging/logger';
import type { GatewayConfig } from './gateway-config';
import { offlineExplorer } from './landing-page';

export interface GatewayContext {
  requestId: string;
  log: Logger;
}

export interface RunningGateway {
  url: string;
  log: Logger;
  stop(): Promise<void>;
}

/** Serves the committed supergraph (tests pass one composed from the code), routing each department's fields to its subgraph. */
export async function startGateway(config: GatewayConfig, supergraphSdl = fs.readFileSync(config.supergraphFile, 'utf8')): Promise<RunningGateway> {
  const log = createLogger('gateway', config.logLevel);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      const target = (isDepartment(name) && config.subgraphUrls[name]) || url;
      return new RemoteGraphQLDataSource<GatewayContext>({
        url: target,
        fetcher: ((input: string, init: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(config.subgraphTimeoutMs) })) as never,
        willSendRequest: ({ request, context }) => {
          if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
        },
      });
    },
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    plugins: [offlineExplorer('Weihai elder-care hub')],
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: config.port, host: config.host },
    context: async () => {
      const requestId = randomUUID();
      return { requestId, log: log.child({ requestId }) };
    },
  });
  log.info('gateway ready', { url, supergraph: config.supergraphFile });
  return { url, log, stop: () => server.stop() };
}
