import { can } from '../access-policy';
import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../../shared/schema/local-date';
import { DischargeReason } from './discharge-reason.enum';

/** A resident's stay in an institutional bed, from admission to discharge. */
@Authorized(can('careRecords'))
@ObjectType({ description: 'A stay of an elder in an elder-care institution bed (入住记录).' })
@Entity('institution_stay')
@Index(['personKey', 'admittedOn'])
@Index(['bedId', 'dischargedOn'])
@Index(['institutionCode', 'dischargedOn'])
@Index(['dischargedOn'])
@Index(['admittedOn'])
export class InstitutionStay {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'Person key of the resident.' })
  @Column({ type: 'varchar', length: 32 })
  personKey: string;

  @Field(() => ID, { description: 'The bed occupied.' })
  @Column({ type: 'int' })
  bedId: number;

  @Field(() => ID, { description: 'Credit code of the institution (the bed’s, kept for per-institution queries).' })
  @Column({ type: 'varchar', length: 18 })
  institutionCode: string;

  @Field(() => LocalDate, { description: 'Admission date.' })
  @Column({ type: 'date' })
  admittedOn: string;

  @Field(() => LocalDate, { nullable: true, description: 'Discharge date; null while staying.' })
  @Column({ type: 'date', nullable: true })
  dischargedOn: string | null;

  @Field(() => DischargeReason, { nullable: true, description: 'Where the resident went; null while staying.' })
  @Column({ type: 'simple-enum', enum: DischargeReason, nullable: true })
  dischargeReason: DischargeReason | null;

  @CreateDateColumn()
  createdAt: Date;
}
