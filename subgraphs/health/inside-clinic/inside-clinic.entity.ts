import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';
import { InsideClinicKind } from './inside-clinic-kind.enum';

/** A medical facility inside an elder-care institution, filed with the health commission (备案): the other way an institution counts for indicator 8. */
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'A medical facility inside an elder-care institution (养老机构内设医疗机构), filed with the health commission (备案管理) rather than licensed.',
})
@Entity('inside_clinic')
@Index(['institutionCode', 'closedOn'])
export class InsideClinic {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, {
    description: 'Credit code of the elder-care institution it is inside (civil affairs’ `Institution`).',
  })
  @Column({ type: 'varchar', length: 18 })
  institutionCode: string;

  @Field({ description: 'Name as filed.' })
  @Column({ type: 'varchar', length: 128 })
  name: string;

  @Field(() => InsideClinicKind, { description: 'Form of the facility.' })
  @Column({ type: 'simple-enum', enum: InsideClinicKind })
  kind: InsideClinicKind;

  @Field({ description: 'Filing number (备案编号) given by the health commission.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  filingNumber: string;

  @Field(() => LocalDate, { description: 'Date of filing (备案日期), from which it operates.' })
  @Column({ type: 'date' })
  filedOn: string;

  @Field(() => LocalDate, { nullable: true, description: 'Date it closed; null while operating.' })
  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  @CreateDateColumn()
  createdAt: Date;
}
