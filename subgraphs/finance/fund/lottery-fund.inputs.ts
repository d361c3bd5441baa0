import { Field, ID, InputType, Int } from 'type-graphql';
import { checkPositiveFen } from '../../shared/money/check-fen';
import { Fen } from '../../shared/money/fen';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { todayIso } from '../../shared/time/today';
import { checkIntegerRange, checkText } from '../../shared/validation/checks';
import { checkFundArea } from '../area/finance-areas';
import { LotteryFundSource } from './lottery-fund-source.enum';

/** The first year the hub records funds for. */
export const FIRST_FUND_YEAR = 2000;

@InputType({ description: 'A retained fund to record: one per source, level and year raised.' })
export class RecordLotteryFundInput implements SelfValidating {
  @Field(() => LotteryFundSource, {
    defaultValue: LotteryFundSource.WELFARE_LOTTERY,
    description: 'Source; the welfare-lottery fund unless told otherwise.',
  })
  source: LotteryFundSource;

  @Field(() => ID, { description: 'Level that retains it: 371000 for the city, or a district code.' })
  areaCode: string;

  @Field(() => Int, { description: 'Year raised; not after the current year. It is spent the year after.' })
  raisedYear: number;

  @Field(() => Fen, { description: 'Amount retained, in whole fen (分), more than 0.' })
  amountFen: number;

  @Field(() => String, { nullable: true, description: 'Reference of the document that set the amount (文号).' })
  documentReference?: string | null;

  validate(): void {
    checkFundArea('areaCode', this.areaCode);
    checkIntegerRange('raisedYear', this.raisedYear, FIRST_FUND_YEAR, Number(todayIso().slice(0, 4)));
    checkPositiveFen('amountFen', this.amountFen);
    checkText('documentReference', this.documentReference, 64);
  }
}

@InputType({ description: 'Filters for the fund list; all given filters must hold.' })
export class LotteryFundFilter {
  @Field(() => ID, { nullable: true, description: 'Level that retains the funds: 371000 or a district code.' })
  areaCode?: string;

  @Field(() => Int, { nullable: true, description: 'Year raised.' })
  raisedYear?: number;

  @Field(() => LotteryFundSource, { nullable: true, description: 'Source.' })
  source?: LotteryFundSource;
}
