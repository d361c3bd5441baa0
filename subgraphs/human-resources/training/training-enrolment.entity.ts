import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';

/** One caregiver in one programme; completed when `completedOn` is set. */
@Authorized(can('trainingRecords'))
@ObjectType({ description: 'A caregiver’s enrolment in a training programme (培训报名) and its completion (结业).' })
@Entity('caregiver_training_enrolment')
@Unique(['programmeId', 'personKey'])
@Index(['personKey', 'enrolledOn'])
@Index(['completedOn', 'districtCode'])
export class CaregiverTrainingEnrolment {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'The programme.' })
  @Index()
  @Column({ type: 'int' })
  programmeId: number;

  @Field(() => ID, { description: 'Person key of the caregiver.' })
  @Column({ type: 'varchar', length: 32 })
  personKey: string;

  @Field(() => ID, { description: 'District the caregiver worked in at enrolment; per-area trainee counts use it.' })
  @Column({ type: 'varchar', length: 12 })
  districtCode: string;

  @Field(() => LocalDate, { description: 'Date of enrolment.' })
  @Column({ type: 'date' })
  enrolledOn: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Date the training was completed (结业); null while it is not.',
  })
  @Column({ type: 'date', nullable: true })
  completedOn: string | null;

  @CreateDateColumn()
  createdAt: Date;
}
