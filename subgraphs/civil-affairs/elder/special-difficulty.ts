import { AbilityLevel, abilityLevelNumber } from '../assessment/ability.enums';
import { LivingSituation } from './elder.enums';
import type { Elder } from './elder.entity';

/** The ability levels that make an elder special-difficulty: moderate disability or worse. */
export const SPECIAL_DIFFICULTY_LEVELS = Object.values(AbilityLevel).filter(
  (level) => abilityLevelNumber(level) >= abilityLevelNumber(AbilityLevel.MODERATE_DISABILITY),
);

/** The household half of the rule below in SQL, for the elder row aliased `alias` (or a trigger's `NEW`/`OLD`). */
export const specialByHouseholdSql = (alias: string) =>
  `(${alias}.specialFamilyPlanningFamily = 1 OR ${alias}.livingSituation <> '${LivingSituation.WITH_FAMILY}')`;

/**
 * 特殊困难老年人, the elders the monthly visits (indicator 9) and the wait-list's second tier are for:
 * living alone, empty-nest or left-behind, disabled (moderate or worse under GB/T 42195), or of a
 * family-planning special family. One definition, so the indicator and the wait-list agree.
 */
export function isSpecialDifficulty(
  elder: Pick<Elder, 'livingSituation' | 'specialFamilyPlanningFamily'>,
  latestAbilityLevel: AbilityLevel | null,
): boolean {
  if (elder.specialFamilyPlanningFamily) return true;
  if (elder.livingSituation !== LivingSituation.WITH_FAMILY) return true;
  return (
    latestAbilityLevel !== null &&
    abilityLevelNumber(latestAbilityLevel) >= abilityLevelNumber(AbilityLevel.MODERATE_DISABILITY)
  );
}
