import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Fen, fenColumn } from '../../shared/money/fen';
import { SourceRef, sourceRefOf, type SourceRefColumns } from '../../shared/bulk/source-ref';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';
import {
  LotteryFundDecidingDepartment,
  LotteryFundDisbursementStatus,
  LotteryFundRecipientKind,
} from './lottery-fund-disbursement.enums';

/**
 * Money paid from an allocation to one recipient on another department's decision. A mistaken
 * payment is reversed, never deleted. `activeDecisionReference` repeats the decision reference
 * while the payment stands and is null once reversed, so a unique index (NULLs never collide, in
 * MySQL as in SQLite) keeps one decision from being paid twice.
 */
@Authorized(can('disbursements'))
@ObjectType({
  description:
    'A disbursement (资金拨付) from an allocation to an institution, a caregiver, an elder or a programme, on a department’s decision. Reversed with a reason, never deleted.',
})
@Entity('lottery_fund_disbursement')
@Unique('UQ_lottery_fund_disbursement_decision', ['decidingDepartment', 'activeDecisionReference'])
@Index(['allocationId', 'status'])
@Index(['institutionCode', 'paidOn'])
@Index(['personKey', 'recipientKind'])
@Index(['decidingDepartment', 'decisionReference'])
@Index(['paidOn'])
// One disbursement per reference of a source system: a load sent again finds the disbursements it wrote.
@Index(['sourceSystem', 'sourceId'], { unique: true })
export class LotteryFundDisbursement implements SourceRefColumns {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'The allocation it is paid from.' })
  @Column({ type: 'int' })
  allocationId: number;

  @Field(() => Fen, { description: 'Amount paid, in fen (分).' })
  @Column(fenColumn)
  amountFen: number;

  @Field(() => LocalDate, { description: 'Date paid (拨付日期).' })
  @Column({ type: 'date' })
  paidOn: string;

  @Field({ description: 'What was paid for; names no person.' })
  @Column({ type: 'varchar', length: 200 })
  purpose: string;

  @Field(() => LotteryFundRecipientKind, { description: 'Kind of recipient.' })
  @Column({ type: 'simple-enum', enum: LotteryFundRecipientKind })
  recipientKind: LotteryFundRecipientKind;

  @Field(() => ID, { nullable: true, description: 'Credit code of the institution paid; null for other recipients.' })
  @Column({ type: 'varchar', length: 18, nullable: true })
  institutionCode: string | null;

  @Authorized(can('personPayments'))
  @Field(() => ID, {
    nullable: true,
    description: 'Person key of the elder or caregiver paid; null for other recipients.',
  })
  @Column({ type: 'varchar', length: 32, nullable: true })
  personKey: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The programme or organisation paid, as named by the clerk; null for other recipients.',
  })
  @Column({ type: 'varchar', length: 100, nullable: true })
  programmeRecipient: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'For an operating award (运营奖补): the institution’s star rating (1–5, GB/T 37276) the award was decided on.',
  })
  @Column({ type: 'tinyint', nullable: true })
  ratingBasis: number | null;

  @Field(() => LotteryFundDecidingDepartment, { description: 'Department whose decision this pays.' })
  @Column({ type: 'simple-enum', enum: LotteryFundDecidingDepartment })
  decidingDepartment: LotteryFundDecidingDepartment;

  @Field({
    description:
      'That department’s reference of the decision (e.g. HR’s subsidy decision number); paid at most once while not reversed.',
  })
  @Column({ type: 'varchar', length: 64 })
  decisionReference: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  activeDecisionReference: string | null;

  @Field(() => LotteryFundDisbursementStatus, { description: 'Paid, or reversed.' })
  @Column({ type: 'simple-enum', enum: LotteryFundDisbursementStatus })
  status: LotteryFundDisbursementStatus;

  @Field(() => LocalDate, { nullable: true, description: 'Date it was reversed (冲销日期); null while it stands.' })
  @Column({ type: 'date', nullable: true })
  reversedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was reversed; null while it stands.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  reversalReason: string | null;

  @Field({ description: 'When the disbursement was recorded.' })
  @CreateDateColumn()
  recordedAt: Date;

  /** Source system of `sourceRef`; null when the disbursement came without one. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  sourceSystem: string | null;

  /** The disbursement's identifier in `sourceSystem`. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  sourceId: string | null;

  @Authorized(can('sourceRefs'))
  @Field(() => SourceRef, {
    nullable: true,
    description: 'The disbursement’s identifier in the finance system that recorded or loaded it, if it sent one.',
  })
  get sourceRef(): SourceRef | null {
    return sourceRefOf(this);
  }
}
