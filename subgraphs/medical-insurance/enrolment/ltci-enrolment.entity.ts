import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LocalDate } from '../../shared/schema/local-date';
import { SourceRef, sourceRefOf, type SourceRefColumns } from '../../shared/bulk/source-ref';
import { can } from '../access-policy';
import { LtciEnrolmentStatus, LtciScheme } from './ltci-enrolment.enums';

/** A person's LTCI insurance (长期护理保险参保): one row per person, re-opened if they enrol again after it ended. */
@Authorized(can('enrolment'))
@ObjectType({ description: 'A person’s long-term care insurance enrolment (长期护理保险参保登记).' })
@Entity('ltci_enrolment')
@Index(['districtCode', 'scheme', 'status'])
@Index(['townCode', 'scheme', 'status'])
@Index(['scheme', 'status'])
// Covers measure 16's count of insured elders per district and scheme on a day: read from the index in
// group order, no row and no sort (it walked the table row by row: 256 ms at 100,000 elders).
@Index(['districtCode', 'scheme', 'since', 'status', 'statusSince', 'birthDate'])
// One record per reference of a source system: a load sent again finds the records it wrote.
@Index(['sourceSystem', 'sourceId'], { unique: true })
export class LtciEnrolment implements SourceRefColumns {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, {
    description: 'Person key of the insured: keyed hash of the ID number, the same in every department.',
  })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 32 })
  personKey: string;

  @Field(() => LtciScheme, { description: 'Scheme: employees (职工) or urban-rural residents (城乡居民).' })
  @Column({ type: 'simple-enum', enum: LtciScheme })
  scheme: LtciScheme;

  @Field(() => LocalDate, { description: 'Date insured from (参保日期).' })
  @Column({ type: 'date' })
  since: string;

  @Field(() => LtciEnrolmentStatus, { description: 'Status today.' })
  @Column({ type: 'simple-enum', enum: LtciEnrolmentStatus })
  status: LtciEnrolmentStatus;

  @Field(() => LocalDate, { description: 'Date the status took effect (equal to `since` until it changes).' })
  @Column({ type: 'date' })
  statusSince: string;

  /**
   * Birth date, read from the ID number when enrolling: measure 16 counts the insured aged 60 or over
   * on its day. Not a field of the graph (it is the person's, and the aggregate is all the hub shares);
   * null only for enrolments recorded before it was kept, which no elder count can place.
   */
  @Column({ type: 'date', nullable: true })
  birthDate: string | null;

  @Field(() => ID, {
    description: 'District (区市) of the insured person’s insurance registration, a 6-digit division code.',
  })
  @Column({ type: 'varchar', length: 12 })
  districtCode: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Town or street (镇/街道) of the insured, a 9-digit division code, if known.',
  })
  @Column({ type: 'varchar', length: 12, nullable: true })
  townCode: string | null;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;

  /** Source system of `sourceRef`; null when the record came without one. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  sourceSystem: string | null;

  /** The record's identifier in `sourceSystem`. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  sourceId: string | null;

  @Authorized(can('sourceRefs'))
  @Field(() => SourceRef, {
    nullable: true,
    description:
      'The enrolment’s identifier in the medical-insurance system that recorded or loaded it, if it sent one.',
  })
  get sourceRef(): SourceRef | null {
    return sourceRefOf(this);
  }
}
