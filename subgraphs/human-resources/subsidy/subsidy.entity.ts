import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { Fen, fenColumn } from '../../shared/money/fen';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';
import { subsidyDecisionReference } from './decision-reference';
import { CaregiverSubsidyKind, CaregiverSubsidyStatus } from './subsidy.enums';

/**
 * A subsidy decided for a caregiver; the amount comes from the rate table, never from the clerk.
 * The unique index keeps it to one per person, kind and occasion (once / enrolment / year).
 */
@Directive('@key(fields: "id")')
@Authorized(can('subsidies'))
@ObjectType({
  description:
    'A subsidy decided by human resources for an elder-care worker (一次性入职奖补, 培训补贴, 稳岗补贴, 见习补贴); finance pays it and its disbursement reference is recorded here.',
})
@Entity('caregiver_subsidy')
@Unique(['personKey', 'kind', 'occasion'])
@Index(['districtCode', 'kind'])
@Index(['status', 'decidedOn'])
export class CaregiverSubsidy {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'Person key of the caregiver.' })
  @Column({ type: 'varchar', length: 32 })
  personKey: string;

  @Field(() => CaregiverSubsidyKind, { description: 'Kind of subsidy.' })
  @Index()
  @Column({ type: 'simple-enum', enum: CaregiverSubsidyKind })
  kind: CaregiverSubsidyKind;

  @Field({
    description:
      'What it is for, so it is decided only once: `once` for one-time awards, `enrolment:<id>` for training, `year:<YYYY>` for 稳岗.',
  })
  @Column({ type: 'varchar', length: 32 })
  occasion: string;

  @Field(() => Fen, { description: 'Amount in fen (分; 100 fen = 1 yuan), from the subsidy rate table.' })
  @Column(fenColumn)
  amountFen: number;

  @Field(() => LocalDate, { description: 'Date of the decision.' })
  @Column({ type: 'date' })
  decidedOn: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Credit code of the caregiver’s employer at the decision; null without one.',
  })
  @Index()
  @Column({ type: 'varchar', length: 18, nullable: true })
  employerCode: string | null;

  @Field(() => ID, { description: 'District the caregiver worked in at the decision.' })
  @Column({ type: 'varchar', length: 12 })
  districtCode: string;

  @Field(() => ID, { nullable: true, description: 'For a training subsidy: the completed enrolment it is for.' })
  @Column({ type: 'int', nullable: true })
  trainingEnrolmentId: number | null;

  @Field(() => CaregiverSubsidyStatus, { description: 'Decided, or paid by finance.' })
  @Column({ type: 'simple-enum', enum: CaregiverSubsidyStatus })
  status: CaregiverSubsidyStatus;

  @Field(() => String, { nullable: true, description: 'Finance’s disbursement reference once paid; null before.' })
  @Index()
  @Column({ type: 'varchar', length: 64, nullable: true })
  paymentReference: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date paid; null before.' })
  @Column({ type: 'date', nullable: true })
  paidOn: string | null;

  @Field({ description: 'When the decision was recorded.' })
  @CreateDateColumn()
  recordedAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;

  @Field({
    description:
      'The bureau’s decision number (文号), e.g. 威人社奖补〔2025〕17号: the reference finance records on the disbursement that pays it.',
  })
  get decisionReference(): string {
    return subsidyDecisionReference(this.id, this.decidedOn);
  }
}
