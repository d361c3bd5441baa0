import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createLogger } from '../../../../subgraphs/shared/logging/logger';
import { type HttpService, KEEP_ALIVE_TIMEOUT_MS, serveHttp } from '../../../../subgraphs/shared/server/http-server';

/** The answer's connection headers to a GET sent with these headers, on a kept-alive agent. */
function connectionHeaders(url: string, agent: http.Agent, headers: Record<string, string> = {}) {
  return new Promise<{ connection?: string; keepAlive?: string }>((resolve, reject) => {
    http
      .get(new URL('/healthz', url), { agent, headers }, (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ connection: res.headers.connection, keepAlive: res.headers['keep-alive'] as string | undefined }),
        );
      })
      .on('error', reject);
  });
}

describe('kept-alive connections', () => {
  let service: HttpService;
  const agent = new http.Agent({ keepAlive: true });

  beforeAll(async () => {
    const server = new ApolloServer({ typeDefs: 'type Query { "Always true." ok: Boolean }' });
    service = await serveHttp(server, {
      port: 0,
      host: '127.0.0.1',
      log: createLogger('keep-alive-test', 'error'),
      context: () => Promise.resolve({}),
      readiness: () => Promise.resolve({ ready: true, body: {} }),
    });
  });
  afterAll(async () => {
    agent.destroy();
    await service.drain(0);
  });

  it('are advertised to close seconds before the server closes them, so no client reuses one as it closes', async () => {
    const { connection, keepAlive } = await connectionHeaders(service.url, agent);
    expect(connection).toBe('keep-alive');
    const advertised = Number(/^timeout=(\d+)$/.exec(keepAlive ?? '')?.[1]);
    // undici keeps a socket until a second before the hint, by timers that run late under load.
    expect(advertised * 1000).toBeLessThanOrEqual(KEEP_ALIVE_TIMEOUT_MS - 5_000);
  });

  it('are not promised to a client that asked to close', async () => {
    expect(await connectionHeaders(service.url, agent, { connection: 'close' })).toEqual({
      connection: 'close',
      keepAlive: undefined,
    });
  });
});
