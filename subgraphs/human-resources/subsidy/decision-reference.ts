/**
 * The bureau's decision number of a subsidy (文号), e.g. 威人社奖补〔2025〕17号: what finance records
 * as the decision a disbursement pays (`LotteryFundDisbursement.decisionReference`). The record
 * number makes it unique; the year is the decision's.
 */
export const DECISION_PREFIX = '威人社奖补';

export function subsidyDecisionReference(id: number, decidedOn: string): string {
  return `${DECISION_PREFIX}〔${decidedOn.slice(0, 4)}〕${id}号`;
}
