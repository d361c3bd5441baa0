import http from 'node:http';

/** A department's answer, read whole: what the policy checks and the data source parses. */
export interface DepartmentAnswer {
  status: number;
  statusText: string;
  headers: Headers;
  body: Uint8Array<ArrayBuffer>;
}

/** What a data source hands its fetcher: a POST of a GraphQL request's JSON. */
export interface DepartmentRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer | null;
}

/**
 * How long a kept-alive socket to a department may stay idle before the gateway closes it. The side
 * that closes an idle socket must be the client: a department closes one after 65 s
 * (KEEP_ALIVE_TIMEOUT_MS), and a call written to a socket as the department closes it fails with
 * ECONNRESET — one district's fields lost to a race. Node's agent closes a free socket a second
 * before the department's `Keep-Alive: timeout` hint only when it has a timeout of its own to lower;
 * without one it keeps the socket until the department closes it.
 */
export const IDLE_SOCKET_MS = 30_000;

/** Kept-alive sockets to one department, at most `maxSockets` at once, closed by the gateway when idle. */
export function departmentAgent(maxSockets: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets, timeout: IDLE_SOCKET_MS });
}

/**
 * One POST to a department over Node's own HTTP client, on a {@link departmentAgent}'s sockets. Not
 * `fetch`: its WHATWG request, stream and signal objects cost about a millisecond of the gateway's
 * thread per call (0.8 against 0.2 ms here), and a 360° view makes five calls. The answer is read
 * whole before it resolves; `signal` aborts the call at any point, with the socket's error as `fetch`
 * would give it.
 */
export function postToDepartment(
  agent: http.Agent,
  url: string,
  init: DepartmentRequest,
  signal: AbortSignal,
): Promise<DepartmentAnswer> {
  return new Promise((resolve, reject) => {
    const body = init.body ?? '';
    const request = http.request(
      url,
      {
        method: init.method ?? 'POST',
        agent,
        signal,
        headers: { ...init.headers, 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            statusText: response.statusMessage ?? '',
            headers: headersOf(response.headers),
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

function headersOf(incoming: http.IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (Array.isArray(value)) for (const each of value) headers.append(name, each);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}
