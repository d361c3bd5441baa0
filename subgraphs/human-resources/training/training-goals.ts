import { TRAINING_GOAL_2024 as SHARED_TRAINING_GOAL_2024 } from '../../shared/policy/policy-targets';

/**
 * The dated training goals of the plan (the numbers live in the shared policy targets): by the end of
 * 2024, 4,530 elder caregivers and 266 social workers trained (培训养老护理员4530人、社会工作者266人),
 * counted over the plan period (2021 on). "Trained" means a completed training (结业) dated within the
 * goal's period; caregivers are care staff (养老护理员 and 长期照护师), social workers those registered in that role.
 */
export interface CaregiverTrainingGoalDefinition {
  /** First and last day completions count (ISO dates). */
  from: string;
  deadline: string;
  /** First day of the goal's own year, whose completions are shown beside the cumulative count. */
  yearFrom: string;
  caregivers: number;
  socialWorkers: number;
}

/** The 2024 goal, which the joint meeting's indicators also follow as of a day (completions from its first day — the plan period's — to the day, or to its deadline). */
export const TRAINING_GOAL_2024: CaregiverTrainingGoalDefinition = SHARED_TRAINING_GOAL_2024;

export const CAREGIVER_TRAINING_GOALS: readonly CaregiverTrainingGoalDefinition[] = [TRAINING_GOAL_2024];
