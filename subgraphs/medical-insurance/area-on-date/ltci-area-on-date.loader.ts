import type { DataSource } from 'typeorm';
import { rowsByAreaOnDays } from '../../shared/indicators/area-on-days.loader';
import { countsOverDays, dayIndexes, type IntervalCount } from '../../shared/indicators/day-intervals';
import { daysTable, queryNamed } from '../../shared/indicators/days-table';
import { LtciDesignation } from '../designation/ltci-designation.entity';
import { inForceCondition } from '../designation/ltci-designation.service';
import { LtciProviderKind } from '../designation/ltci-provider.enums';
import { LtciScheme } from '../enrolment/ltci-enrolment.enums';
import { LtciEnrolment } from '../enrolment/ltci-enrolment.entity';
import { InsuredElderTally } from './insured-elder-tally.entity';

/** Medical insurance's figures of `AreaOnDate`: one statement for every area and every day asked together. */
export function createLtciAreaOnDateLoaders(dataSource: DataSource) {
  const table = (target: typeof LtciEnrolment | typeof LtciDesignation) => dataSource.getMetadata(target).tableName;
  const inDistricts = (alias: string, districts: string[] | null) =>
    districts ? ` AND ${alias}.districtCode IN (:...districts)` : '';
  return {
    /**
     * Persons aged 60 or over insured on each day asked, per district and scheme (a person has one
     * enrolment row, so rows are persons; an enrolment without a birth date cannot be placed and is
     * left out). An enrolment counts from the first day it is in effect with its person 60 or over,
     * until its current status (suspended, ended) takes effect: read from the tally kept as
     * enrolments are written (`insured-elder-tallies.ts`), one pass over its rows for every day
     * asked (`day-intervals.ts`).
     */
    ltciInsuredEldersOnDate: rowsByAreaOnDays(async (districts, days) => {
      const on = dayIndexes(days);
      const rows = await queryNamed<IntervalCount & { districtCode: string; scheme: LtciScheme }>(
        dataSource,
        `SELECT tally.districtCode AS districtCode, tally.scheme AS scheme,
                ${on.from((day) => `tally.countsFrom <= ${day.day}`)} AS fromDay,
                ${on.until((day) => `tally.lapsedOn > ${day.day}`)} AS untilDay,
                SUM(tally.persons) AS count
           FROM ${dataSource.getMetadata(InsuredElderTally).tableName} tally
          WHERE tally.persons > 0${inDistricts('tally', districts)}
          GROUP BY tally.districtCode, tally.scheme, fromDay, untilDay`,
        { ...on.params, districts },
      );
      return countsOverDays(
        days,
        rows,
        ({ districtCode, scheme }) => ({ districtCode, scheme }),
        ({ districtCode, scheme }) => `${districtCode}\u0000${scheme}`,
      ).map(({ day, group, count }) => [day, group.districtCode, { scheme: group.scheme, count }] as const);
    }),
    /** Credit codes of the elder-care institutions designated on the day, with the district each operates in. */
    ltciDesignatedInstitutionCodesOnDate: rowsByAreaOnDays(async (districts, days) => {
      const on = daysTable(days);
      const rows = await queryNamed<{ day: string; districtCode: string; providerCode: string }>(
        dataSource,
        `SELECT DISTINCT d.day AS day, designation.districtCode AS districtCode, designation.providerCode AS providerCode
           FROM ${on.sql} d JOIN ${table(LtciDesignation)} designation
             ON designation.providerKind = :kind AND ${inForceCondition('designation', 'd.day')}${inDistricts('designation', districts)}`,
        { ...on.params, kind: LtciProviderKind.ELDER_CARE_INSTITUTION, districts },
      );
      return rows.map((row) => [String(row.day), row.districtCode, row.providerCode] as const);
    }),
  };
}
