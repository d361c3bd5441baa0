/**
 * Measure 20 of the 2025 measures (HR × civil affairs × insurance), the one place its targets live:
 * certified caregivers ≥90% of institutions' care staff by end-2025, and long-term carers ≥20% of care
 * staff in LTCI-designated institutions by end-2026.
 */
export interface ShareTarget {
  /** The share reaches the target when numerator × 100 ≥ percent × denominator (exact, no rounding). */
  percent: number;
  /** ISO date by which the target is to be met. */
  deadline: string;
}

export const CERTIFIED_SHARE_TARGET: ShareTarget = { percent: 90, deadline: '2025-12-31' };

export const LONG_TERM_CARER_SHARE_TARGET: ShareTarget = { percent: 20, deadline: '2026-12-31' };

/** Exact comparison with integers: no floating-point share decides whether a target is met. */
export function meetsShareTarget(numerator: number, denominator: number, target: ShareTarget): boolean | null {
  return denominator === 0 ? null : numerator * 100 >= target.percent * denominator;
}
