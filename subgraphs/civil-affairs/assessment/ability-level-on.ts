import { type EntityManager, In } from 'typeorm';
import type { AbilityLevel } from './ability.enums';
import { AbilityAssessment } from './ability-assessment.entity';

/** Every assessment of each elder, newest first, in one query (an elder has a handful). */
export async function assessmentHistories(
  manager: EntityManager,
  personKeys: string[],
): Promise<Map<string, AbilityAssessment[]>> {
  const histories = new Map<string, AbilityAssessment[]>();
  if (!personKeys.length) return histories;
  const assessments = await manager.find(AbilityAssessment, {
    where: { personKey: In(personKeys) },
    order: { assessedOn: 'DESC', id: 'DESC' },
  });
  for (const assessment of assessments) {
    const history = histories.get(assessment.personKey);
    if (history) history.push(assessment);
    else histories.set(assessment.personKey, [assessment]);
  }
  return histories;
}

/** The level in force on a day: the latest assessment made by then; null if none was. */
export function abilityLevelOn(history: AbilityAssessment[] | undefined, day: string): AbilityLevel | null {
  return history?.find((assessment) => assessment.assessedOn <= day)?.level ?? null;
}
