import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { CivilAffairsFiguresQuery, type OwnFigures } from './civil-affairs-figures.query';
import { IndicatorRecordsQuery } from './indicator-records.query';

/** Per request: civil affairs' own figures per day (all districts at once) and the institutions counted as integrated per day and list. */
export function createIndicatorLoaders(dataSource: DataSource) {
  const figures = new CivilAffairsFiguresQuery(dataSource);
  const districtFiguresOn = new DataLoader<string, Map<string, OwnFigures>>((days) =>
    Promise.all(days.map((day) => figures.perDistrict(day))),
  );
  return {
    districtFiguresOn,
    integratedInstitutionsOn: new DataLoader<{ day: string; codes: readonly string[] }, Map<string, number>, string>(
      (keys) => Promise.all(keys.map(({ day, codes }) => figures.integratedInstitutions(day, codes))),
      { cacheKeyFn: ({ day, codes }) => `${day}|${[...codes].sort().join(',')}` },
    ),
    indicatorRecords: new IndicatorRecordsQuery(figures, (day) => districtFiguresOn.load(day)),
  };
}
