import { GraphQLError } from 'graphql';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { noteChanges } from '../changes/change-capture';
import { ChangeOperation } from '../changes/change-operation.enum';
import { ErrorCode } from '../errors/errors';
import { chunksOf } from './bulk-limits';
import { BulkMode } from './bulk-mode.enum';
import { BulkItemResult, BulkOutcome, BulkWriteResult } from './bulk-outcome';

/** What a load decided for one item, before anything is written. */
export type BulkDecision<E> =
  | { outcome: BulkOutcome.CREATED | BulkOutcome.UPDATED | BulkOutcome.UNCHANGED; record: E }
  | { outcome: BulkOutcome.REFUSED; error: GraphQLError };

/**
 * An item's refusal from what its checks threw: the same `GraphQLError` (code, field, message) the
 * single mutation answers. Anything else is a fault of the hub, not of the item, and fails the load.
 */
export function refusedBy(error: unknown): BulkDecision<never> {
  if (error instanceof GraphQLError) return { outcome: BulkOutcome.REFUSED, error };
  throw error;
}

/** Decides one item with its checks, turning what they throw into the item's refusal. */
export function decide<E>(work: () => BulkDecision<E>): BulkDecision<E> {
  try {
    return work();
  } catch (error) {
    return refusedBy(error);
  }
}

export interface BulkWrite<E extends ObjectLiteral> {
  target: EntityTarget<E>;
  mode: BulkMode;
  decisions: ReadonlyArray<BulkDecision<E>>;
  /** The record's id as items answer it (record number or person key). */
  idOf: (record: E) => string;
  /** The person a record is about, where it is about one (for the audit entry). */
  personKeyOf?: (record: E) => string | null;
  /** Sets the generated record numbers of new records (read back by their source references). */
  assignIds?: (created: E[]) => Promise<void>;
  /** The GraphQL type of the records, for the load's audit entry. */
  recordType: string;
}

/**
 * Writes a load's decided items in the caller's transaction: new records in multi-row INSERTs and
 * changed ones in multi-row upserts on their primary key, a few hundred rows per statement, each row noted in the
 * change feed as created or updated. In ALL_OR_NOTHING mode one refused item
 * writes nothing. Answers every item in the order sent.
 */
export async function writeBulk<E extends ObjectLiteral>(
  manager: EntityManager,
  { target, mode, decisions, idOf, personKeyOf, assignIds, recordType }: BulkWrite<E>,
): Promise<BulkWriteResult> {
  const anyRefused = decisions.some((decision) => decision.outcome === BulkOutcome.REFUSED);
  const writes = mode === BulkMode.ALL_OR_NOTHING && anyRefused ? [] : decisions;
  const created = writes.flatMap((d) => (d.outcome === BulkOutcome.CREATED ? [d.record] : []));
  const updated = writes.flatMap((d) => (d.outcome === BulkOutcome.UPDATED ? [d.record] : []));
  for (const chunk of chunksOf(created)) await insertRows(manager, target, chunk);
  if (created.length && assignIds) await assignIds(created);
  for (const chunk of chunksOf(updated)) await upsertRows(manager, target, chunk);
  // Listeners are off for these statements (an upsert looks like an insert to them, and new rows have
  // no ids yet), so the change feed is told here what each row became.
  noteChanges(manager, target, created.map(idOf), ChangeOperation.CREATED);
  noteChanges(manager, target, updated.map(idOf), ChangeOperation.UPDATED);
  return bulkResult(
    recordType,
    decisions.map((decision, index) => itemResult(index, decision, writes === decisions, idOf, personKeyOf)),
  );
}

/**
 * A multi-row INSERT that leaves the rows as given, its changes noted by the caller: TypeORM's re-read of generated values (on the
 * databases without RETURNING) pairs the rows it reads back with the entities by position, which a
 * multi-row statement does not keep, and costs a SELECT per chunk.
 */
async function insertRows<E extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<E>, rows: E[]) {
  await manager
    .createQueryBuilder()
    .insert()
    .into(target)
    .values(rows)
    .updateEntity(false)
    .callListeners(false)
    .execute();
}

/** A multi-row upsert on the primary key, writing every column a load sets (not the creation time). */
async function upsertRows<E extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<E>, rows: E[]) {
  const metadata = manager.connection.getMetadata(target);
  const key = metadata.primaryColumns.map((column) => column.databaseName);
  const overwritten = metadata.columns
    .filter((column) => !column.isPrimary && !column.isCreateDate && !column.isGenerated)
    .map((column) => column.databaseName);
  await manager
    .createQueryBuilder()
    .insert()
    .into(target)
    .values(rows)
    .orUpdate(overwritten, key)
    .updateEntity(false)
    .callListeners(false)
    .execute();
}

function itemResult<E extends ObjectLiteral>(
  index: number,
  decision: BulkDecision<E>,
  written: boolean,
  idOf: (record: E) => string,
  personKeyOf: ((record: E) => string | null) | undefined,
): BulkItemResult {
  const item = Object.assign(new BulkItemResult(), {
    index,
    id: null,
    code: null,
    field: null,
    message: null,
    personKey: null,
  });
  if (decision.outcome === BulkOutcome.REFUSED) {
    const { extensions, message } = decision.error;
    return Object.assign(item, {
      outcome: BulkOutcome.REFUSED,
      code: typeof extensions.code === 'string' ? extensions.code : ErrorCode.BadUserInput,
      field: typeof extensions.field === 'string' ? extensions.field : null,
      message,
    });
  }
  if (!written) return Object.assign(item, { outcome: BulkOutcome.NOT_WRITTEN });
  return Object.assign(item, {
    outcome: decision.outcome,
    id: idOf(decision.record),
    personKey: personKeyOf?.(decision.record) ?? null,
  });
}

function bulkResult(recordType: string, items: BulkItemResult[]): BulkWriteResult {
  const count = (outcome: BulkOutcome) => items.filter((item) => item.outcome === outcome).length;
  return Object.assign(new BulkWriteResult(), {
    recordType,
    items,
    created: count(BulkOutcome.CREATED),
    updated: count(BulkOutcome.UPDATED),
    unchanged: count(BulkOutcome.UNCHANGED),
    refused: count(BulkOutcome.REFUSED),
    notWritten: count(BulkOutcome.NOT_WRITTEN),
  });
}

/**
 * Refuses the second and later items of a load that name one record (the same source reference or
 * natural key twice): which of them should win is the sending system's to say, not the hub's.
 */
export class OncePerLoad {
  private readonly seen = new Map<string, number>();

  claim(key: string, index: number, refuse: (firstIndex: number) => GraphQLError): void {
    const first = this.seen.get(key);
    if (first !== undefined) throw refuse(first);
    this.seen.set(key, index);
  }
}
