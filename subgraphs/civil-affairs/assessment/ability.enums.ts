import { registerEnumType } from 'type-graphql';

/** Ability levels of GB/T 42195-2022 老年人能力评估规范; the numeric level is the enum's position. */
export enum AbilityLevel {
  INTACT = 'INTACT',
  MILD_DISABILITY = 'MILD_DISABILITY',
  MODERATE_DISABILITY = 'MODERATE_DISABILITY',
  SEVERE_DISABILITY = 'SEVERE_DISABILITY',
  TOTAL_DISABILITY = 'TOTAL_DISABILITY',
}

export const ABILITY_LEVELS = Object.values(AbilityLevel);

/** Level 0–4 as the standard numbers it. */
export function abilityLevelNumber(level: AbilityLevel): number {
  return ABILITY_LEVELS.indexOf(level);
}

/** Reason an assessment was made. */
export enum AssessmentReason {
  INITIAL = 'INITIAL',
  PERIODIC = 'PERIODIC',
  CONDITION_CHANGE = 'CONDITION_CHANGE',
  ADMISSION = 'ADMISSION',
  REQUESTED = 'REQUESTED',
}

registerEnumType(AbilityLevel, {
  name: 'AbilityLevel',
  description: 'Ability level under GB/T 42195-2022 (老年人能力评估规范).',
  valuesConfig: {
    INTACT: { description: '0 能力完好 ability intact.' },
    MILD_DISABILITY: { description: '1 轻度失能 mild disability.' },
    MODERATE_DISABILITY: { description: '2 中度失能 moderate disability.' },
    SEVERE_DISABILITY: { description: '3 重度失能 severe disability.' },
    TOTAL_DISABILITY: { description: '4 完全失能 total disability.' },
  },
});

registerEnumType(AssessmentReason, {
  name: 'AssessmentReason',
  description: 'Why an ability assessment was made.',
  valuesConfig: {
    INITIAL: { description: 'First assessment on entering the registry or a service.' },
    PERIODIC: { description: 'Regular re-assessment (at least yearly for those receiving services).' },
    CONDITION_CHANGE: { description: 'Re-assessment after a change in health or ability.' },
    ADMISSION: { description: 'Assessment for admission to an institution (入住评估).' },
    REQUESTED: { description: 'Asked for by the elder or their family.' },
  },
});
