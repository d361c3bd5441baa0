import { split } from '../../../subgraphs/finance/seed/seed';
import { LotteryFundProgramme } from '../../../subgraphs/finance/allocation/lottery-fund-allocation.enums';
import { LotteryFundRecipientKind } from '../../../subgraphs/finance/disbursement/lottery-fund-disbursement.enums';
import { needsRatingBasis, PROGRAMME_RECIPIENTS } from '../../../subgraphs/finance/disbursement/programme-recipients';

describe('splitting whole fen among programmes', () => {
  it('gives parts that add up to the total to the fen, whatever the weights', () => {
    for (const [total, weights] of [
      [100_000_001, [3, 2]],
      [7, [1, 1, 1]],
      [123_456_789, [0.73, 1.21, 0.6, 1.4]],
    ] as const) {
      const parts = split(total, [...weights]);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      expect(parts.every((part) => Number.isInteger(part) && part >= 0)).toBe(true);
    }
  });
});

describe('who each programme pays', () => {
  it('pays institution awards to institutions only, hiring awards to caregivers only, and any recipient from OTHER', () => {
    for (const programme of [
      LotteryFundProgramme.OPERATING_AWARD,
      LotteryFundProgramme.NURSING_BED_AWARD,
      LotteryFundProgramme.CHAIN_BRAND_AWARD,
    ]) {
      expect(PROGRAMME_RECIPIENTS[programme]).toEqual([LotteryFundRecipientKind.INSTITUTION]);
    }
    expect(PROGRAMME_RECIPIENTS[LotteryFundProgramme.HIRING_AWARD]).toEqual([LotteryFundRecipientKind.CAREGIVER]);
    expect(PROGRAMME_RECIPIENTS[LotteryFundProgramme.OTHER]).toHaveLength(4);
  });

  it('ties only the operating award to the institution’s rating', () => {
    expect(Object.values(LotteryFundProgramme).filter(needsRatingBasis)).toEqual([
      LotteryFundProgramme.OPERATING_AWARD,
    ]);
  });
});
