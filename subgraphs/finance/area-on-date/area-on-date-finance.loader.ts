import type { DataSource } from 'typeorm';
import { rowsByAreaOnDays } from '../../shared/indicators/area-on-days.loader';
import { lotteryFundSharesOnDays } from '../area/lottery-fund-year-figures';
import { LotteryFundSource } from '../fund/lottery-fund-source.enum';

/** The year whose fund is spent in the day's year: the fund raised the year before (筹集年度 → 使用年度). */
export function raisedYearSpentOn(day: string): number {
  return Number(day.slice(0, 4)) - 1;
}

export function createAreaOnDateFinanceLoaders(dataSource: DataSource) {
  return {
    /**
     * The welfare-lottery funds of the year before each day with their elder-care share as of the
     * day, for every area and day asked together: two GROUP BY statements per call. A district gets
     * its own fund; the city its own and every district's (for the districts short of 55%).
     */
    lotteryFundSharesByAreaOnDay: rowsByAreaOnDays(async (districts, days) => {
      const shares = await lotteryFundSharesOnDays(
        dataSource.manager,
        { areaCodes: districts ?? undefined, source: LotteryFundSource.WELFARE_LOTTERY },
        days,
        raisedYearSpentOn,
      );
      return shares.map(({ day, ...share }) => [day, share.areaCode, share] as const);
    }),
  };
}
