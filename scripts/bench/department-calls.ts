/**
 * Times the gateway's calls to the departments in this process (the bench runs the hub in one): the
 * time covered by at least one call in flight, which is what the departments cost a request — the
 * rest of its time is the gateway's own (planning, merging, serialising). Wraps `fetch` from
 * `start()` until `stop()`.
 */
export function departmentCallTimer(departmentUrls: string[]) {
  const original = globalThis.fetch;
  let intervals: Array<[number, number]> = [];
  const toDepartment = (input: unknown) => departmentUrls.some((url) => String(input).startsWith(url));
  const timed: typeof fetch = async (input, init) => {
    if (!toDepartment(input instanceof Request ? input.url : input)) return original(input, init);
    const started = performance.now();
    try {
      const response = await original(input, init);
      const body = await response.arrayBuffer();
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } finally {
      intervals.push([started, performance.now()]);
    }
  };
  return {
    start() {
      intervals = [];
      globalThis.fetch = timed;
    },
    stop() {
      globalThis.fetch = original;
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
