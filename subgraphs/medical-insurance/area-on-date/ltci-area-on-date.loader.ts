import type { DataSource } from 'typeorm';
import { rowsByAreaOnDays } from '../../shared/indicators/area-on-days.loader';
import { countsOverDays, dayIndexes, type IntervalCount } from '../../shared/indicators/day-intervals';
import { daysTable, queryNamed } from '../../shared/indicators/days-table';
import { elderBornBy } from '../../shared/policy/elder-age';
import { LtciDesignation } from '../designation/ltci-designation.entity';
import { inForceCondition } from '../designation/ltci-designation.service';
import { LtciProviderKind } from '../designation/ltci-provider.enums';
import { LtciEnrolmentStatus, LtciScheme } from '../enrolment/ltci-enrolment.enums';
import { LtciEnrolment } from '../enrolment/ltci-enrolment.entity';

/**
 * Whether an enrolment was insured on a day, as two SQL conditions on an enrolment alias (the day a
 * SQL expression, the status bound as `:insuredStatus`), both to hold. An enrolment keeps only its
 * current status and the day it took effect (`statusSince`), so: insured from `since` (`begun`,
 * true from a day on), and either still ACTIVE or its current status (suspended, ended) took effect
 * only after the day — before then the person was insured (`notLapsed`, true until a day).
 */
const insured = {
  begun: (enrolmentAlias: string, day: string) => `${enrolmentAlias}.since <= ${day}`,
  notLapsed: (enrolmentAlias: string, day: string) =>
    `(${enrolmentAlias}.status = :insuredStatus OR ${enrolmentAlias}.statusSince > ${day})`,
};

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
     * until its current status (suspended, ended) takes effect: one pass over the enrolments for
     * every day asked (`day-intervals.ts`), not one per day.
     */
    ltciInsuredEldersOnDate: rowsByAreaOnDays(async (districts, days) => {
      const on = dayIndexes(days, (day) => ({ bornBy: elderBornBy(day) }));
      const rows = await queryNamed<IntervalCount & { districtCode: string; scheme: LtciScheme }>(
        dataSource,
        `SELECT enrolment.districtCode AS districtCode, enrolment.scheme AS scheme,
                ${on.from((day) => `${insured.begun('enrolment', day.day)} AND enrolment.birthDate <= ${day.bornBy}`)} AS fromDay,
                ${on.until((day) => insured.notLapsed('enrolment', day.day))} AS untilDay,
                COUNT(*) AS count
           FROM ${table(LtciEnrolment)} enrolment
          WHERE enrolment.birthDate IS NOT NULL${inDistricts('enrolment', districts)}
          GROUP BY enrolment.districtCode, enrolment.scheme, fromDay, untilDay`,
        { ...on.params, insuredStatus: LtciEnrolmentStatus.ACTIVE, districts },
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
