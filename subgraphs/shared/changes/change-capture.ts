import {
  type EntityManager,
  type EntityMetadata,
  type EntityTarget,
  type EntitySubscriberInterface,
  EventSubscriber,
  type InsertEvent,
  type ObjectLiteral,
  type QueryRunner,
  type RemoveEvent,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
  type UpdateEvent,
} from 'typeorm';
import type { ClassType } from '../class-type';
import { dropChanges, flushChanges, isChangeLogSuspended, noteChange } from './change-log';
import { ChangeOperation } from './change-operation.enum';
import { recordedTypes, recordKeyOf } from './recorded-types';

/** What `noteChanges` finds among a database's subscribers: the capture that knows its recorded types. */
abstract class RecordsChanges {
  abstract typeNameOf(target: unknown): string | undefined;
}

/**
 * The department's change capture: notes every insert, update and removal of its records
 * (`recordedTypes`) into the transaction's pending changes, and writes them to the change log just
 * before the transaction commits. A write the log would miss is refused before it runs: one outside
 * a transaction (nothing would flush it) and a query-builder UPDATE or DELETE, which names no record
 * (run it with `.callListeners(false)` and `noteChanges`).
 */
export function changeCapture(entities: ClassType[]): new () => EntitySubscriberInterface {
  const recorded = recordedTypes(entities);
  const typeOf = (metadata: EntityMetadata) => (isChangeLogSuspended() ? undefined : recorded.get(metadata.target));

  class ChangeCapture extends RecordsChanges implements EntitySubscriberInterface {
    typeNameOf(target: unknown): string | undefined {
      return recorded.get(target);
    }

    beforeInsert({ metadata, queryRunner }: InsertEvent<ObjectLiteral>): void {
      if (typeOf(metadata)) requireTransaction(queryRunner, metadata);
    }

    afterInsert({ metadata, queryRunner, entity }: InsertEvent<ObjectLiteral>): void {
      const entityType = typeOf(metadata);
      if (!entityType) return;
      const recordId = recordKeyOf(metadata, entity);
      if (recordId === undefined)
        throw new Error(
          `${metadata.name} inserted without reading back its key (updateEntity(false)?): the change feed could not name it`,
        );
      noteChange(queryRunner, { entityType, recordId, operation: ChangeOperation.CREATED });
    }

    beforeUpdate({ metadata, queryRunner, entity, databaseEntity }: UpdateEvent<ObjectLiteral>): void {
      if (!typeOf(metadata)) return;
      requireTransaction(queryRunner, metadata);
      keyOfChanged(metadata, entity, databaseEntity);
    }

    afterUpdate({ metadata, queryRunner, entity, databaseEntity }: UpdateEvent<ObjectLiteral>): void {
      const entityType = typeOf(metadata);
      if (!entityType) return;
      const recordId = keyOfChanged(metadata, entity, databaseEntity);
      noteChange(queryRunner, { entityType, recordId, operation: ChangeOperation.UPDATED });
    }

    beforeRemove({ metadata, queryRunner, entity, databaseEntity, entityId }: RemoveEvent<ObjectLiteral>): void {
      if (!typeOf(metadata)) return;
      requireTransaction(queryRunner, metadata);
      keyOfRemoved(metadata, entity, databaseEntity, entityId);
    }

    afterRemove({ metadata, queryRunner, entity, databaseEntity, entityId }: RemoveEvent<ObjectLiteral>): void {
      const entityType = typeOf(metadata);
      if (!entityType) return;
      const recordId = keyOfRemoved(metadata, entity, databaseEntity, entityId);
      noteChange(queryRunner, { entityType, recordId, operation: ChangeOperation.DELETED });
    }

    beforeTransactionCommit({ manager, queryRunner }: TransactionCommitEvent): Promise<void> {
      return flushChanges(manager, queryRunner);
    }

    afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
      dropChanges(queryRunner);
    }
  }
  // The decorator's registration, applied by hand: the class closes over this department's records.
  EventSubscriber()(ChangeCapture);
  return ChangeCapture;
}

/**
 * For a write the subscriber does not see (a query-builder UPDATE or DELETE, which names no record):
 * notes the changed records by their keys, in the write's transaction. Such a statement runs with
 * `.callListeners(false)`, or the subscriber refuses it.
 */
export function noteChanges(
  manager: EntityManager,
  target: EntityTarget<ObjectLiteral>,
  recordIds: ReadonlyArray<string | number>,
  operation: ChangeOperation,
): void {
  const { queryRunner, connection } = manager;
  if (!queryRunner?.isTransactionActive)
    throw new Error('changes are noted inside the transaction that makes them (use transaction())');
  const capture = connection.subscribers.find((subscriber) => subscriber instanceof RecordsChanges);
  const metadata = connection.getMetadata(target);
  const entityType = capture?.typeNameOf(metadata.target);
  if (!entityType) throw new Error(`${metadata.name} is not a record the change feed reports`);
  if (isChangeLogSuspended()) return;
  for (const recordId of recordIds) noteChange(queryRunner, { entityType, recordId: String(recordId), operation });
}

function requireTransaction(queryRunner: QueryRunner, metadata: EntityMetadata): void {
  if (!queryRunner.isTransactionActive)
    throw new Error(
      `${metadata.name} written outside a transaction: the change feed would miss it (write through transaction())`,
    );
}

function keyOfChanged(
  metadata: EntityMetadata,
  entity: ObjectLiteral | undefined,
  databaseEntity: ObjectLiteral | undefined,
): string {
  const key = recordKeyOf(metadata, entity) ?? recordKeyOf(metadata, databaseEntity);
  if (key === undefined) throw unnamedChange(metadata, 'UPDATE');
  return key;
}

function keyOfRemoved(
  metadata: EntityMetadata,
  entity: ObjectLiteral | undefined,
  databaseEntity: ObjectLiteral | undefined,
  entityId: unknown,
): string {
  const key =
    recordKeyOf(metadata, databaseEntity) ??
    recordKeyOf(metadata, entity) ??
    (typeof entityId === 'object' && entityId !== null ? recordKeyOf(metadata, entityId) : undefined);
  if (key === undefined) throw unnamedChange(metadata, 'DELETE');
  return key;
}

function unnamedChange(metadata: EntityMetadata, statement: string): Error {
  return new Error(
    `a query-builder ${statement} of ${metadata.name} names no record for the change feed: run it with .callListeners(false) and noteChanges()`,
  );
}
