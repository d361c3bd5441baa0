import type { AbilityLevel } from '../assessment/ability.enums';
import { EconomicStatus } from '../elder/elder.enums';
import type { Elder } from '../elder/elder.entity';
import { isSpecialDifficulty } from '../elder/special-difficulty';

/** The wait-list's priority tiers, 1 admitted first (domain brief: 入住评估轮候). */
export const WAITLIST_TIER = {
  CENTRALISED_CARE_EXTREME_POVERTY: 1,
  SPECIAL_DIFFICULTY: 2,
  MINIMUM_LIVING: 3,
  NEAR_MINIMUM_LIVING: 4,
  OTHER: 5,
} as const;

export type WaitlistTier = (typeof WAITLIST_TIER)[keyof typeof WAITLIST_TIER];

export type WaitlistPriorityFacts = Pick<
  Elder,
  'economicStatus' | 'wantsCentralisedCare' | 'livingSituation' | 'specialFamilyPlanningFamily'
>;

/** The tier an elder applies in, from their registry record and the level of their latest ability assessment. */
export function waitlistTier(elder: WaitlistPriorityFacts, latestAbilityLevel: AbilityLevel | null): WaitlistTier {
  if (elder.economicStatus === EconomicStatus.EXTREME_POVERTY && elder.wantsCentralisedCare)
    return WAITLIST_TIER.CENTRALISED_CARE_EXTREME_POVERTY;
  if (isSpecialDifficulty(elder, latestAbilityLevel)) return WAITLIST_TIER.SPECIAL_DIFFICULTY;
  // An extreme-poverty elder who has not asked for centralised care still ranks with 低保, never below it.
  if (elder.economicStatus === EconomicStatus.MINIMUM_LIVING || elder.economicStatus === EconomicStatus.EXTREME_POVERTY)
    return WAITLIST_TIER.MINIMUM_LIVING;
  if (elder.economicStatus === EconomicStatus.NEAR_MINIMUM_LIVING) return WAITLIST_TIER.NEAR_MINIMUM_LIVING;
  return WAITLIST_TIER.OTHER;
}
