import type { DataSource } from 'typeorm';
import { isCity } from '../../shared/areas/city-of-districts';
import { keyedLoader } from '../../shared/db/loaders';
import type { AreaOnDay } from '../../shared/indicators/area-on-days.loader';
import { WEIHAI_CITY } from '../../shared/seed/weihai';
import { type TrainedForGoal, trainedForGoalOnDays } from '../training/training-goal';
import { TRAINING_GOAL_2024 } from '../training/training-goals';

/**
 * Persons trained for the 2024 goal by each day asked: completions from the goal's first day (the
 * plan period's) to the day, or to its deadline if the day is later, and those from the goal year's
 * first day. The same count as the goal itself, so on and after the deadline the city's figures
 * equal `caregiverTrainingGoals`. The city counts distinct persons citywide, not its districts'
 * sum (one GROUP BY for every day asked), the districts by the district recorded at enrolment (one
 * more): a series of many days costs the statements of one.
 */
export function createTrainedOnDateLoaders(dataSource: DataSource) {
  const cacheKey = ({ key, args }: AreaOnDay) => `${args}\u0000${key}`;
  return {
    trainedForGoalByArea: keyedLoader<AreaOnDay, TrainedForGoal[], string>(
      async (asked) => {
        const codes = [...new Set(asked.map(({ key }) => String(key)))];
        const days = [...new Set(asked.map(({ args }) => String(args)))].sort();
        const districts = codes.filter((code) => !isCity(code));
        const [city, perDistrict] = await Promise.all([
          codes.some(isCity) ? trainedForGoalOnDays(dataSource, TRAINING_GOAL_2024, days, null) : [],
          districts.length ? trainedForGoalOnDays(dataSource, TRAINING_GOAL_2024, days, districts) : [],
        ]);
        const trained = new Map([
          ...city.map(({ day, trained }) => [cacheKey({ key: WEIHAI_CITY.code, args: day }), trained] as const),
          ...perDistrict.map(
            ({ day, districtCode, trained }) => [cacheKey({ key: districtCode!, args: day }), trained] as const,
          ),
        ]);
        return asked.map((areaOnDay) => {
          const found = trained.get(cacheKey({ key: String(areaOnDay.key), args: String(areaOnDay.args) }));
          return found ? [found] : [];
        });
      },
      { cacheKeyFn: cacheKey },
    ),
  };
}
