import {
  ELDER_CARE_MINIMUM_SHARE_BASIS_POINTS,
  elderCareShare,
} from '../../../subgraphs/finance/fund/elder-care-share';

describe('the elder-care share of a retained fund against the plan’s 55%', () => {
  it('is 55% (5500 basis points) by the plan', () => {
    expect(ELDER_CARE_MINIMUM_SHARE_BASIS_POINTS).toBe(5500);
  });

  it('decides on the exact fraction: 55,000,000 of 100,000,001 fen falls short, one fen more meets it', () => {
    // 100,000,001 × 55% = 55,000,000.55 fen, so 55,000,000 fen is short and 55,000,001 fen is enough.
    expect(elderCareShare(55_000_000, 100_000_001)).toEqual({
      elderCareFen: 55_000_000,
      retainedFen: 100_000_001,
      basisPoints: 5499,
      requiredBasisPoints: 5500,
      met: false,
    });
    expect(elderCareShare(55_000_001, 100_000_001)).toEqual({
      elderCareFen: 55_000_001,
      retainedFen: 100_000_001,
      basisPoints: 5500,
      requiredBasisPoints: 5500,
      met: true,
    });
  });

  it('counts exactly 55% as met and rounds the basis points down, never up', () => {
    expect(elderCareShare(55, 100)).toMatchObject({ basisPoints: 5500, met: true });
    expect(elderCareShare(2, 3)).toMatchObject({ basisPoints: 6666, met: true });
    expect(elderCareShare(0, 1)).toMatchObject({ basisPoints: 0, met: false });
  });

  it('stays exact for sums far beyond what a double multiplies safely', () => {
    const retained = Number.MAX_SAFE_INTEGER; // 9,007,199,254,740,991 fen
    const justShort = Math.floor((retained * 55) / 100) - 1000; // well inside rounding noise of doubles
    expect(elderCareShare(justShort, retained).met).toBe(false);
    // ceil(retained × 0.55) computed in BigInt: the smallest amount that meets the rule.
    const least = Number((BigInt(retained) * 55n + 99n) / 100n);
    expect(elderCareShare(least, retained).met).toBe(true);
    expect(elderCareShare(least - 1, retained).met).toBe(false);
  });

  it('has no share when nothing is retained', () => {
    expect(elderCareShare(0, 0)).toEqual({
      elderCareFen: 0,
      retainedFen: 0,
      basisPoints: null,
      requiredBasisPoints: 5500,
      met: null,
    });
  });
});
