import { AsyncLocalStorage } from 'node:async_hooks';
import { type BeforeQueryEvent, type EntitySubscriberInterface, EventSubscriber } from 'typeorm';

/**
 * A request whose client has gone (a disconnect, or the gateway's deadline passed and it closed the
 * connection): nothing will read its answer, so the SQL it has not sent yet is not sent.
 */
export class RequestAbandonedError extends Error {
  /** `undone`: the work this service drops for it (a subgraph its SQL, the gateway its department calls). */
  constructor(undone = 'its remaining SQL is not run') {
    super(`the client abandoned this request; ${undone}`);
    this.name = 'RequestAbandonedError';
  }
}

const requestSignal = new AsyncLocalStorage<AbortSignal>();

/** Runs a request's work with its abandonment signal in scope of every statement it sends (loaders, resolvers, transactions). */
export function runAbandonable<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  return requestSignal.run(signal, work);
}

/** Throws when the request being served has been abandoned; does nothing outside a request (seeding, migrations, timers). */
export function throwIfAbandoned(): void {
  if (requestSignal.getStore()?.aborted) throw new RequestAbandonedError();
}

/**
 * Stops an abandoned request's statements before they reach the database. Inside a transaction every
 * statement runs, so a transaction always ends with its COMMIT or ROLLBACK; `transaction()` checks
 * before it begins one instead.
 */
@EventSubscriber()
export class AbandonedRequestGuard implements EntitySubscriberInterface {
  beforeQuery(event: BeforeQueryEvent): void {
    if (!event.queryRunner.isTransactionActive) throwIfAbandoned();
  }
}

/** The abandonment signal of the request being served, if any: the gateway ties its subgraph calls to it. */
export function currentRequestSignal(): AbortSignal | undefined {
  return requestSignal.getStore();
}
