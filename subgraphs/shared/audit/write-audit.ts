import { AsyncLocalStorage } from 'node:async_hooks';
import type { MiddlewareFn } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import type { SubgraphContext } from '../context/context';
import { appendAudit } from './audit-chain';
import { logCheckpoint } from './audit-checkpoint';
import { subjectsOf } from './audit-collector';
import { isReplay } from '../idempotency/idempotency-scope';
import { AuditKind } from './audit-kind.enum';

interface WriteScope {
  context: SubgraphContext<unknown>;
  mutation: string;
  args: Record<string, unknown>;
}

const writeScope = new AsyncLocalStorage<WriteScope>();

/**
 * Marks the execution of each mutation, so that `transaction` appends the write's audit entry in
 * the same database transaction as the write: no write without its entry, and no entry without it.
 */
export const markMutations: MiddlewareFn<SubgraphContext<unknown>> = ({ info, context, args }, next) =>
  writeScope.run({ context, mutation: info.fieldName, args }, next);

/**
 * Called by `transaction` with the write's result, inside its transaction. Returns what to do once
 * the transaction has committed: log the checkpoint the entry completed, if it completed one.
 */
export async function auditWrite(manager: EntityManager, result: unknown): Promise<(() => void) | null> {
  const scope = writeScope.getStore();
  if (!scope?.context.caller) return null;
  const { caller, requestId, config, log } = scope.context;
  const input = (scope.args.input ?? scope.args) as Record<string, unknown>;
  const subjects = subjectsOf(result, new Set(typeof input.personKey === 'string' ? [input.personKey] : []));
  const { checkpoint } = await appendAudit(
    manager,
    {
      callerId: caller.id,
      callerRole: caller.role,
      callerDepartment: caller.department,
      operation: scope.mutation,
      kind: isReplay() ? AuditKind.REPLAY : AuditKind.WRITE,
      ...subjects,
      fields: Object.keys(input).sort(),
      requestId,
    },
    config,
  );
  return checkpoint && (() => logCheckpoint(log, checkpoint));
}

/** The request id of the mutation being written, for the change log's entries; null outside a caller's mutation. */
export function currentWriteRequestId(): string | null {
  return writeScope.getStore()?.context.requestId ?? null;
}
