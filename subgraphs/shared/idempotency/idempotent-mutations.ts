import type { MiddlewareFn } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { SubgraphContext } from '../context/context';
import { transaction } from '../db/transaction';
import { ConflictError } from '../errors/errors';
import { argumentsFingerprint } from './fingerprint';
import { idempotencyKeyOf, requireSingleMutation } from './idempotency-key';
import { IdempotencyRecord } from './idempotency-record.entity';
import { type KeyScope, withIdempotentRun } from './idempotency-scope';
import { decodeResult, type Stored } from './stored-result';

/**
 * Makes every mutation safe to retry with an `Idempotency-Key` header. Runs after the caller's
 * authorisation (type-graphql puts its auth check first) and before the arguments are validated:
 * a repeat of a write that succeeded answers its stored result even where the write itself would
 * now be refused (a second discharge of one stay).
 */
export const idempotentMutations: MiddlewareFn<SubgraphContext<unknown>> = async (
  { info, context, args },
  nextResolver,
) => {
  const next = nextResolver as () => Promise<unknown>;
  const key = idempotencyKeyOf(context.idempotencyKey);
  if (key === undefined || !context.caller) return next();
  requireSingleMutation(info.operation, info.fragments);
  const scope: KeyScope = { callerId: context.caller.id, idempotencyKey: key, mutation: info.fieldName };
  const fingerprint = argumentsFingerprint(args, context.config.personKeySecret);
  const earlier = await findRecord(context.dataSource, scope);
  if (earlier && !earlier.lapsed) return replay(context.dataSource, earlier.record, fingerprint);
  try {
    return await withIdempotentRun({ kind: 'first', scope, fingerprint, lapsedRecord: Boolean(earlier) }, next);
  } catch (error) {
    // A duplicate sent at the same moment lost the claim, or saw the winner's write and was refused
    // by the mutation's own rules: either way the winner's stored result is its answer.
    const winner = await findRecord(context.dataSource, scope);
    if (!winner || winner.lapsed) throw error;
    return replay(context.dataSource, winner.record, fingerprint);
  }
};

async function findRecord(
  dataSource: DataSource,
  scope: KeyScope,
): Promise<{ record: IdempotencyRecord; lapsed: boolean } | null> {
  const record = await dataSource.manager.findOneBy(IdempotencyRecord, { ...scope });
  return record && { record, lapsed: record.expiresAt <= new Date().toISOString() };
}

/** Answers a repeat with the first write's stored result, in a transaction that leaves a REPLAY audit entry and writes nothing else. */
function replay(dataSource: DataSource, record: IdempotencyRecord, fingerprint: string): Promise<unknown> {
  if (record.fingerprint !== fingerprint)
    throw new ConflictError(
      `"${record.idempotencyKey}" was already used for ${record.mutation} with other input; send a new key for a new write`,
      'Idempotency-Key',
    );
  return withIdempotentRun({ kind: 'replay' }, () =>
    transaction(dataSource, () => Promise.resolve(decodeResult(record.result as Stored, dataSource))),
  );
}
