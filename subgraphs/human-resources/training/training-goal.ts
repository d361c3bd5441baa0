import { Authorized, Field, Int, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';
import { CARE_STAFF_ROLES, CaregiverRole } from '../caregiver/caregiver-role.enum';
import { Caregiver } from '../caregiver/caregiver.entity';
import { CaregiverTrainingEnrolment } from './training-enrolment.entity';
import { CAREGIVER_TRAINING_GOALS, type CaregiverTrainingGoalDefinition } from './training-goals';

/** A dated training goal with how far the records have come towards it. */
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'A dated goal of caregivers and social workers trained (e.g. by end-2024: 4,530 caregivers and 266 social workers), with the persons who completed a training in its period — cumulative over the plan period (2021 on) up to the deadline — and within the goal’s own year.',
})
export class CaregiverTrainingGoal {
  @Field(() => LocalDate, {
    description: 'First day completions count: the plan period’s first day (2021-01-01), the goal being cumulative.',
  })
  from: string;

  @Field(() => LocalDate, { description: 'First day of the goal’s own year (2024-01-01).' })
  yearFrom: string;

  @Field(() => LocalDate, { description: 'Deadline: last day completions count.' })
  deadline: string;

  @Field(() => Int, { description: 'Target: caregivers (养老护理员 and 长期照护师) trained.' })
  caregiverTarget: number;

  @Field(() => Int, { description: 'Distinct caregivers who completed a training in the period.' })
  caregiversTrained: number;

  @Field(() => Int, { description: 'Of those, the caregivers who completed a training within the goal’s own year.' })
  caregiversTrainedInGoalYear: number;

  @Field(() => Int, { description: 'Target: social workers (社会工作者) trained.' })
  socialWorkerTarget: number;

  @Field(() => Int, { description: 'Distinct social workers who completed a training in the period.' })
  socialWorkersTrained: number;

  @Field(() => Int, {
    description: 'Of those, the social workers who completed a training within the goal’s own year.',
  })
  socialWorkersTrainedInGoalYear: number;

  @Field({ description: 'Both targets reached.' })
  met: boolean;
}

/** Persons trained in a period: distinct caregivers (care staff) and social workers. */
export interface TrainedCounts {
  caregivers: number;
  socialWorkers: number;
}

/**
 * THE count behind the training goals: distinct persons who completed a training (结业) between two
 * days (inclusive), by their role, in one GROUP BY. Citywide when `districts` is null; otherwise per
 * district recorded at enrolment (a person who trained in two districts counts in each).
 */
export async function trainedInPeriod(
  dataSource: DataSource,
  period: { from: string; until: string },
  districts: string[] | null,
): Promise<Array<{ districtCode: string | null; trained: TrainedCounts }>> {
  const query = dataSource
    .createQueryBuilder()
    .from(CaregiverTrainingEnrolment, 'enrolment')
    .innerJoin(Caregiver, 'caregiver', 'caregiver.personKey = enrolment.personKey')
    .select('caregiver.role', 'role')
    .addSelect('COUNT(DISTINCT enrolment.personKey)', 'trained')
    .where('enrolment.completedOn BETWEEN :from AND :until', period)
    .groupBy('caregiver.role');
  if (districts)
    query
      .addSelect('enrolment.districtCode', 'districtCode')
      .andWhere('enrolment.districtCode IN (:...districts)', { districts })
      .addGroupBy('enrolment.districtCode');
  const rows: Array<{ role: CaregiverRole; trained: string | number; districtCode?: string }> =
    await query.getRawMany();
  const byDistrict = new Map<string | null, TrainedCounts>();
  for (const row of rows) {
    const district = row.districtCode ?? null;
    const counts = byDistrict.get(district) ?? { caregivers: 0, socialWorkers: 0 };
    if (CARE_STAFF_ROLES.includes(row.role)) counts.caregivers += Number(row.trained);
    else if (row.role === CaregiverRole.SOCIAL_WORKER) counts.socialWorkers += Number(row.trained);
    byDistrict.set(district, counts);
  }
  return [...byDistrict].map(([districtCode, trained]) => ({ districtCode, trained }));
}

const NONE_TRAINED: TrainedCounts = { caregivers: 0, socialWorkers: 0 };

/** Each goal with the distinct persons trained in its period and in its own year, by role: two GROUP BYs per goal. */
export async function trainingGoals(
  dataSource: DataSource,
  goals: readonly CaregiverTrainingGoalDefinition[] = CAREGIVER_TRAINING_GOALS,
): Promise<CaregiverTrainingGoal[]> {
  return Promise.all(
    goals.map(async (goal) => {
      const [[period], [year]] = await Promise.all([
        trainedInPeriod(dataSource, { from: goal.from, until: goal.deadline }, null),
        trainedInPeriod(dataSource, { from: goal.yearFrom, until: goal.deadline }, null),
      ]);
      const trained = period?.trained ?? NONE_TRAINED;
      const inYear = year?.trained ?? NONE_TRAINED;
      return Object.assign(new CaregiverTrainingGoal(), {
        from: goal.from,
        yearFrom: goal.yearFrom,
        deadline: goal.deadline,
        caregiverTarget: goal.caregivers,
        caregiversTrained: trained.caregivers,
        caregiversTrainedInGoalYear: inYear.caregivers,
        socialWorkerTarget: goal.socialWorkers,
        socialWorkersTrained: trained.socialWorkers,
        socialWorkersTrainedInGoalYear: inYear.socialWorkers,
        met: trained.caregivers >= goal.caregivers && trained.socialWorkers >= goal.socialWorkers,
      });
    }),
  );
}
