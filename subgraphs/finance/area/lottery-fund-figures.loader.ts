import type { DataSource } from 'typeorm';
import { rowsByKeyAndArgs } from '../../shared/db/loaders';
import type { LotteryFundSource } from '../fund/lottery-fund-source.enum';
import { lotteryFundYearFigures } from './lottery-fund-year-figures';

export interface FiguresArgs {
  fromYear: number;
  toYear: number;
  source: LotteryFundSource;
}

export function createLotteryFundFiguresLoaders(dataSource: DataSource) {
  return {
    /** Each area's figures per year raised: the same three GROUP BY queries for every area of the request. */
    lotteryFundFiguresByArea: rowsByKeyAndArgs(async (areaCodes: string[], args: FiguresArgs) => {
      const figures = await lotteryFundYearFigures(dataSource.manager, { areaCodes, ...args });
      return figures.map((row) => [row.areaCode, row] as const);
    }),
  };
}
