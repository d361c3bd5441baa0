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
import { RequestAbandonedError } from '../subgraphs/shared/db/abandoned-requests';
import type { Department } from '../subgraphs/shared/departments';
import type { DepartmentAnswer } from './department-http';

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

/** A call to a department, given the signal that aborts it when its time is up; it resolves with the answer read whole. */
export type DepartmentCall = (signal: AbortSignal) => Promise<DepartmentAnswer>;

/**
 * The policy around every call to one department: a circuit breaker, outside a bulkhead, outside a
 * timeout. The breaker is outermost so an open circuit costs neither a queue place nor a socket; a
 * refusal by the full bulkhead is load, not the department failing, so it does not count against it,
 * nor does a call ended because its client hung up (a dashboard closed mid-report would otherwise
 * open the circuit, and every caller would be told the department is unavailable).
 * The call reads the answer whole inside the timeout, so a department that sends headers and then
 * stalls is given up on too.
 */
export function departmentPolicy(department: Department, limits: DepartmentCallLimits) {
  const breaker = circuitBreaker(
    handleWhen((error) => !isBulkheadRejectedError(error) && !(error instanceof RequestAbandonedError)),
    { halfOpenAfter: limits.breakerOpenMs, breaker: new ConsecutiveBreaker(limits.breakerFailures) },
  );
  const limited = wrap(
    bulkhead(limits.maxConcurrent, limits.maxQueued),
    // Not aborted once the call has returned: its answer is read whole by then, and aborting a signal costs an AbortError (a stack trace) and its listeners' work on every call.
    timeout(limits.timeoutMs, { strategy: TimeoutStrategy.Aggressive, abortOnReturn: false }),
  );
  return {
    department,
    breaker,
    /** Calls in flight at once: more sockets than this would stay idle. */
    maxConcurrent: limits.maxConcurrent,
    /**
     * `client` is the signal of the request the call is made for: its hanging up ends the call (and its
     * queue place). Without one, cockatiel derives every call's timeout from one shared signal, which
     * then carries a listener per call in flight and Node warns of a leak beyond ten.
     */
    call: (call: DepartmentCall, client?: AbortSignal): Promise<Response> =>
      breaker.execute(async () => {
        try {
          return await limited.execute(async ({ signal }) => {
            const answer = await call(signal);
            if (UNAVAILABLE_STATUSES.has(answer.status)) throw new DepartmentHttpError(answer.status);
            return new Response(answer.body, {
              status: answer.status,
              statusText: answer.statusText,
              headers: answer.headers,
            });
          }, client);
        } catch (error) {
          // Whatever the call's own error (cancelled, reset), it ended because nobody waits for it.
          if (client?.aborted) throw new RequestAbandonedError('its department calls are ended');
          throw error;
        }
      }),
  };
}

export type DepartmentPolicy = ReturnType<typeof departmentPolicy>;
