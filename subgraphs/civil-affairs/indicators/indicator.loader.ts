import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { CivilAffairsFiguresQuery, type OwnFigures } from './civil-affairs-figures.query';
import { IndicatorRecordsQuery } from './indicator-records.query';

/** Per request: civil affairs' own figures per day (all districts at once) its operating institutions per day, and the 特困人员供养服务机构 among them. */
export function createIndicatorLoaders(dataSource: DataSource) {
  const figures = new CivilAffairsFiguresQuery(dataSource);
  const districtFiguresOn = new DataLoader<string, Map<string, OwnFigures>>((days) =>
    Promise.all(days.map((day) => figures.perDistrict(day))),
  );
  return {
    districtFiguresOn,
    operatingInstitutionsOn: new DataLoader<string, Map<string, string[]>>((days) =>
      Promise.all(days.map((day) => figures.operatingInstitutions(day))),
    ),
    operatingExtremePovertySupportOn: new DataLoader<string, Map<string, string[]>>((days) =>
      Promise.all(days.map((day) => figures.operatingInstitutions(day, true))),
    ),
    indicatorRecords: new IndicatorRecordsQuery(figures, (day) => districtFiguresOn.load(day)),
  };
}
