import type { DataSource } from 'typeorm';
import { rowsByKeyAndArgs } from '../../shared/db/loaders';
import { WEIHAI_CITY } from '../../shared/seed/weihai';
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
    lotteryFundSharesByAreaOnDay: rowsByKeyAndArgs(async (areaCodes: string[], asOf: string) => {
      const raisedYear = raisedYearSpentOn(asOf);
      const withCity = areaCodes.includes(WEIHAI_CITY.code);
      const shares = await lotteryFundSharesOnDay(
        dataSource.manager,
        {
          areaCodes: withCity ? undefined : areaCodes,
          fromYear: raisedYear,
          toYear: raisedYear,
          source: LotteryFundSource.WELFARE_LOTTERY,
        },
        asOf,
      );
      return areaCodes.flatMap((code) =>
        shares
          .filter((share) => code === WEIHAI_CITY.code || share.areaCode === code)
          .map((share) => [code, share] as const),
      );
    }),
  };
}
