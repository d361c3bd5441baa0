import { can } from '../access-policy';
import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { LocalDate } from '../../shared/schema/local-date';
import { BedKind } from './bed-kind.enum';

/** One bed of an elder-care institution (养老床位), the first of the five beds. */
@Authorized(can('publicRecords'))
@ObjectType({ description: 'A bed in an elder-care institution (养老床位).' })
@Entity('institution_bed')
@Unique(['institutionCode', 'label'])
@Index(['institutionCode', 'kind'])
export class Bed {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'Credit code of the institution.' })
  @Column({ type: 'varchar', length: 18 })
  institutionCode: string;

  @Field(() => BedKind, { description: 'Kind of bed.' })
  @Column({ type: 'simple-enum', enum: BedKind })
  kind: BedKind;

  @Field({ description: 'Label unique within the institution, e.g. 3-12 (room-bed).' })
  @Column({ type: 'varchar', length: 32 })
  label: string;

  @Field(() => LocalDate, { description: 'Date the bed was put into service.' })
  @Column({ type: 'date' })
  inServiceFrom: string;

  @Field(() => LocalDate, { nullable: true, description: 'Date it was taken out of service; null while in service.' })
  @Column({ type: 'date', nullable: true })
  retiredOn: string | null;

  @CreateDateColumn()
  createdAt: Date;
}
