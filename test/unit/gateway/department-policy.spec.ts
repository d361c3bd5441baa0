import { getEventListeners, setMaxListeners } from 'node:events';
import { describe, expect, it } from '@jest/globals';
// The signal cockatiel derives a call's timeout from when it is given none: one for the whole process.
import { CircuitState } from 'cockatiel';
import { neverAbortedSignal } from 'cockatiel/dist/common/abort';
import { type DepartmentCall, departmentPolicy } from '../../../gateway/department-policy';
import { RequestAbandonedError } from '../../../subgraphs/shared/db/abandoned-requests';

const LIMITS = { timeoutMs: 10_000, breakerFailures: 5, breakerOpenMs: 1000, maxConcurrent: 20, maxQueued: 20 };

/** A call that answers 200 once `release` is called, or rejects when its signal aborts. */
function heldCall(): { call: DepartmentCall; release: () => void; signals: AbortSignal[] } {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const signals: AbortSignal[] = [];
  const call: DepartmentCall = (signal) => {
    signals.push(signal);
    return new Promise((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
      void released.then(() =>
        resolve({ status: 200, statusText: 'OK', headers: new Headers(), body: new Uint8Array(new ArrayBuffer(0)) }),
      );
    });
  };
  return { call, release: () => release(), signals };
}

/** The client signal of a request, as the HTTP server makes it: any number of department calls listen to it. */
function clientSignal(): AbortController {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}

describe('a department call under its policy', () => {
  it('listens to its request’s signal, not to one shared by every call in flight', async () => {
    const policy = departmentPolicy('health', LIMITS);
    const held = heldCall();
    const client = clientSignal();
    // Beyond ten listeners on one signal Node warns of a leak: the shared one would carry a listener per call.
    const calls = Array.from({ length: 16 }, () => policy.call(held.call, client.signal));
    await new Promise((resolve) => setImmediate(resolve));
    expect(getEventListeners(neverAbortedSignal, 'abort')).toHaveLength(0);
    expect(getEventListeners(client.signal, 'abort')).toHaveLength(16);
    held.release();
    const answers = await Promise.all(calls);
    expect(answers.map((answer) => answer.status)).toEqual(Array(16).fill(200));
    expect(getEventListeners(client.signal, 'abort')).toHaveLength(0);
  });

  it('ends the calls of a request whose client hangs up', async () => {
    const policy = departmentPolicy('finance', LIMITS);
    const held = heldCall();
    const client = clientSignal();
    const pending = policy.call(held.call, client.signal);
    await new Promise((resolve) => setImmediate(resolve));
    client.abort(new Error('the client closed the connection before the answer'));
    await expect(pending).rejects.toThrow();
    expect(held.signals[0].aborted).toBe(true);
  });

  it('does not count calls its clients hung up on against the department: the circuit stays closed', async () => {
    const policy = departmentPolicy('joint-meeting', { ...LIMITS, breakerFailures: 2 });
    for (let i = 0; i < 3; i++) {
      const held = heldCall();
      const client = clientSignal();
      const pending = policy.call(held.call, client.signal);
      await new Promise((resolve) => setImmediate(resolve));
      client.abort(new Error('the client closed the connection before the answer'));
      await expect(pending).rejects.toBeInstanceOf(RequestAbandonedError);
    }
    expect(policy.breaker.state).toBe(CircuitState.Closed);
    const held = heldCall();
    held.release();
    expect((await policy.call(held.call, clientSignal().signal)).status).toBe(200);
  });

  it('still opens the circuit for a department whose calls fail', async () => {
    const policy = departmentPolicy('joint-meeting', { ...LIMITS, breakerFailures: 2 });
    const refused: DepartmentCall = () =>
      Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    for (let i = 0; i < 2; i++)
      await expect(policy.call(refused, clientSignal().signal)).rejects.toThrow('ECONNREFUSED');
    expect(policy.breaker.state).toBe(CircuitState.Open);
  });
});
