import type { AllocateLotteryFundInput, DisburseLotteryFundInput } from '../graphql/graphql';
import type { TestHub } from '../test-hub';
import { aDecisionReference, aLotteryFund, type RecordedFund } from './finance';

/** Funds are one per level and year, and each level has only a few test years: spread them over the city and its districts. */
const FUND_LEVELS = ['371000', '371002', '371003', '371071', '371072', '371073', '371082', '371083', '371099'];

/** A fund of `amountFen` recorded by finance, at a level and in a year no other test uses. */
export const aFundToLoadInto = (hub: TestHub, amountFen: number): Promise<RecordedFund> =>
  aLotteryFund(hub)
    .of(FUND_LEVELS[hub.unique('bulk-fund-level') % FUND_LEVELS.length])
    .amounting(amountFen)
    .record();

/** `count` allocations of `amountFen` each from a fund, as a finance system would load them, referenced `L0`, `L1`, … in `source`. */
export function allocationsToLoad(
  fund: RecordedFund,
  count: number,
  amountFen: number,
  source: string,
): AllocateLotteryFundInput[] {
  return Array.from({ length: count }, (_, index) => ({
    fundId: fund.id,
    category: 'OTHER_WELFARE',
    programme: 'OTHER',
    amountFen,
    allocatedOn: `${fund.raisedYear}-06-01`,
    note: `批量分配${index}`,
    sourceRef: { source, ref: `L${index}` },
  }));
}

/**
 * `count` payments of `amountFen` each to a programme from an allocation of `fund`, each under a fresh
 * decision of civil affairs, as a finance system would load them, referenced `P0`, `P1`, … in `source`.
 */
export function disbursementsToLoad(
  hub: TestHub,
  fund: RecordedFund,
  allocationId: string,
  count: number,
  amountFen: number,
  source: string,
): DisburseLotteryFundInput[] {
  return Array.from({ length: count }, (_, index) => ({
    allocationId,
    recipient: { programme: `批量项目${index}` },
    amountFen,
    paidOn: `${fund.spendingYear}-03-01`,
    purpose: '养老服务项目',
    decidingDepartment: 'CIVIL_AFFAIRS',
    decisionReference: aDecisionReference(hub, '威民批〔测〕'),
    sourceRef: { source, ref: `P${index}` },
  }));
}
