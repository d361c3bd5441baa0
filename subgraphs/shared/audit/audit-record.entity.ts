import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AuditKind } from './audit-kind.enum';

/** Characters of an operation name an entry stores (see `storedOperationName`). */
export const OPERATION_WIDTH = 255;

/**
 * One entry of a department's append-only audit trail. Each entry's hash covers its content and
 * the previous entry's hash, so an edited, inserted or deleted row breaks the chain. The lists are
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

  @Field(() => AuditKind, { description: 'Read of person-level data, or write.' })
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

  @Field({ description: 'Hash of the previous entry (SHA-256, hex); 64 zeros for the first.' })
  @Column({ type: 'varchar', length: 64 })
  previousHash: string;

  @Field({ description: 'SHA-256 over the previous hash and this entry’s content.' })
  @Column({ type: 'varchar', length: 64 })
  hash: string;
}

/** Person keys of audit entries, one row each, so the trail is searchable by person with an index. */
@Entity('audit_subject')
export class AuditSubject {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  sequence: number;

  @Index()
  @Column({ type: 'varchar', length: 32 })
  personKey: string;
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
