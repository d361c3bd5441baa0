import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../../shared/schema/local-date';
import { SourceRef, sourceRefOf, type SourceRefColumns } from '../../shared/bulk/source-ref';
import { can } from '../access-policy';
import { HomeSickbedCloseReason } from './home-sickbed-close-reason.enum';

/** A home sickbed (家庭病床): the fourth of the five beds, medical care at the elder’s home. */
@Authorized(can('patientRecords'))
@ObjectType({
  description:
    'A home sickbed (家庭病床): a bed at the elder’s home, opened (建床) by a medical institution whose doctors and nurses visit, until it is closed (撤床).',
})
@Entity('home_sickbed')
@Index(['personKey', 'openedOn'])
@Index(['medicalInstitutionCode', 'closedOn'])
@Index(['districtCode', 'closedOn'])
@Index(['townCode', 'closedOn'])
@Index(['closedOn'])
@Index(['openedOn'])
// One record per reference of a source system: a load sent again finds the records it wrote.
@Index(['sourceSystem', 'sourceId'], { unique: true })
export class HomeSickbed implements SourceRefColumns {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'Person key of the patient.' })
  @Column({ type: 'varchar', length: 32 })
  personKey: string;

  @Field(() => ID, { description: 'Credit code of the medical institution that opened the bed and visits.' })
  @Column({ type: 'varchar', length: 18 })
  medicalInstitutionCode: string;

  @Field(() => ID, { description: 'District of the elder’s home.' })
  @Column({ type: 'varchar', length: 12 })
  districtCode: string;

  @Field(() => ID, { nullable: true, description: 'Town or street of the elder’s home, if recorded.' })
  @Column({ type: 'varchar', length: 12, nullable: true })
  townCode: string | null;

  @Field(() => LocalDate, { description: 'Date the bed was opened (建床日期).' })
  @Column({ type: 'date' })
  openedOn: string;

  @Field(() => LocalDate, { nullable: true, description: 'Date the bed was closed (撤床日期); null while open.' })
  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  @Field(() => HomeSickbedCloseReason, { nullable: true, description: 'Why it was closed; null while open.' })
  @Column({ type: 'simple-enum', enum: HomeSickbedCloseReason, nullable: true })
  closeReason: HomeSickbedCloseReason | null;

  @Field(() => Int, { description: 'Home visits (上门查床) recorded so far; unit: visits.' })
  @Column({ type: 'int', default: 0 })
  visitCount: number;

  @Field(() => LocalDate, { nullable: true, description: 'Date of the latest recorded visit; null before the first.' })
  @Column({ type: 'date', nullable: true })
  lastVisitedOn: string | null;

  @CreateDateColumn()
  createdAt: Date;

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
      'The home sickbed’s identifier in the health system that recorded or loaded it (e.g. a hospital’s 住院号), if it sent one.',
  })
  get sourceRef(): SourceRef | null {
    return sourceRefOf(this);
  }
}
