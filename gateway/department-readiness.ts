import type { Readiness } from '../subgraphs/shared/server/http-server';

/** How long the gateway's readiness waits for one department's `/readyz`; a probe must answer well within its own timeout. */
const DEPARTMENT_PROBE_MS = 2_000;

/**
 * The gateway's readiness: the supergraph is loaded (it is, once the server answers) and the
 * departments it routes to answer their own `/readyz`. A department that is down costs its fields,
 * not the whole graph, so the gateway is ready while any department is; the body names each one's
 * state so an operator sees which is missing.
 */
export function departmentReadiness(departments: ReadonlyMap<string, string>): () => Promise<Readiness> {
  return async () => {
    const states = await Promise.all(
      [...departments].map(async ([name, url]) => [name, await probe(new URL('/readyz', url))] as const),
    );
    return {
      ready: states.some(([, state]) => state === 'ready'),
      body: { supergraph: 'loaded', departments: Object.fromEntries(states) },
    };
  };
}

async function probe(url: URL): Promise<'ready' | 'not ready' | 'unreachable'> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(DEPARTMENT_PROBE_MS) });
    await response.body?.cancel();
    return response.ok ? 'ready' : 'not ready';
  } catch {
    return 'unreachable';
  }
}
