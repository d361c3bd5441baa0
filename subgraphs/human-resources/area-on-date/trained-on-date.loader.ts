import type { DataSource } from 'typeorm';
import { rowsByKeyAndArgs } from '../../shared/db/loaders';
import { WEIHAI_CITY } from '../../shared/seed/weihai';
import { type TrainedCounts, trainedInPeriod } from '../training/training-goal';
import { TRAINING_GOAL_2024 } from '../training/training-goals';

/** Persons trained for the goal by a day: over its whole period (the plan's, from 2021) and within its own year. */
export interface TrainedForGoal {
  period: TrainedCounts;
  goalYear: TrainedCounts;
}

/**
 * Persons trained for the 2024 goal by a day: completions from the goal's first day (the plan
 * period's) to the day, or to its deadline if the day is later, and those from the goal year's first
 * day. The same query as the goal itself, so on and after the deadline the city's figures equal
 * `caregiverTrainingGoals`. The city counts distinct persons citywide (one query per period);
 * districts by the district recorded at enrolment (one GROUP BY per period for all asked).
 */
export function createTrainedOnDateLoaders(dataSource: DataSource) {
  return {
    trainedForGoalByArea: rowsByKeyAndArgs(async (codes: string[], day: string) => {
      const until = day < TRAINING_GOAL_2024.deadline ? day : TRAINING_GOAL_2024.deadline;
      const districts = codes.filter((code) => code !== WEIHAI_CITY.code);
      const trainedFrom = async (from: string) => {
        if (until < from) return new Map<string, TrainedCounts>();
        const [city, perDistrict] = await Promise.all([
          codes.includes(WEIHAI_CITY.code) ? trainedInPeriod(dataSource, { from, until }, null) : [],
          districts.length ? trainedInPeriod(dataSource, { from, until }, districts) : [],
        ]);
        return new Map([
          ...city.map(({ trained }) => [WEIHAI_CITY.code, trained] as const),
          ...perDistrict.map(({ districtCode, trained }) => [districtCode!, trained] as const),
        ]);
      };
      const [period, goalYear] = await Promise.all([
        trainedFrom(TRAINING_GOAL_2024.from),
        trainedFrom(TRAINING_GOAL_2024.yearFrom),
      ]);
      const none: TrainedCounts = { caregivers: 0, socialWorkers: 0 };
      return [...period].map(
        ([code, trained]) => [code, { period: trained, goalYear: goalYear.get(code) ?? none }] as const,
      );
    }),
  };
}
