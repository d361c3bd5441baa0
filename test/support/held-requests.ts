import type { ApolloServerPlugin } from '@apollo/server';
import type { SubgraphContext } from '../../subgraphs/shared/context/context';
import { SELECTION_CHECK_HEADER } from '../../subgraphs/shared/auth/selection-check';
import type { Department } from '../../subgraphs/shared/departments';

/**
 * A gate in one department's subgraph: while closed, each GraphQL request to it waits after its
 * operation is resolved and before anything runs, so a test can stop the subgraph, or abandon the
 * request, with a known number of requests in flight. Pass `plugin` to `startTestHub`. The gateway's
 * check of a mutation's selection (auth/selection-check.ts) goes through, so the mutation itself is held.
 */
export class HeldRequests {
  private closed = false;
  private open: () => void = () => undefined;
  private gate = Promise.resolve();
  private readonly held: AbortSignal[] = [];
  private finished = 0;
  private readonly waiters = new Set<() => void>();

  constructor(private readonly department: Department) {}

  readonly plugin: ApolloServerPlugin<SubgraphContext<unknown>> = {
    requestDidStart: ({ contextValue, request }) => {
      if (contextValue.config.department !== this.department || !this.closed) return Promise.resolve();
      if (request.http?.headers.get(SELECTION_CHECK_HEADER) === 'only') return Promise.resolve();
      const gate = this.gate;
      return Promise.resolve({
        didResolveOperation: async () => {
          this.held.push(contextValue.abandoned);
          contextValue.abandoned.addEventListener('abort', () => this.changed());
          this.changed();
          await gate;
        },
        willSendResponse: () => {
          this.finished++;
          this.changed();
          return Promise.resolve();
        },
      });
    },
  };

  /** From now on, requests to the department wait at the gate. */
  hold(): void {
    this.closed = true;
    this.gate = new Promise((resolve) => (this.open = resolve));
  }

  /** Lets every waiting request go on, and no longer holds new ones. */
  release(): void {
    this.closed = false;
    this.open();
  }

  /** Requests held so far, waiting or not: what {@link whenHeld} and {@link whenAbandoned} count. */
  get heldSoFar(): number {
    return this.held.length;
  }

  /** Resolves once this many requests wait at the gate. */
  whenHeld(count: number): Promise<void> {
    return this.until(() => this.held.length >= count);
  }

  /** Resolves once the subgraph has seen the clients of this many held requests hang up. */
  whenAbandoned(count: number): Promise<void> {
    return this.until(() => this.held.filter((signal) => signal.aborted).length >= count);
  }

  /** Resolves once this many held requests have sent their answer (or tried to, to a client who left). */
  whenFinished(count: number): Promise<void> {
    return this.until(() => this.finished >= count);
  }

  private until(done: () => boolean): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => {
        if (!done()) return;
        this.waiters.delete(check);
        resolve();
      };
      this.waiters.add(check);
    });
  }

  private changed(): void {
    for (const check of [...this.waiters]) check();
  }
}
