import { can } from '../access-policy';
import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../../shared/schema/local-date';
import { WaitlistStatus } from './waitlist-status.enum';

/** One application of an elder to the wait-list of a public institution. */
@Authorized(can('casework'))
@ObjectType({
  description: 'An application on the admission wait-list of a public or publicly built institution (入住评估轮候).',
})
@Entity('waitlist_entry')
@Index(['institutionCode', 'status', 'priorityTier', 'appliedOn'])
@Index(['personKey', 'institutionCode', 'status'])
export class WaitlistEntry {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'Person key of the applying elder.' })
  @Column({ type: 'varchar', length: 32 })
  personKey: string;

  @Field(() => ID, { description: 'Credit code of the institution applied to.' })
  @Column({ type: 'varchar', length: 18 })
  institutionCode: string;

  @Field(() => LocalDate, { description: 'Date of the application (申请日期).' })
  @Column({ type: 'date' })
  appliedOn: string;

  @Field(() => Int, {
    description:
      'Priority tier fixed at application, 1 admitted first (轮候优先顺序): 1 extreme-poverty elder wishing centralised care (有集中供养意愿的特困人员), 2 special-difficulty elder (特殊困难老年人), 3 低保, 4 低保边缘, 5 everyone else.',
  })
  @Column({ type: 'tinyint' })
  priorityTier: number;

  @Field(() => WaitlistStatus, { description: 'Where the application stands.' })
  @Column({ type: 'simple-enum', enum: WaitlistStatus })
  status: WaitlistStatus;

  @Field(() => LocalDate, { description: 'Date of the last change of status (the application date while waiting).' })
  @Column({ type: 'date' })
  statusChangedOn: string;

  @Field(() => ID, { nullable: true, description: 'The institution stay the elder was admitted to, when recorded.' })
  @Index()
  @Column({ type: 'int', nullable: true })
  stayId: number | null;

  @CreateDateColumn()
  createdAt: Date;
}
