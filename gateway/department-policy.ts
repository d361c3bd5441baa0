import {
  bulkhead,
  circuitBreaker,
  ConsecutiveBreaker,
  handleWhen,
  isBulkheadRejectedError,
  timeout,
  TimeoutStrategy,
  wrap,
} from 'cockatiel';
import type { Department } from '../subgraphs/shared/departments';

/** How the gateway calls one department: how long it waits, when it stops trying, how much it queues. */
export interface DepartmentCallLimits {
  /** One call, from leaving the queue to the last byte of the answer. */
  timeoutMs: number;
  /** Consecutive failed calls (refused, reset, timed out, 502–504) that open the circuit. */
  breakerFailures: number;
  /** How long an open circuit answers at once before one trial call may pass. */
  breakerOpenMs: number;
  /** Calls in flight to the department at once… */
  maxConcurrent: number;
  /** …and calls waiting for one of those; a call beyond both is refused at once (DEPARTMENT_OVERLOADED). */
  maxQueued: number;
}

/** A department answering 502, 503 or 504: a proxy in front of it, or the department draining or not ready. */
export class DepartmentHttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
    this.name = 'DepartmentHttpError';
  }
}

const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);

/** A call to a department, given the signal that aborts it when its time is up. */
export type DepartmentCall = (signal: AbortSignal) => Promise<Response>;

/**
 * The policy around every call to one department: a circuit breaker, outside a bulkhead, outside a
 * timeout. The breaker is outermost so an open circuit costs neither a queue place nor a socket; a
 * refusal by the full bulkhead is load, not the department failing, so it does not count against it.
 * The answer is read whole inside the timeout, so a department that sends headers and then stalls
 * is given up on too.
 */
export function departmentPolicy(department: Department, limits: DepartmentCallLimits) {
  const breaker = circuitBreaker(
    handleWhen((error) => !isBulkheadRejectedError(error)),
    { halfOpenAfter: limits.breakerOpenMs, breaker: new ConsecutiveBreaker(limits.breakerFailures) },
  );
  const policy = wrap(
    breaker,
    bulkhead(limits.maxConcurrent, limits.maxQueued),
    timeout(limits.timeoutMs, TimeoutStrategy.Aggressive),
  );
  return {
    department,
    breaker,
    call: (call: DepartmentCall): Promise<Response> =>
      policy.execute(async ({ signal }) => {
        const response = await call(signal);
        if (UNAVAILABLE_STATUSES.has(response.status)) {
          await response.body?.cancel();
          throw new DepartmentHttpError(response.status);
        }
        const body = await response.arrayBuffer();
        return new Response(body, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        });
      }),
  };
}

export type DepartmentPolicy = ReturnType<typeof departmentPolicy>;
