import { Authorized, Field, Int, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';
import { CARE_STAFF_ROLES, CaregiverRole } from '../caregiver/caregiver-role.enum';
import { Caregiver } from '../caregiver/caregiver.entity';
import { daysTable, queryNamed } from '../../shared/indicators/days-table';
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

/** Persons trained for a goal by a day: over its whole period (the plan's, from 2021) and within its own year. */
export interface TrainedForGoal {
  period: TrainedCounts;
  goalYear: TrainedCounts;
}

/** Which count a trained person's role goes to: care staff are caregivers; other roles count in neither. */
function countedAs(role: CaregiverRole): keyof TrainedCounts | null {
  if (CARE_STAFF_ROLES.includes(role)) return 'caregivers';
  return role === CaregiverRole.SOCIAL_WORKER ? 'socialWorkers' : null;
}

/**
 * THE count behind the training goals: for each day asked, the distinct persons who completed a
 * training (结业) from the goal's first day to the day — or to its deadline, if the day is later —
 * and those of them who completed one from the goal year's first day, by their role, in one GROUP
 * BY for every day. Citywide when `districts` is null; otherwise per district recorded at enrolment
 * (a person who trained in two districts counts in each). A day with nobody trained gets no row.
 */
export async function trainedForGoalOnDays(
  dataSource: DataSource,
  goal: CaregiverTrainingGoalDefinition,
  days: readonly string[],
  districts: string[] | null,
): Promise<Array<{ day: string; districtCode: string | null; trained: TrainedForGoal }>> {
  const on = daysTable(days, (day) => ({ until: day < goal.deadline ? day : goal.deadline }));
  const byDistrict = districts ? ', enrolment.districtCode' : '';
  const rows = await queryNamed<{
    day: string;
    role: CaregiverRole;
    districtCode?: string;
    trained: string | number;
    trainedInGoalYear: string | number;
  }>(
    dataSource,
    `SELECT d.day AS day, caregiver.role AS role${byDistrict ? `${byDistrict} AS districtCode` : ''},
            COUNT(DISTINCT enrolment.personKey) AS trained,
            COUNT(DISTINCT CASE WHEN enrolment.completedOn >= :yearFrom THEN enrolment.personKey END) AS trainedInGoalYear
       FROM ${on.sql} d
       JOIN ${dataSource.getMetadata(CaregiverTrainingEnrolment).tableName} enrolment
         ON enrolment.completedOn BETWEEN :from AND d.until${districts ? ' AND enrolment.districtCode IN (:...districts)' : ''}
       JOIN ${dataSource.getMetadata(Caregiver).tableName} caregiver ON caregiver.personKey = enrolment.personKey
      GROUP BY d.day, caregiver.role${byDistrict}`,
    { ...on.params, from: goal.from, yearFrom: goal.yearFrom, districts },
  );
  const byAreaOnDay = new Map<string, { day: string; districtCode: string | null; trained: TrainedForGoal }>();
  for (const row of rows) {
    const key = `${row.day}\u0000${row.districtCode ?? ''}`;
    const entry = byAreaOnDay.get(key) ?? {
      day: String(row.day),
      districtCode: row.districtCode ?? null,
      trained: { period: { caregivers: 0, socialWorkers: 0 }, goalYear: { caregivers: 0, socialWorkers: 0 } },
    };
    const counted = countedAs(row.role);
    if (counted) {
      entry.trained.period[counted] += Number(row.trained);
      entry.trained.goalYear[counted] += Number(row.trainedInGoalYear);
    }
    byAreaOnDay.set(key, entry);
  }
  return [...byAreaOnDay.values()];
}

/** Nobody trained for a goal. */
export const NONE_TRAINED: TrainedForGoal = {
  period: { caregivers: 0, socialWorkers: 0 },
  goalYear: { caregivers: 0, socialWorkers: 0 },
};

/** Each goal with the distinct persons trained in its period and in its own year, by role: one GROUP BY per goal. */
export async function trainingGoals(
  dataSource: DataSource,
  goals: readonly CaregiverTrainingGoalDefinition[] = CAREGIVER_TRAINING_GOALS,
): Promise<CaregiverTrainingGoal[]> {
  return Promise.all(
    goals.map(async (goal) => {
      const [citywide] = await trainedForGoalOnDays(dataSource, goal, [goal.deadline], null);
      const { period: trained, goalYear: inYear } = citywide?.trained ?? NONE_TRAINED;
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
