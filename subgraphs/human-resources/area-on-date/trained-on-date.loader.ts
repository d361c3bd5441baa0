import type { DataSource } from 'typeorm';
import { rowsByKeyAndArgs } from '../../shared/db/loaders';
import { WEIHAI_CITY } from '../../shared/seed/weihai';
import { type TrainedCounts, trainedInPeriod } from '../training/training-goal';
import { TRAINING_GOAL_2024 } from '../training/training-goals';

/**
 * Persons trained for the 2024 goal by a day: completions from the goal's first day to the day, or
 * to its deadline if the day is later. The same query as the goal itself, so on and after the
 * deadline the city's figures equal `caregiverTrainingGoals`. The city counts distinct persons
 * citywide (one query); districts by the district recorded at enrolment (one GROUP BY for all asked).
 */
export function createTrainedOnDateLoaders(dataSource: DataSource) {
  return {
    trainedForGoalByArea: rowsByKeyAndArgs(async (codes: string[], day: string) => {
      const until = day < TRAINING_GOAL_2024.deadline ? day : TRAINING_GOAL_2024.deadline;
      if (until < TRAINING_GOAL_2024.from) return [];
      const period = { from: TRAINING_GOAL_2024.from, until };
      const districts = codes.filter((code) => code !== WEIHAI_CITY.code);
      const [city, perDistrict] = await Promise.all([
        codes.includes(WEIHAI_CITY.code) ? trainedInPeriod(dataSource, period, null) : [],
        districts.length ? trainedInPeriod(dataSource, period, districts) : [],
      ]);
      return [
        ...city.map(({ trained }) => [WEIHAI_CITY.code, trained] as const),
        ...perDistrict.map(({ districtCode, trained }) => [districtCode!, trained] as const),
      ] as Array<readonly [string, TrainedCounts]>;
    }),
  };
}
