import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';
import { CaregiverTrainingKind } from './caregiver-training-kind.enum';

/** A training programme for elder-care workers: no person in it, so public. */
@Authorized(can('publicRecords'))
@ObjectType({
  description: 'A training programme for elder-care workers (养老服务人才培训), run or funded by human resources.',
})
@Entity('caregiver_training_programme')
@Index(['year', 'kind'])
export class CaregiverTrainingProgramme {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => CaregiverTrainingKind, { description: 'Kind of training.' })
  @Column({ type: 'simple-enum', enum: CaregiverTrainingKind })
  kind: CaregiverTrainingKind;

  @Field(() => Int, { description: 'Programme year (the year it starts).' })
  @Column({ type: 'smallint' })
  year: number;

  @Field({ description: 'Name of the programme.' })
  @Column({ type: 'varchar', length: 128 })
  name: string;

  @Field({ description: 'Organiser (training institution or bureau office).' })
  @Column({ type: 'varchar', length: 128 })
  organiser: string;

  @Field(() => ID, { nullable: true, description: 'District the programme serves; null for a citywide programme.' })
  @Index()
  @Column({ type: 'varchar', length: 12, nullable: true })
  districtCode: string | null;

  @Field(() => LocalDate, { description: 'First day of the programme.' })
  @Column({ type: 'date' })
  startsOn: string;

  @Field(() => LocalDate, { description: 'Last day of the programme.' })
  @Column({ type: 'date' })
  endsOn: string;

  @CreateDateColumn()
  createdAt: Date;
}
