import { isBrokenCircuitError, isBulkheadRejectedError, TaskCancelledError } from 'cockatiel';
import type { GraphQLFormattedError } from 'graphql';
import { DEPARTMENTS, type Department } from '../subgraphs/shared/departments';
import type { Logger } from '../subgraphs/shared/logging/logger';
import { DepartmentHttpError } from './department-policy';

/** The codes a client sees for a department that did not answer; its fields are null, the rest of the answer stands. */
export const DEPARTMENT_FAILURE_CODES = [
  'DEPARTMENT_UNAVAILABLE',
  'DEPARTMENT_TIMEOUT',
  'DEPARTMENT_OVERLOADED',
] as const;
export type DepartmentFailureCode = (typeof DEPARTMENT_FAILURE_CODES)[number];

/** Socket-level failures of a department that is down, restarting or unreachable (undici's and Node's codes). */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/**
 * The errors an error was caused by, itself first (`fetch failed` ← `connect ECONNREFUSED …`). Read
 * by shape, not `instanceof Error`: fetch's errors may come from another realm (a test's sandbox).
 */
export function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current !== undefined && current !== null && chain.length < 10;) {
    chain.push(current);
    current = typeof current === 'object' ? (current as { cause?: unknown }).cause : undefined;
  }
  return chain;
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Why a call to a department failed, as a client is told it; undefined for a failure that is not the
 * department's absence (a malformed answer, the department's own 500), which stays an internal error.
 */
export function classifyDepartmentFailure(error: unknown): DepartmentFailureCode | undefined {
  if (isBulkheadRejectedError(error)) return 'DEPARTMENT_OVERLOADED';
  if (isBrokenCircuitError(error)) return 'DEPARTMENT_UNAVAILABLE';
  // Not cockatiel's `isTaskCancelledError`: in 3.2.1 it tests for a bulkhead rejection instead.
  if (error instanceof TaskCancelledError) return 'DEPARTMENT_TIMEOUT';
  if (error instanceof DepartmentHttpError) return 'DEPARTMENT_UNAVAILABLE';
  for (const link of causeChain(error)) {
    const name = (link as { name?: unknown } | null)?.name;
    if (
      name === 'TimeoutError' ||
      codeOf(link) === 'UND_ERR_HEADERS_TIMEOUT' ||
      codeOf(link) === 'UND_ERR_BODY_TIMEOUT'
    )
      return 'DEPARTMENT_TIMEOUT';
    const code = codeOf(link);
    if (code && UNREACHABLE.has(code)) return 'DEPARTMENT_UNAVAILABLE';
  }
  return undefined;
}

const MESSAGES: Record<DepartmentFailureCode, (title: string) => string> = {
  DEPARTMENT_UNAVAILABLE: (title) => `${title} is unavailable: its fields in this answer are null`,
  DEPARTMENT_TIMEOUT: (title) => `${title} did not answer in time: its fields in this answer are null`,
  DEPARTMENT_OVERLOADED: (title) => `${title} has too many requests waiting: its fields in this answer are null`,
};

/**
 * The error the gateway reports for a department's fetch that failed, in the shape of a subgraph's
 * error so the gateway places it: an entity fetch's error points at the first entity it was for
 * (`_entities.0`, which the gateway maps to that entity's path), a root fetch's at its first field.
 */
export function departmentFailureError(
  department: Department,
  code: DepartmentFailureCode,
  { entityFetch, firstRootField }: { entityFetch: boolean; firstRootField?: string },
): GraphQLFormattedError {
  const path = entityFetch ? ['_entities', 0] : firstRootField ? [firstRootField] : undefined;
  return {
    message: MESSAGES[code](DEPARTMENTS[department].title),
    ...(path ? { path } : {}),
    extensions: { code, department },
  };
}

/** One warn line per failed call: the department, its URL and why, with every cause (no request data). */
export function logDepartmentFailure(
  log: Logger,
  { department, url, code, error }: { department: Department; url: string; code: string; error: unknown },
): void {
  log.warn('department call failed', {
    department,
    url,
    code,
    cause: causeChain(error).map((link) => {
      const { name, message } = link as { name?: unknown; message?: unknown };
      return { name: String(name), message: String(message), ...(codeOf(link) ? { code: codeOf(link) } : {}) };
    }),
  });
}
