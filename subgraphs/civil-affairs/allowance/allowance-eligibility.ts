import { ageOn } from '../../shared/time/today';
import { lastDayOf } from '../../shared/time/months';
import type { AbilityLevel } from '../assessment/ability.enums';
import type { EconomicStatus } from '../elder/elder.enums';
import { AllowanceKind } from './allowance-kind.enum';
import { ALLOWANCE_RATES, type AllowanceRates } from './allowance-rates';

/** What a decision needs to know of an elder for the month paid. */
export interface AllowanceFacts {
  birthDate: string;
  economicStatus: EconomicStatus;
  /** The level in force at the end of the month; null if never assessed by then. */
  abilityLevel: AbilityLevel | null;
}

/** The amount due for a month, or why nothing is due. */
export type AllowanceDecision = { amountFen: number } | { refusal: string };

/**
 * Whether an elder is due an allowance for a month, and how much, by the rate table. Age counts as
 * reached on the month's last day, so the allowance starts with the month of the birthday.
 */
export function decideAllowance(
  kind: AllowanceKind,
  facts: AllowanceFacts,
  month: string,
  rates: AllowanceRates = ALLOWANCE_RATES,
): AllowanceDecision {
  const due = assessAllowance(kind, facts, month, rates);
  return typeof due === 'number' ? { amountFen: due } : { refusal: due() };
}

/** The amount due in fen, or null: `decideAllowance` without the refusal, for seeding's millions of decisions. */
export function allowanceDueFen(
  kind: AllowanceKind,
  facts: AllowanceFacts,
  month: string,
  rates: AllowanceRates = ALLOWANCE_RATES,
): number | null {
  const due = assessAllowance(kind, facts, month, rates);
  return typeof due === 'number' ? due : null;
}

/** The amount due, or what words the refusal: most elders are refused, and only a clerk reads why. */
function assessAllowance(
  kind: AllowanceKind,
  facts: AllowanceFacts,
  month: string,
  rates: AllowanceRates,
): number | (() => string) {
  if (kind === AllowanceKind.OLD_AGE_ALLOWANCE) {
    const age = ageOn(facts.birthDate, lastDayOf(month));
    const bracket = rates.oldAgeBrackets.find((b) => age >= b.fromAge && (b.toAge === null || age <= b.toAge));
    return bracket
      ? bracket.monthlyFen
      : () =>
          `the old-age allowance (高龄津贴) starts at ${rates.oldAgeBrackets[0]?.fromAge} years; this elder is ${age} in ${month}`;
  }
  if (!rates.hardshipStatuses.includes(facts.economicStatus))
    return () =>
      `the hardship subsidy (经济困难老年人补贴) is for ${rates.hardshipStatuses.join(', ')} elders; this elder is ${facts.economicStatus}`;
  // The plan makes the ability assessment the basis for receiving allowances (评估结果作为领取老年人补贴的依据).
  if (!facts.abilityLevel)
    return () =>
      `the hardship subsidy is set by the ability assessment, and this elder had none by the end of ${month}`;
  const amountFen = rates.hardshipFenByAbilityLevel[facts.abilityLevel];
  return amountFen ? amountFen : () => `the hardship subsidy is not paid at ability level ${facts.abilityLevel}`;
}
