import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { CivilAffairsFiguresQuery, type OwnFigures } from './civil-affairs-figures.query';
import { IndicatorRecordsQuery } from './indicator-records.query';

/** Per request: civil affairs' own figures per day (all districts and all days asked at once), its operating institutions per day, and the 特困人员供养服务机构 among them. */
export function createIndicatorLoaders(dataSource: DataSource) {
  const figures = new CivilAffairsFiguresQuery(dataSource);
  // Every day of one call in the same statements (a series of 24 days costs what one day does).
  const districtFiguresOn = new DataLoader<string, Map<string, OwnFigures>>(async (days) => {
    const byDay = await figures.perDistrictOn(days);
    return days.map((day) => byDay.get(day)!);
  });
  const operatingOn = (extremePovertySupportOnly: boolean) =>
    new DataLoader<string, Map<string, string[]>>(async (days) => {
      const byDay = await figures.operatingInstitutionsOn(days, extremePovertySupportOnly);
      return days.map((day) => byDay.get(day)!);
    });
  return {
    districtFiguresOn,
    operatingInstitutionsOn: operatingOn(false),
    operatingExtremePovertySupportOn: operatingOn(true),
    indicatorRecords: new IndicatorRecordsQuery(figures, (day) => districtFiguresOn.load(day)),
  };
}
