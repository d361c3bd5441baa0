import { createHash } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { type ApolloServer, type BaseContext, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import type { Registry } from 'prom-client';
import type { MetricsAccess } from '../config/metrics-config';
import type { Logger } from '../logging/logger';
import { type ServiceTracing, UNTRACED } from '../tracing/service-tracing';

/**
 * Idle keep-alive sockets are kept longer than any client keeps them (the gateway's agent closes an
 * idle socket after 30 s, undici after a few seconds, load balancers after 60): the side that closes
 * an idle socket must be the client, or a request it sends on that socket as the server closes it
 * fails with ECONNRESET / UND_ERR_SOCKET — what the gateway saw from subgraphs closing at Node's
 * default 5 s.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;
/**
 * What the `Keep-Alive` header tells clients, seconds below {@link KEEP_ALIVE_TIMEOUT_MS}: undici
 * keeps a socket until one second before the advertised timeout, by timers that run late on a loaded
 * machine, so advertising the exact timeout (Node's default) still lets a request meet the server's
 * close — the race Node 24 closes with `keepAliveTimeoutBuffer`, which Node 20 lacks.
 */
export const ADVERTISED_KEEP_ALIVE_SECONDS = 55;
/** Above the keep-alive timeout, as Node requires, so a slow request's headers are not cut at the boundary. */
export const HEADERS_TIMEOUT_MS = 66_000;
/** A whole request (headers and body) must arrive within this; answering it is the resolvers' timeouts' business. */
export const REQUEST_TIMEOUT_MS = 120_000;
/** As Apollo's standalone server allowed: a page of entity representations fits. */
const MAX_BODY_BYTES = 50 * 1024 * 1024;

/** What `/readyz` answers: ready or not, and a body saying why (never person data). */
export interface Readiness {
  ready: boolean;
  body: Record<string, unknown>;
}

/** What the context factory gets for each request: the raw request, its body, and a signal that fires when the client goes away. */
export interface HttpRequestScope {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  /** The body's text as received ('' for none): the bytes the gateway signed, read again by nothing. */
  bodyText: string;
  /** Aborted when the client closes the connection before the answer is sent (a disconnect, or the gateway's deadline passing). */
  signal: AbortSignal;
}

export interface HttpServerOptions<Context extends BaseContext> {
  port: number;
  host: string;
  log: Logger;
  context(scope: HttpRequestScope): Promise<Context>;
  /** Whether the service can take traffic (its database answers, its departments are reachable); asked only while not draining. */
  readiness(): Promise<Readiness>;
  /** The service's Prometheus metrics, served at `GET /metrics` to the addresses allowed. */
  metrics?: { registry: Registry; access: MetricsAccess };
  /** Runs each request inside, e.g. to make its abandonment visible to the code that runs SQL for it. */
  around?<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T>;
  /** Answers the requests it recognises (e.g. the gateway's dashboard pages), returning true; the rest are GraphQL's. */
  routes?(req: http.IncomingMessage, res: http.ServerResponse): boolean;
  /** Spans for each GraphQL request and its operation (the probes and `/metrics` are not traced). */
  tracing?: ServiceTracing;
}

export interface HttpService {
  url: string;
  /**
   * Stops taking new connections at once (so a load balancer moves on), answers `/readyz` with 503,
   * waits for the requests in flight up to `graceMs`, then closes every connection left.
   */
  drain(graceMs: number): Promise<void>;
}

/**
 * Serves an Apollo server over plain Node HTTP, with `GET /healthz` (the process answers) and
 * `GET /readyz` (it can take traffic), `GET /metrics` (Prometheus, for the addresses allowed) beside GraphQL on every other path. Neither health endpoint
 * needs a token or reads a record: an orchestrator probes them without credentials.
 */
export async function serveHttp<Context extends BaseContext>(
  server: ApolloServer<Context>,
  options: HttpServerOptions<Context>,
): Promise<HttpService> {
  await server.start();
  const tracing = options.tracing ?? UNTRACED;
  let draining = false;
  let drained: Promise<void> | undefined;
  const inFlight = new Set<Promise<void>>();
  const httpServer = http.createServer((req, res) => {
    // Whoever reused a kept-alive connection during the drain gets an answer and is told not to come back on it.
    if (draining) res.setHeader('connection', 'close');
    else if (req.httpVersion === '1.1' && !/\bclose\b/i.test(req.headers.connection ?? '')) {
      // Setting `connection` ourselves is what stops Node writing its own `Keep-Alive: timeout=65`.
      res.setHeader('connection', 'keep-alive');
      res.setHeader('keep-alive', `timeout=${ADVERTISED_KEEP_ALIVE_SECONDS}`);
    }
    const handled = handle(req, res).catch((error: unknown) => {
      options.log.error('http request failed', { error });
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error' }] });
      else res.destroy();
    });
    inFlight.add(handled);
    void handled.finally(() => inFlight.delete(handled));
  });
  httpServer.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  httpServer.headersTimeout = HEADERS_TIMEOUT_MS;
  httpServer.requestTimeout = REQUEST_TIMEOUT_MS;

  let page: { html: string; etag: string; gzipped: Buffer } | undefined;
  /**
   * The explorer's page is megabytes of inlined script, the same on every load: sent gzipped, and
   * not at all to a browser that already has it (ETag), instead of 9 MB on every visit.
   */
  function sendPage(req: http.IncomingMessage, res: http.ServerResponse, html: string): void {
    if (page?.html !== html)
      page = { html, etag: `"${createHash('sha256').update(html).digest('base64url')}"`, gzipped: gzipSync(html) };
    res.setHeader('etag', page.etag);
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('vary', 'accept-encoding');
    if (req.headers['if-none-match'] === page.etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.end(html);
      return;
    }
    res.setHeader('content-encoding', 'gzip');
    res.end(page.gzipped);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://service');
    if (req.method === 'GET' && url.pathname === '/healthz') return sendJson(res, 200, { status: 'alive' });
    if (req.method === 'GET' && url.pathname === '/readyz') {
      if (draining) return sendJson(res, 503, { status: 'draining' });
      const { ready, body } = await options.readiness();
      return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', ...body });
    }
    if (req.method === 'GET' && url.pathname === '/metrics' && options.metrics) {
      const { registry, access } = options.metrics;
      if (!access.allows(req.socket.remoteAddress))
        return sendJson(res, 403, { error: 'metrics are for the internal network' });
      res.setHeader('content-type', registry.contentType);
      res.end(await registry.metrics());
      return;
    }
    if (options.routes?.(req, res)) return;
    await tracing.serve(req, res, () => answerGraphQL(req, res, url));
  }

  async function answerGraphQL(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const signal = abandonmentSignal(req, res);
    const received = await readJsonBody(req);
    if (received instanceof BodyError) return sendJson(res, 400, graphqlError(received.message));
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: req.method?.toUpperCase() ?? 'GET',
      headers: headerMap(req),
      search: url.search,
      body: received.body,
    };
    const execute = () =>
      tracing.operation(() =>
        server.executeHTTPGraphQLRequest({
          httpGraphQLRequest,
          context: () => options.context({ req, res, bodyText: received.text, signal }),
        }),
      );
    const response = await (options.around ? options.around(signal, execute) : execute());
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      if (res.getHeader('content-type')?.toString().startsWith('text/html'))
        return sendPage(req, res, response.body.string);
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen({ port: options.port, host: options.host }, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const { address, port } = httpServer.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;

  return {
    url: `http://${host === '[::]' || host === '0.0.0.0' ? 'localhost' : host}:${port}/`,
    drain(graceMs) {
      drained ??= drainNow(graceMs);
      return drained;
    },
  };

  async function drainNow(graceMs: number): Promise<void> {
    draining = true;
    // net.Server's close: stop listening, but leave kept-alive sockets open (http.Server's close would
    // cut the idle ones now, under a client that may be sending on them); they are answered with
    // `connection: close` until the requests in flight are done.
    const closed = new Promise<void>((resolve) => httpServer.once('close', () => resolve()));
    net.Server.prototype.close.call(httpServer);
    let timer: NodeJS.Timeout | undefined;
    const graceOver = new Promise<'grace over'>(
      (resolve) => (timer = setTimeout(() => resolve('grace over'), graceMs)),
    );
    const finished = (async () => {
      while (inFlight.size) await Promise.allSettled([...inFlight]);
    })();
    const outcome = await Promise.race([finished.then(() => 'finished' as const), graceOver]);
    clearTimeout(timer);
    if (outcome === 'grace over')
      options.log.warn('drain grace period over, closing requests in flight', { left: inFlight.size });
    httpServer.closeIdleConnections();
    httpServer.closeAllConnections();
    await closed;
    await server.stop();
  }
}

/** Fires when the client hangs up before the answer was sent: nothing will read what the request would still compute. */
function abandonmentSignal(req: http.IncomingMessage, res: http.ServerResponse): AbortSignal {
  const controller = new AbortController();
  // Every department call the gateway makes for this request listens to it (a 24-month indicator
  // series makes dozens): Node's warning at 11 listeners would report a leak where there is none.
  setMaxListeners(0, controller.signal);
  res.once('close', () => {
    if (!res.writableFinished) controller.abort(new Error('the client closed the connection before the answer'));
  });
  return controller.signal;
}

class BodyError {
  constructor(readonly message: string) {}
}

/** A request's body: as parsed (undefined for a GET or an empty body; the text where it is not JSON), and its text. */
interface ReceivedBody {
  body: unknown;
  text: string;
}

/** The request's body, or why it cannot be read. */
async function readJsonBody(req: http.IncomingMessage): Promise<ReceivedBody | BodyError> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return new BodyError(`the request body exceeds ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  if (!size) return { body: undefined, text: '' };
  const text = Buffer.concat(chunks).toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/(graphql-response\+)?json\b/i.test(type)) return { body: text, text };
  try {
    return { body: JSON.parse(text) as unknown, text };
  } catch {
    return new BodyError('the request body is not valid JSON');
  }
}

function headerMap(req: http.IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function graphqlError(message: string): Record<string, unknown> {
  return { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
