import { AbilityLevel, abilityLevelNumber } from '../assessment/ability.enums';
import { LivingSituation } from './elder.enums';
import type { Elder } from './elder.entity';

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
