import { AbilityLevel } from '../assessment/ability.enums';
import { EconomicStatus } from '../elder/elder.enums';

/** One age bracket of the old-age allowance; `toAge` null means no upper limit. */
export interface AgeBracket {
  fromAge: number;
  toAge: number | null;
  monthlyFen: number;
}

/** The table every allowance decision reads: who qualifies and the monthly amount in fen. */
export interface AllowanceRates {
  /** 高龄津贴 by the age reached in the month paid; ascending, without overlaps. */
  oldAgeBrackets: AgeBracket[];
  /** Economic statuses that qualify for 经济困难老年人补贴. */
  hardshipStatuses: EconomicStatus[];
  /** 经济困难老年人补贴 by the ability level in force at the month's end; null where the level does not qualify. */
  hardshipFenByAbilityLevel: Record<AbilityLevel, number | null>;
}

/**
 * DEFAULTS, NOT WEIHAI'S CONFIRMED FIGURES (domain brief: unconfirmed). The brackets and amounts
 * below are placeholders of a plausible size for Shandong; confirm the current figures with the
 * Weihai civil-affairs bureau and change them here, the one place eligibility and amounts are set.
 */
export const ALLOWANCE_RATES: AllowanceRates = {
  oldAgeBrackets: [
    { fromAge: 80, toAge: 89, monthlyFen: 5_000 },
    { fromAge: 90, toAge: 99, monthlyFen: 10_000 },
    { fromAge: 100, toAge: null, monthlyFen: 30_000 },
  ],
  hardshipStatuses: [
    EconomicStatus.EXTREME_POVERTY,
    EconomicStatus.MINIMUM_LIVING,
    EconomicStatus.NEAR_MINIMUM_LIVING,
    EconomicStatus.ECONOMIC_HARDSHIP,
  ],
  hardshipFenByAbilityLevel: {
    [AbilityLevel.INTACT]: 3_000,
    [AbilityLevel.MILD_DISABILITY]: 6_000,
    [AbilityLevel.MODERATE_DISABILITY]: 10_000,
    [AbilityLevel.SEVERE_DISABILITY]: 15_000,
    [AbilityLevel.TOTAL_DISABILITY]: 20_000,
  },
};
