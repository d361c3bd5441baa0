import { can } from '../access-policy';
import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../../shared/schema/local-date';
import { CareType } from './care-type.enum';

/** Which caregiver serves which elder, from when to when. */
@Authorized(can('careRecords'))
@ObjectType({ description: 'The assignment of a caregiver to an elder (照护服务关系).' })
@Entity('care_assignment')
@Index(['personKey', 'startedOn'])
@Index(['caregiverKey', 'endedOn'])
@Index(['institutionCode', 'endedOn'])
export class CareAssignment {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'Person key of the elder served.' })
  @Column({ type: 'varchar', length: 32 })
  personKey: string;

  @Field(() => ID, { description: 'Person key of the caregiver.' })
  @Column({ type: 'varchar', length: 32 })
  caregiverKey: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Credit code of the institution through which the care is given; null for an independent home caregiver.',
  })
  @Column({ type: 'varchar', length: 18, nullable: true })
  institutionCode: string | null;

  @Field(() => CareType, { description: 'Where the care is given.' })
  @Index()
  @Column({ type: 'simple-enum', enum: CareType })
  careType: CareType;

  @Field(() => LocalDate, { description: 'First day of the assignment.' })
  @Column({ type: 'date' })
  startedOn: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of the assignment; null while it lasts.' })
  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @CreateDateColumn()
  createdAt: Date;
}
