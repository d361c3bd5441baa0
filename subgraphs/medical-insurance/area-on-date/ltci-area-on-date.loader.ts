import type { DataSource } from 'typeorm';
import { rowsByAreaOnDays } from '../../shared/indicators/area-on-days.loader';
import { daysTable, queryNamed } from '../../shared/indicators/days-table';
import { elderBornBy } from '../../shared/policy/elder-age';
import { LtciDesignation } from '../designation/ltci-designation.entity';
import { inForceCondition } from '../designation/ltci-designation.service';
import { LtciProviderKind } from '../designation/ltci-provider.enums';
import { LtciEnrolmentStatus, LtciScheme } from '../enrolment/ltci-enrolment.enums';
import { LtciEnrolment } from '../enrolment/ltci-enrolment.entity';

/**
 * Whether an enrolment was insured on a day, as a SQL condition on an enrolment alias (the day a
 * SQL expression, the status bound as `:insuredStatus`). An enrolment keeps only its current status
 * and the day it took effect (`statusSince`), so: insured from `since`, and either still ACTIVE or
 * its current status (suspended, ended) took effect only after the day — before then the person was insured.
 */
function insuredCondition(enrolmentAlias: string, day: string): string {
  return `${enrolmentAlias}.since <= ${day} AND (${enrolmentAlias}.status = :insuredStatus OR ${enrolmentAlias}.statusSince > ${day})`;
}

/** Medical insurance's figures of `AreaOnDate`: one GROUP BY over every area and every day asked together. */
export function createLtciAreaOnDateLoaders(dataSource: DataSource) {
  const table = (target: typeof LtciEnrolment | typeof LtciDesignation) => dataSource.getMetadata(target).tableName;
  const inDistricts = (alias: string, districts: string[] | null) =>
    districts ? ` AND ${alias}.districtCode IN (:...districts)` : '';
  return {
    /**
     * Persons aged 60 or over insured on the day, per district and scheme (a person has one enrolment
     * row, so rows are persons; an enrolment without a birth date cannot be placed and is left out).
     */
    ltciInsuredEldersOnDate: rowsByAreaOnDays(async (districts, days) => {
      const on = daysTable(days, (day) => ({ bornBy: elderBornBy(day) }));
      const rows = await queryNamed<{ day: string; districtCode: string; scheme: LtciScheme; count: string | number }>(
        dataSource,
        `SELECT d.day AS day, enrolment.districtCode AS districtCode, enrolment.scheme AS scheme, COUNT(*) AS count
           FROM ${on.sql} d JOIN ${table(LtciEnrolment)} enrolment
             ON ${insuredCondition('enrolment', 'd.day')} AND enrolment.birthDate <= d.bornBy${inDistricts('enrolment', districts)}
          GROUP BY d.day, enrolment.districtCode, enrolment.scheme`,
        { ...on.params, insuredStatus: LtciEnrolmentStatus.ACTIVE, districts },
      );
      return rows.map(
        (row) => [String(row.day), row.districtCode, { scheme: row.scheme, count: Number(row.count) }] as const,
      );
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
