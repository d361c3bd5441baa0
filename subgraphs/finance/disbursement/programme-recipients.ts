import { LotteryFundProgramme } from '../allocation/lottery-fund-allocation.enums';
import { LotteryFundRecipientKind } from './lottery-fund-disbursement.enums';

const { INSTITUTION, CAREGIVER, ELDER, PROGRAMME } = LotteryFundRecipientKind;

/**
 * Who each programme pays: institution awards go to institutions, hiring awards to caregivers,
 * allowances to elders (or a programme running them). One table, so a rule changes in one place.
 */
export const PROGRAMME_RECIPIENTS: Readonly<Record<LotteryFundProgramme, readonly LotteryFundRecipientKind[]>> = {
  [LotteryFundProgramme.CONSTRUCTION_SUBSIDY]: [INSTITUTION, PROGRAMME],
  [LotteryFundProgramme.OPERATING_AWARD]: [INSTITUTION],
  [LotteryFundProgramme.NURSING_BED_AWARD]: [INSTITUTION],
  [LotteryFundProgramme.CHAIN_BRAND_AWARD]: [INSTITUTION],
  [LotteryFundProgramme.HIRING_AWARD]: [CAREGIVER],
  [LotteryFundProgramme.ALLOWANCE]: [ELDER, PROGRAMME],
  [LotteryFundProgramme.MEAL_ASSISTANCE]: [ELDER, INSTITUTION, PROGRAMME],
  [LotteryFundProgramme.REHAB_AID_POINT]: [INSTITUTION, PROGRAMME],
  [LotteryFundProgramme.OTHER]: [INSTITUTION, CAREGIVER, ELDER, PROGRAMME],
};

/** Operating awards are tied to the institution's star rating (运营奖补与等级评定挂钩): the rating decided on is recorded with the payment. */
export function needsRatingBasis(programme: LotteryFundProgramme): boolean {
  return programme === LotteryFundProgramme.OPERATING_AWARD;
}
