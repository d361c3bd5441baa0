import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Fen, fenColumn } from '../../shared/money/fen';
import { SourceRef, sourceRefOf, type SourceRefColumns } from '../../shared/bulk/source-ref';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';
import { LotteryFundCategory, LotteryFundProgramme } from './lottery-fund-allocation.enums';

/** Part of a fund set aside for one category, programme and area (资金分配); disbursements are paid from it. */
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'An allocation (资金分配) of a fund to a category, a programme and an area; disbursements are paid from it up to its amount.',
})
@Entity('lottery_fund_allocation')
@Index(['fundId', 'category'])
@Index(['areaCode', 'programme'])
@Index(['programme'])
// One allocation per reference of a source system: a load sent again finds the allocations it wrote.
@Index(['sourceSystem', 'sourceId'], { unique: true })
export class LotteryFundAllocation implements SourceRefColumns {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'The fund it comes from.' })
  @Column({ type: 'int' })
  fundId: number;

  @Field(() => LotteryFundCategory, { description: 'Category: elder care counts toward the 55% share.' })
  @Column({ type: 'simple-enum', enum: LotteryFundCategory })
  category: LotteryFundCategory;

  @Field(() => LotteryFundProgramme, { description: 'Programme funded (项目).' })
  @Column({ type: 'simple-enum', enum: LotteryFundProgramme })
  programme: LotteryFundProgramme;

  @Field(() => ID, { description: 'Area where it is spent: the fund’s own area or one inside it.' })
  @Column({ type: 'varchar', length: 12 })
  areaCode: string;

  @Field(() => Fen, { description: 'Amount allocated, in fen (分).' })
  @Column(fenColumn)
  amountFen: number;

  @Field(() => LocalDate, { description: 'Date of the allocation decision (下达日期).' })
  @Column({ type: 'date' })
  allocatedOn: string;

  @Field(() => String, { nullable: true, description: 'What the allocation is for, in a clerk’s words.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  @Field({ description: 'When the allocation was recorded.' })
  @CreateDateColumn()
  recordedAt: Date;

  /** Source system of `sourceRef`; null when the allocation came without one. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  sourceSystem: string | null;

  /** The allocation's identifier in `sourceSystem`. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  sourceId: string | null;

  @Authorized(can('sourceRefs'))
  @Field(() => SourceRef, {
    nullable: true,
    description: 'The allocation’s identifier in the finance system that recorded or loaded it, if it sent one.',
  })
  get sourceRef(): SourceRef | null {
    return sourceRefOf(this);
  }
}
