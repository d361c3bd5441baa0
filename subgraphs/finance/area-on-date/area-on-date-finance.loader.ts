import type { DataSource } from 'typeorm';
import { rowsByAreaAndArgs } from '../../shared/areas/city-of-districts';
import { lotteryFundSharesOnDay } from '../area/lottery-fund-year-figures';
import { LotteryFundSource } from '../fund/lottery-fund-source.enum';

/** The year whose fund is spent in the day's year: the fund raised the year before (筹集年度 → 使用年度). */
export function raisedYearSpentOn(day: string): number {
  return Number(day.slice(0, 4)) - 1;
}

export function createAreaOnDateFinanceLoaders(dataSource: DataSource) {
  return {
    /**
     * The welfare-lottery funds of the year before the day with their elder-care share as of the day,
     * for every area asked on that day: two GROUP BY statements per distinct day. A district gets its
     * own fund; the city its own and every district's (for the districts short of 55%).
     */
    lotteryFundSharesByAreaOnDay: rowsByAreaAndArgs(async (districts, asOf: string) => {
      const raisedYear = raisedYearSpentOn(asOf);
      const shares = await lotteryFundSharesOnDay(
        dataSource.manager,
        {
          areaCodes: districts ?? undefined,
          fromYear: raisedYear,
          toYear: raisedYear,
          source: LotteryFundSource.WELFARE_LOTTERY,
        },
        asOf,
      );
      return shares.map((share) => [share.areaCode, share] as const);
    }),
  };
}
