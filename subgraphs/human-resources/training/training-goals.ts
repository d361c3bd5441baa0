/**
 * The dated training goals of the plan, the one place they live: in 2024, 4,530 elder caregivers
 * and 266 social workers trained (培训养老护理员4530人、社会工作者266人). "Trained" means a
 * completed training (结业) dated within the goal's period; caregivers are care staff
 * (养老护理员 and 长期照护师), social workers those registered in that role.
 */
export interface CaregiverTrainingGoalDefinition {
  /** First and last day completions count (ISO dates). */
  from: string;
  deadline: string;
  caregivers: number;
  socialWorkers: number;
}

export const CAREGIVER_TRAINING_GOALS: readonly CaregiverTrainingGoalDefinition[] = [{ from: '2024-01-01', deadline: '2024-12-31', caregivers: 4530, socialWorkers: 266 }];
