import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../../shared/schema/local-date';
import { SourceRef, sourceRefOf, type SourceRefColumns } from '../../shared/bulk/source-ref';
import { can } from '../access-policy';
import { HospitalDischargeDestination } from './hospital-discharge-destination.enum';

/** A stay in a medical bed (医疗床位): the third of the five beds. */
@Authorized(can('patientRecords'))
@ObjectType({
  description: 'A hospital stay of an elder in a medical bed (医疗床位, 住院), from admission to discharge.',
})
@Entity('hospital_stay')
@Index(['personKey', 'admittedOn'])
@Index(['medicalInstitutionCode', 'dischargedOn'])
@Index(['dischargedOn'])
@Index(['admittedOn'])
// One record per reference of a source system: a load sent again finds the records it wrote.
@Index(['sourceSystem', 'sourceId'], { unique: true })
export class HospitalStay implements SourceRefColumns {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'Person key of the patient.' })
  @Column({ type: 'varchar', length: 32 })
  personKey: string;

  @Field(() => ID, { description: 'Credit code of the medical institution.' })
  @Column({ type: 'varchar', length: 18 })
  medicalInstitutionCode: string;

  @Field(() => LocalDate, { description: 'Admission date (入院日期).' })
  @Column({ type: 'date' })
  admittedOn: string;

  @Field(() => LocalDate, { nullable: true, description: 'Discharge date (出院日期); null while in hospital.' })
  @Column({ type: 'date', nullable: true })
  dischargedOn: string | null;

  @Field(() => HospitalDischargeDestination, {
    nullable: true,
    description: 'Where the patient went (出院去向); null while in hospital.',
  })
  @Column({ type: 'simple-enum', enum: HospitalDischargeDestination, nullable: true })
  dischargeDestination: HospitalDischargeDestination | null;

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
      'The stay’s identifier in the health system that recorded or loaded it (e.g. a hospital’s 住院号), if it sent one.',
  })
  get sourceRef(): SourceRef | null {
    return sourceRefOf(this);
  }
}
