import { Authorized, Field, Int, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';
import { CARE_STAFF_ROLES, CaregiverRole } from '../caregiver/caregiver-enums';
import { Caregiver } from '../caregiver/caregiver.entity';
import { CaregiverTrainingEnrolment } from './training-enrolment.entity';
import { CAREGIVER_TRAINING_GOALS, type CaregiverTrainingGoalDefinition } from './training-goals';

/** A dated training goal with how far the records have come towards it. */
@Authorized(can('publicRecords'))
@ObjectType({ description: 'A dated goal of caregivers and social workers trained (e.g. 2024: 4,530 caregivers and 266 social workers), with the persons who completed a training in its period.' })
export class CaregiverTrainingGoal {
  @Field(() => LocalDate, { description: 'First day completions count.' })
  from: string;

  @Field(() => LocalDate, { description: 'Deadline: last day completions count.' })
  deadline: string;

  @Field(() => Int, { description: 'Target: caregivers (养老护理员 and 长期照护师) trained.' })
  caregiverTarget: number;

  @Field(() => Int, { description: 'Distinct caregivers who completed a training in the period.' })
  caregiversTrained: number;

  @Field(() => Int, { description: 'Target: social workers (社会工作者) trained.' })
  socialWorkerTarget: number;

  @Field(() => Int, { description: 'Distinct social workers who completed a training in the period.' })
  socialWorkersTrained: number;

  @Field({ description: 'Both targets reached.' })
  met: boolean;
}

/** Each goal with the distinct persons trained in its period, by role: one GROUP BY per goal. */
export async function trainingGoals(dataSource: DataSource, goals: readonly CaregiverTrainingGoalDefinition[] = CAREGIVER_TRAINING_GOALS): Promise<CaregiverTrainingGoal[]> {
  return Promise.all(
    goals.map(async (goal) => {
      const rows: Array<{ role: CaregiverRole; trained: string | number }> = await dataSource
        .createQueryBuilder()
        .from(CaregiverTrainingEnrolment, 'enrolment')
        .innerJoin(Caregiver, 'caregiver', 'caregiver.personKey = enrolment.personKey')
        .select('caregiver.role', 'role')
        .addSelect('COUNT(DISTINCT enrolment.personKey)', 'trained')
        .where('enrolment.completedOn BETWEEN :from AND :deadline', { from: goal.from, deadline: goal.deadline })
        .groupBy('caregiver.role')
        .getRawMany();
      const trained = (roles: readonly CaregiverRole[]) => rows.filter((row) => roles.includes(row.role)).reduce((sum, row) => sum + Number(row.trained), 0);
      const caregiversTrained = trained(CARE_STAFF_ROLES);
      const socialWorkersTrained = trained([CaregiverRole.SOCIAL_WORKER]);
      return Object.assign(new CaregiverTrainingGoal(), {
        from: goal.from,
        deadline: goal.deadline,
        caregiverTarget: goal.caregivers,
        caregiversTrained,
        socialWorkerTarget: goal.socialWorkers,
        socialWorkersTrained,
        met: caregiversTrained >= goal.caregivers && socialWorkersTrained >= goal.socialWorkers,
      });
    }),
  );
}
