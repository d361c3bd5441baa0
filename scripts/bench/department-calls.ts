import diagnostics from 'node:diagnostics_channel';
import type { ClientRequest, IncomingMessage } from 'node:http';

/**
 * Times the gateway's calls to the departments in this process (the bench runs the hub in one): the
 * time covered by at least one call in flight, which is what the departments cost a request — the
 * rest of its time is the gateway's own (planning, merging, serialising). A call runs from its
 * request's start to the last byte of its answer, as Node's HTTP client reports them on its
 * diagnostics channels, from the last `start()` until `stop()`.
 */
export function departmentCallTimer(departmentUrls: string[]) {
  const hosts = new Set(departmentUrls.map((url) => new URL(url).host));
  let intervals: Array<[number, number]> = [];
  let listening = false;
  const started = new WeakMap<ClientRequest, number>();
  const onStart = (message: unknown) => {
    const { request } = message as { request: ClientRequest };
    if (hosts.has(String(request.getHeader('host')))) started.set(request, performance.now());
  };
  const onAnswer = (message: unknown) => {
    const { request, response } = message as { request: ClientRequest; response: IncomingMessage };
    const from = started.get(request);
    // Published once the headers are in: the call ends with its answer's last byte.
    if (from !== undefined) response.once('end', () => intervals.push([from, performance.now()]));
  };
  return {
    /** Starts timing afresh (again at every request measured: the intervals so far are dropped). */
    start() {
      intervals = [];
      if (listening) return;
      listening = true;
      diagnostics.subscribe('http.client.request.start', onStart);
      diagnostics.subscribe('http.client.response.finish', onAnswer);
    },
    stop() {
      listening = false;
      diagnostics.unsubscribe('http.client.request.start', onStart);
      diagnostics.unsubscribe('http.client.response.finish', onAnswer);
    },
    /** Milliseconds during which at least one call was in flight, since `start()`. */
    coveredMs(): number {
      let covered = 0;
      let end = -Infinity;
      for (const [from, to] of [...intervals].sort((a, b) => a[0] - b[0])) {
        if (to <= end) continue;
        covered += to - Math.max(from, end);
        end = to;
      }
      return covered;
    },
  };
}
