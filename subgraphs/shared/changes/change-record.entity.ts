import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ChangeOperation } from './change-operation.enum';

/**
 * One entry of a department's change log (outbox), written in the transaction of the write it
 * describes: which record changed and how, never its fields, so the log holds no personal data
 * beyond the key the department already owns. The sequence is the feed's cursor.
 */
@Directive('@shareable')
@ObjectType('RecordChange', {
  description:
    'A change to one of a department’s records (变更记录): which record, and whether it was created, changed or removed. Read the record itself for its fields.',
})
@Entity('change_record')
export class ChangeRecord {
  /** Increasing in commit order (writers append under one lock), so a cursor never skips a later commit. */
  @PrimaryGeneratedColumn({ type: 'int' })
  sequence: number;

  @Field({
    description:
      'The GraphQL type of the record (`__typename`: Elder, Institution, LtciSettlement, …), so the caller knows which query or entity reference fetches it.',
  })
  @Column({ type: 'varchar', length: 64 })
  entityType: string;

  @Field(() => ID, {
    description:
      'The record’s key as the graph uses it: `id`, `code` or `personKey` of that type, the key its own query or an entity reference takes.',
  })
  @Column({ type: 'varchar', length: 64 })
  recordId: string;

  @Field(() => ChangeOperation, { description: 'Created, changed or removed.' })
  @Column({ type: 'varchar', length: 8 })
  operation: ChangeOperation;

  @Field({ description: 'When the write committed (ISO 8601, UTC, milliseconds).' })
  @Index()
  @Column({ type: 'varchar', length: 24 })
  changedAt: string;

  /** The request that wrote it, for the operator tracing a change to its log lines and audit entry; not on the graph. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;
}
