import { Counter, Histogram } from 'prom-client';
import type { ServiceMetrics } from '../subgraphs/shared/metrics/service-metrics';

const FETCH_BUCKETS_S = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** The gateway's calls to each department: how many, how they ended, how long they took. */
export class DepartmentFetchMetrics {
  private readonly fetches: Counter<'department' | 'outcome'>;
  private readonly seconds: Histogram<'department'>;

  constructor(metrics: ServiceMetrics) {
    this.fetches = new Counter({
      name: 'hub_department_fetches_total',
      help: 'Calls from the gateway to a department subgraph, by outcome: ok (HTTP 2xx), http_error (another status), timeout, aborted (the client left), error (no answer: refused, reset, unreachable).',
      labelNames: ['department', 'outcome'] as const,
      registers: [metrics.registry],
    });
    this.seconds = new Histogram({
      name: 'hub_department_fetch_duration_seconds',
      help: 'Time from the gateway sending a call to a department until its answer arrived or the call failed.',
      labelNames: ['department'] as const,
      buckets: FETCH_BUCKETS_S,
      registers: [metrics.registry],
    });
  }

  /** `fetch` for one department, counted. */
  measured(department: string, fetch: Fetch): Fetch {
    return async (input, init) => {
      const stop = this.seconds.startTimer({ department });
      try {
        const response = await fetch(input, init);
        this.fetches.inc({ department, outcome: response.ok ? 'ok' : 'http_error' });
        return response;
      } catch (error) {
        this.fetches.inc({ department, outcome: failureOutcome(error) });
        throw error;
      } finally {
        stop();
      }
    };
  }
}

function failureOutcome(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError') return 'timeout';
  if (name === 'AbortError') return 'aborted';
  return 'error';
}
