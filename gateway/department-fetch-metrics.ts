import { Counter, Histogram } from 'prom-client';
import type { ServiceMetrics } from '../subgraphs/shared/metrics/service-metrics';
import type { DepartmentFailureCode } from './department-failure';

const FETCH_BUCKETS_S = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

const OUTCOMES: Record<DepartmentFailureCode, string> = {
  DEPARTMENT_TIMEOUT: 'timeout',
  DEPARTMENT_UNAVAILABLE: 'unavailable',
  DEPARTMENT_OVERLOADED: 'overloaded',
};

/** The gateway's calls to each department: how many, how they ended, how long they took. */
export class DepartmentFetchMetrics {
  private readonly fetches: Counter<'department' | 'outcome'>;
  private readonly seconds: Histogram<'department'>;

  constructor(metrics: ServiceMetrics) {
    this.fetches = new Counter({
      name: 'hub_department_fetches_total',
      help: 'Calls from the gateway to a department subgraph, by outcome: ok (the department answered), timeout, unavailable (refused, unreachable, a 5xx, or its circuit open), overloaded (its queue full), error (anything else, e.g. the client left).',
      labelNames: ['department', 'outcome'] as const,
      registers: [metrics.registry],
    });
    this.seconds = new Histogram({
      name: 'hub_department_fetch_duration_seconds',
      help: 'Time from the gateway starting a call to a department until its answer arrived or the call failed.',
      labelNames: ['department'] as const,
      buckets: FETCH_BUCKETS_S,
      registers: [metrics.registry],
    });
  }

  /** Starts timing one call; the function returned records how it ended (a failure code, or none for an answer). */
  start(department: string): (failure?: DepartmentFailureCode | 'error') => void {
    const stop = this.seconds.startTimer({ department });
    return (failure) => {
      stop();
      this.fetches.inc({ department, outcome: failure ? (failure === 'error' ? 'error' : OUTCOMES[failure]) : 'ok' });
    };
  }
}
