import { BrokenCircuitError, BulkheadRejectedError, TaskCancelledError } from 'cockatiel';
import { causeChain, classifyDepartmentFailure, departmentFailureError } from '../../../gateway/department-failure';
import { DepartmentHttpError } from '../../../gateway/department-policy';
import { readGatewayConfig } from '../../../gateway/gateway-config';
import { formatError } from '../../../subgraphs/shared/server/errors-and-logging';

/** A failure as Node's fetch reports it: `TypeError: fetch failed`, the socket's error as its cause. */
function fetchFailed(code: string): Error {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(`connect ${code} 127.0.0.1:4002`), { code }) });
}

describe('a failed call to a department', () => {
  it('is unavailable when the connection is refused, reset or cut', () => {
    for (const code of ['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET'])
      expect(classifyDepartmentFailure(fetchFailed(code))).toBe('DEPARTMENT_UNAVAILABLE');
  });

  it('is unavailable when the department answers 502, 503 or 504, or its circuit is open', () => {
    expect(classifyDepartmentFailure(new DepartmentHttpError(503))).toBe('DEPARTMENT_UNAVAILABLE');
    expect(classifyDepartmentFailure(new BrokenCircuitError())).toBe('DEPARTMENT_UNAVAILABLE');
  });

  it('timed out when the policy gave up waiting or the fetch was aborted by a deadline', () => {
    expect(classifyDepartmentFailure(new TaskCancelledError())).toBe('DEPARTMENT_TIMEOUT');
    expect(classifyDepartmentFailure(new DOMException('signal timed out', 'TimeoutError'))).toBe('DEPARTMENT_TIMEOUT');
  });

  it('is overloaded when the department’s queue is full', () => {
    expect(classifyDepartmentFailure(new BulkheadRejectedError(64, 256))).toBe('DEPARTMENT_OVERLOADED');
  });

  it('stays an internal error when it is not the department’s absence', () => {
    expect(classifyDepartmentFailure(new Error('Expected JSON response body'))).toBeUndefined();
    expect(classifyDepartmentFailure(new TypeError('fetch failed'))).toBeUndefined();
  });
});

describe('the error a client sees', () => {
  it('names the department and passes the gateway’s error masking', () => {
    const error = departmentFailureError('health', 'DEPARTMENT_UNAVAILABLE', { entityFetch: true });
    expect(error.extensions).toEqual({ code: 'DEPARTMENT_UNAVAILABLE', department: 'health' });
    expect(error.path).toEqual(['_entities', 0]);
    expect(formatError(error, error)).toBe(error);
  });

  it('points a failed root fetch at its first field', () => {
    expect(
      departmentFailureError('finance', 'DEPARTMENT_TIMEOUT', { entityFetch: false, firstRootField: 'lotteryFunds' })
        .path,
    ).toEqual(['lotteryFunds']);
  });
});

describe('the department call limits', () => {
  it('default each department’s timeout to SUBGRAPH_TIMEOUT_MS and take a department’s own', () => {
    const { departmentLimits } = readGatewayConfig({ SUBGRAPH_TIMEOUT_MS: '3000', HEALTH_TIMEOUT_MS: '1500' });
    expect(departmentLimits.health.timeoutMs).toBe(1500);
    expect(departmentLimits.finance).toEqual({
      timeoutMs: 3000,
      breakerFailures: 5,
      breakerOpenMs: 10_000,
      maxConcurrent: 64,
      maxQueued: 256,
    });
  });

  it('refuse a limit out of range, naming it', () => {
    expect(() => readGatewayConfig({ FINANCE_TIMEOUT_MS: '0', SUBGRAPH_MAX_CONCURRENT: 'many' })).toThrow(
      /SUBGRAPH_MAX_CONCURRENT[\s\S]*FINANCE_TIMEOUT_MS/,
    );
  });
});

describe('the cause chain', () => {
  it('follows causes of errors from another realm, which are no `instanceof Error` here', () => {
    const foreign = { name: 'TypeError', message: 'fetch failed', cause: { message: 'connect', code: 'ECONNRESET' } };
    expect(causeChain(foreign)).toHaveLength(2);
    expect(classifyDepartmentFailure(foreign)).toBe('DEPARTMENT_UNAVAILABLE');
  });
});
