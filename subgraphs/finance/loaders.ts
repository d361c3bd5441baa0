import type { DataSource } from 'typeorm';
import { createLotteryFundAllocationLoaders } from './allocation/lottery-fund-allocation.loader';
import { createLotteryFundFiguresLoaders } from './area/lottery-fund-figures.loader';
import { createAreaOnDateFinanceLoaders } from './area-on-date/area-on-date-finance.loader';
import { createLotteryFundDisbursementLoaders } from './disbursement/lottery-fund-disbursement.loader';
import { createLotteryFundLoaders } from './fund/lottery-fund.loader';

/** Every batched lookup of finance, created afresh for each request. */
export function createFinanceLoaders(dataSource: DataSource) {
  return {
    ...createLotteryFundLoaders(dataSource),
    ...createLotteryFundAllocationLoaders(dataSource),
    ...createLotteryFundDisbursementLoaders(dataSource),
    ...createLotteryFundFiguresLoaders(dataSource),
    ...createAreaOnDateFinanceLoaders(dataSource),
  };
}

export type FinanceLoaders = ReturnType<typeof createFinanceLoaders>;
