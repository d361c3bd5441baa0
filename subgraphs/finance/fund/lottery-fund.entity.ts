import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Fen, fenColumn } from '../../shared/money/fen';
import { can } from '../access-policy';
import { LotteryFundSource } from './lottery-fund-source.enum';

/**
 * One year's retained fund at one level (the city or a district): raised in one year, allocated
 * and spent in the next. Recorded once per source, area and year; never changed afterwards.
 */
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'A retained fund (留成资金) of one level for one year, chiefly the welfare-lottery public-welfare fund (福彩公益金): raised in `raisedYear`, spent in `spendingYear`.',
})
@Entity('lottery_fund')
@Unique('UQ_lottery_fund_source_area_year', ['source', 'areaCode', 'raisedYear'])
@Index(['areaCode', 'raisedYear'])
@Index(['raisedYear', 'source'])
@Index(['spendingYear'])
export class LotteryFund {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => LotteryFundSource, { description: 'Source of the money.' })
  @Column({ type: 'simple-enum', enum: LotteryFundSource })
  source: LotteryFundSource;

  @Field(() => ID, { description: 'Level that retains the fund: 371000 for the city, or a district code.' })
  @Column({ type: 'varchar', length: 12 })
  areaCode: string;

  @Field(() => Int, { description: 'Year the money was raised (筹集年度).' })
  @Column({ type: 'int' })
  raisedYear: number;

  @Field(() => Int, { description: 'Year it is spent (使用年度): the year after it was raised.' })
  @Column({ type: 'int' })
  spendingYear: number;

  @Field(() => Fen, { description: 'Amount retained (留成金额), in fen (分; 100 fen = 1 yuan).' })
  @Column(fenColumn)
  amountFen: number;

  @Field(() => String, { nullable: true, description: 'Reference of the document that set the amount (文号), if any.' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  documentReference: string | null;

  @Field({ description: 'When the fund was recorded.' })
  @CreateDateColumn()
  recordedAt: Date;
}
