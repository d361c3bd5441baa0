import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';
import { HospiceDischargeReason } from './hospice-discharge-reason.enum';

/** A stay in a hospice bed (安宁疗护床位): the last of the five beds. */
@Authorized(can('patientRecords'))
@ObjectType({
  description:
    'A hospice stay (安宁疗护) of an elder in a hospice bed of a hospice provider, from admission to discharge.',
})
@Entity('hospice_stay')
@Index(['personKey', 'admittedOn'])
@Index(['medicalInstitutionCode', 'dischargedOn'])
@Index(['dischargedOn'])
@Index(['admittedOn'])
export class HospiceStay {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'Person key of the patient.' })
  @Column({ type: 'varchar', length: 32 })
  personKey: string;

  @Field(() => ID, { description: 'Credit code of the hospice provider.' })
  @Column({ type: 'varchar', length: 18 })
  medicalInstitutionCode: string;

  @Field(() => LocalDate, { description: 'Admission date.' })
  @Column({ type: 'date' })
  admittedOn: string;

  @Field(() => LocalDate, { nullable: true, description: 'Discharge date; null while in hospice care.' })
  @Column({ type: 'date', nullable: true })
  dischargedOn: string | null;

  @Field(() => HospiceDischargeReason, {
    nullable: true,
    description: 'How the stay ended; null while in hospice care.',
  })
  @Column({ type: 'simple-enum', enum: HospiceDischargeReason, nullable: true })
  dischargeReason: HospiceDischargeReason | null;

  @CreateDateColumn()
  createdAt: Date;
}
