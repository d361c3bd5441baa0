import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { AuditKind } from './audit-kind.enum';

/** Characters of an operation name an entry stores (see `storedOperationName`). */
export const OPERATION_WIDTH = 255;

/**
 * One entry of a department's append-only audit trail. Each entry's chain value is an HMAC, with a
 * key the database does not hold, over its content and the previous entry's value, so an edited,
 * inserted or deleted row breaks the chain even for someone who can rewrite the table. The lists are
 * JSON of any length (LONGTEXT on MariaDB), so every person a request may read fits in its entry.
 */
@Directive('@shareable')
@ObjectType({
  description:
    'An entry of a department’s audit trail (审计记录): who read person-level data or wrote records, when, and which.',
})
@Entity('audit_record')
export class AuditRecord {
  @Field(() => Int, { description: 'Position in the chain, from 1 without gaps.' })
  @PrimaryColumn({ type: 'int' })
  sequence: number;

  @Field({ description: 'When it happened (ISO 8601, UTC, milliseconds).' })
  @Index()
  @Column({ type: 'varchar', length: 24 })
  recordedAt: string;

  @Field({ description: 'The caller’s identity from its token (`sub`).' })
  @Index()
  @Column({ type: 'varchar', length: 128 })
  callerId: string;

  @Field({ description: 'The caller’s role.' })
  @Column({ type: 'varchar', length: 32 })
  callerRole: string;

  @Field(() => String, { nullable: true, description: 'The caller’s department, for department systems.' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  callerDepartment: string | null;

  @Field({ description: 'GraphQL operation name (as the gateway sent it) or mutation field.' })
  @Column({ type: 'varchar', length: OPERATION_WIDTH })
  operation: string;

  @Field(() => AuditKind, {
    description: 'Read of person-level data, write, or replay of a retried write (idempotency key).',
  })
  @Column({ type: 'simple-enum', enum: AuditKind })
  kind: AuditKind;

  @Field(() => [String], { description: 'Person keys of the persons concerned.' })
  @Column({ type: 'json' })
  personKeys: string[];

  @Field(() => [String], { description: 'Other records concerned, as Type:id.' })
  @Column({ type: 'json' })
  recordIds: string[];

  @Field(() => [String], { description: 'Fields read (Type.field) or input fields written.' })
  @Column({ type: 'json' })
  fields: string[];

  @Field({ description: 'Request id, to find the request in the service logs.' })
  @Column({ type: 'varchar', length: 64 })
  requestId: string;

  @Field({ description: 'Chain value of the previous entry (hex); 64 zeros for the first.' })
  @Column({ type: 'varchar', length: 64 })
  previousHash: string;

  @Field({
    description:
      'Chain value (hex): HMAC-SHA-256 with the audit key `keyId` over the department, the previous value and this entry’s content; plain SHA-256 for entries written before the chain was keyed.',
  })
  @Column({ type: 'varchar', length: 64 })
  hash: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Id of the audit key whose HMAC chains this entry (the key itself is never stored); null for entries written before the chain was keyed.',
  })
  @Column({ type: 'varchar', length: 32, nullable: true })
  keyId: string | null;
}

/**
 * Person keys of audit entries, one row each, so the trail is searchable by person. Keyed by the
 * entry's day, then person, then entry: a read writes its persons into the current day's part of the
 * table only, so what it costs is bounded by the day's reads, not by years of trail (keyed by person
 * first, each of a page's persons was inserted among all their earlier entries: on SQLite a 1,000-person
 * page dirtied some 2,000 pages of a 1.8-million-row table, 31 ms of writes, growing with the trail). An
 * elder's entries are found with one look-up per day of the trail (`auditSubjectDays`). The table is
 * that key alone (WITHOUT ROWID on SQLite, clustered on InnoDB).
 */
@Entity('audit_subject', { withoutRowid: true })
export class AuditSubject {
  /** The entry's `recordedAt` as whole days since 1970-01-01 UTC (`auditDay`). */
  @PrimaryColumn({ type: 'int' })
  recordedDay: number;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  personKey: string;

  @PrimaryColumn({ type: 'int' })
  sequence: number;
}

/** The chain's head, a single row locked by every append, so concurrent appends queue instead of forking the chain. */
@Entity('audit_chain_head')
export class AuditChainHead {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  sequence: number;

  @Column({ type: 'varchar', length: 64 })
  hash: string;
}

/**
 * A signed checkpoint of the chain's head: the head's value at a sequence, signed with the audit key.
 * The same checkpoint is written to the service log, so a copy lives outside the database.
 */
@Entity('audit_checkpoint')
export class AuditCheckpointRow {
  @PrimaryColumn({ type: 'int' })
  sequence: number;

  @Column({ type: 'varchar', length: 64 })
  headHash: string;

  @Column({ type: 'varchar', length: 24 })
  recordedAt: string;

  @Column({ type: 'varchar', length: 32 })
  keyId: string;

  @Column({ type: 'varchar', length: 64 })
  signature: string;
}
