import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A write made with an idempotency key, kept in the department's own database and written in the
 * write's own transaction: the key is claimed, and the write's result stored, or neither. The
 * primary key is the scope (caller, key, mutation), so of two concurrent duplicates only one claims it.
 */
@Entity('idempotency_record')
export class IdempotencyRecord {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  callerId: string;

  @PrimaryColumn({ type: 'varchar', length: 128 })
  idempotencyKey: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  mutation: string;

  /** Keyed hash of the arguments (fingerprint.ts): a repeat must ask for the same write. */
  @Column({ type: 'varchar', length: 64 })
  fingerprint: string;

  /** The write's result as stored-result.ts encodes it; null only inside the claiming transaction. */
  @Column({ type: 'json', nullable: true })
  result: unknown;

  /** When the key lapses (ISO 8601, UTC): afterwards the record is ignored, and purged. */
  @Index()
  @Column({ type: 'varchar', length: 24 })
  expiresAt: string;
}
