import { Authorized, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { Fen } from '../../shared/money/fen';
import { WEIHAI_CITY } from '../../shared/seed/weihai';
import type { LotteryFundShareOnDay } from '../area/lottery-fund-year-figures';
import { can } from '../access-policy';
import type { FinanceContext } from '../context';
import { AreaOnDate } from './area-on-date.stub';

/** Finance's contribution to the joint meeting's figures (联席会议): the 55% rule on the retained welfare-lottery fund, as of the day. */
@Authorized(can('publicRecords'))
@Resolver(() => AreaOnDate)
export class AreaOnDateFinanceResolver {
  @FieldResolver(() => Fen, {
    nullable: true,
    description:
      'The area’s OWN retained welfare-lottery fund (留成福彩公益金) raised the year before the day and spent in the day’s year — the city’s own fund for 371000, a district’s own fund for a district (not summed over districts); in fen (分). Null if none is recorded.',
  })
  async lotteryFundRetainedFen(@Root() area: AreaOnDate, @Ctx() context: FinanceContext): Promise<number | null> {
    return (await ownFund(area, context))?.retainedFen ?? null;
  }

  @FieldResolver(() => Fen, {
    nullable: true,
    description:
      'Of that fund, the fen allocated to elder care (养老服务) by allocations decided (下达) on or before the day: the 55% rule’s numerator. Null when no fund is recorded.',
  })
  async lotteryFundElderCareFen(@Root() area: AreaOnDate, @Ctx() context: FinanceContext): Promise<number | null> {
    return (await ownFund(area, context))?.elderCareFen ?? null;
  }

  @FieldResolver(() => [ID], {
    nullable: true,
    description:
      'The districts of the area (the city: every district with its own fund of that year; a district: itself or none) whose own retained fund has less than 55% allocated to elder care by the day (县级以上留成福彩公益金 55%以上用于养老服务). Sorted.',
  })
  async lotteryFundShortfallDistrictCodes(@Root() area: AreaOnDate, @Ctx() context: FinanceContext): Promise<string[]> {
    const funds = await sharesOf(area, context);
    return funds
      .filter((fund) => fund.areaCode !== WEIHAI_CITY.code && fund.share.met === false)
      .map((fund) => fund.areaCode)
      .sort();
  }
}

function sharesOf(area: AreaOnDate, { loaders }: FinanceContext): Promise<LotteryFundShareOnDay[]> {
  return loaders.lotteryFundSharesByAreaOnDay.load({ key: area.areaCode, args: area.asOf });
}

async function ownFund(area: AreaOnDate, context: FinanceContext): Promise<LotteryFundShareOnDay | undefined> {
  return (await sharesOf(area, context)).find((fund) => fund.areaCode === area.areaCode);
}
