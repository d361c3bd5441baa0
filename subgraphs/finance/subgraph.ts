import type { SubgraphDefinition } from '../shared/subgraph/subgraph-definition';
import { financePolicy } from './access-policy';
import { LotteryFundAllocation } from './allocation/lottery-fund-allocation.entity';
import { LotteryFundAllocationResolver } from './allocation/lottery-fund-allocation.resolver';
import { AreaFinanceResolver } from './area/area-finance.resolver';
import { areaReference } from './area/area.stub';
import { AreaOnDateFinanceResolver } from './area-on-date/area-on-date-finance.resolver';
import { AreaOnDate, areaOnDateReference } from './area-on-date/area-on-date.stub';
import { LotteryFundAreaReportResolver } from './area/lottery-fund-area-report';
import { CaregiverFinanceResolver } from './caregiver/caregiver-finance.resolver';
import { caregiverReference } from './caregiver/caregiver.stub';
import { LotteryFundDisbursement } from './disbursement/lottery-fund-disbursement.entity';
import { LotteryFundDisbursementResolver } from './disbursement/lottery-fund-disbursement.resolver';
import { ElderFinanceResolver } from './elder/elder-finance.resolver';
import { elderReference } from './elder/elder.stub';
import { LotteryFund } from './fund/lottery-fund.entity';
import { LotteryFundResolver } from './fund/lottery-fund.resolver';
import { InstitutionFinanceResolver } from './institution/institution-finance.resolver';
import { institutionReference } from './institution/institution.stub';
import { createFinanceLoaders, type FinanceLoaders } from './loaders';
import { financeMigrations } from './migrations';
import { financeIsSeeded, seedFinance } from './seed/seed';

/** The finance department (财政局): the welfare-lottery fund, its allocations and disbursements. */
export const finance: SubgraphDefinition<FinanceLoaders> = {
  department: 'finance',
  policy: financePolicy,
  entities: [LotteryFund, LotteryFundAllocation, LotteryFundDisbursement],
  migrations: financeMigrations,
  resolvers: [
    LotteryFundResolver,
    LotteryFundAllocationResolver,
    LotteryFundDisbursementResolver,
    LotteryFundAreaReportResolver,
    AreaFinanceResolver,
    AreaOnDateFinanceResolver,
    InstitutionFinanceResolver,
    ElderFinanceResolver,
    CaregiverFinanceResolver,
  ],
  orphanedTypes: [AreaOnDate],
  referenceResolvers: {
    ...areaReference,
    ...areaOnDateReference,
    ...institutionReference,
    ...elderReference,
    ...caregiverReference,
  },
  createLoaders: createFinanceLoaders,
  seed: seedFinance,
  isSeeded: financeIsSeeded,
};
