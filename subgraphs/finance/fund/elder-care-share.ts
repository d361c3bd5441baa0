import { LOTTERY_FUND_ELDER_CARE_MINIMUM_PERCENT } from '../../shared/policy/policy-targets';

/**
 * The plan's rule on the retained welfare-lottery fund, in basis points (the percentage itself is in
 * the shared policy targets, which the joint meeting's catalogue reads too):
 * 威海市"十四五"养老服务体系规划, 保障措施 3 加强财税支持 — "县级以上人民政府留成的福彩公益金
 * 55%以上用于支持养老服务发展" (at least 55% of the welfare-lottery fund retained by governments at
 * county level and above supports elder-care services).
 */
export const ELDER_CARE_MINIMUM_SHARE_BASIS_POINTS = LOTTERY_FUND_ELDER_CARE_MINIMUM_PERCENT * 100;

const BASIS_POINTS = 10_000n;

/** A fund's elder-care share as exact integers: no floating point touches the comparison. */
export interface ElderCareShare {
  /** Fen allocated to the ELDER_CARE category (the numerator). */
  elderCareFen: number;
  /** Fen retained, the fund's amount (the denominator). */
  retainedFen: number;
  /** The share in basis points, rounded down, so it never shows more than was allocated; null with nothing retained. */
  basisPoints: number | null;
  requiredBasisPoints: number;
  /** Whether elderCareFen / retainedFen ≥ 55 / 100, decided on the exact fraction; null with nothing retained. */
  met: boolean | null;
}

/** Computes the elder-care share of a fund (or of several funds' sums) exactly, in BigInt. */
export function elderCareShare(
  elderCareFen: number,
  retainedFen: number,
  requiredBasisPoints = ELDER_CARE_MINIMUM_SHARE_BASIS_POINTS,
): ElderCareShare {
  if (retainedFen <= 0) return { elderCareFen, retainedFen, basisPoints: null, requiredBasisPoints, met: null };
  const numerator = BigInt(elderCareFen) * BASIS_POINTS;
  const denominator = BigInt(retainedFen);
  return {
    elderCareFen,
    retainedFen,
    basisPoints: Number(numerator / denominator),
    requiredBasisPoints,
    met: numerator >= denominator * BigInt(requiredBasisPoints),
  };
}
