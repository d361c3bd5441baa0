import type { DataSource } from 'typeorm';
import { rowsByKeyAndArgs } from '../../shared/db/loaders';
import { WEIHAI_CITY } from '../../shared/seed/weihai';
import { LtciDesignation } from '../designation/ltci-designation.entity';
import { inForceCondition } from '../designation/ltci-designation.service';
import { LtciProviderKind } from '../designation/ltci-provider-enums';
import { LtciEnrolmentStatus } from '../enrolment/ltci-enrolment-enums';
import { LtciEnrolment } from '../enrolment/ltci-enrolment.entity';

/**
 * Whether an enrolment was insured on a day, as a SQL condition on an enrolment alias (binds the day
 * as `:insuredOn` and the status as `:insuredStatus`). An enrolment keeps only its current status and
 * the day it took effect (`statusSince`), so: insured from `since`, and either still ACTIVE or its
 * current status (suspended, ended) took effect only after the day — before then the person was insured.
 */
function insuredCondition(enrolmentAlias: string): string {
  return `${enrolmentAlias}.since <= :insuredOn AND (${enrolmentAlias}.status = :insuredStatus OR ${enrolmentAlias}.statusSince > :insuredOn)`;
}

/**
 * Spreads per-district rows over the areas asked: a district gets its own rows, the city every row
 * (the resolver sums or merges them). The query was limited to the districts asked unless the city was.
 */
function perAreaAsked<T>(
  codes: string[],
  rows: Array<{ districtCode: string; value: T }>,
): Array<readonly [string, T]> {
  const asked = new Set(codes);
  const spread: Array<readonly [string, T]> = rows
    .filter((row) => asked.has(row.districtCode))
    .map((row) => [row.districtCode, row.value] as const);
  if (asked.has(WEIHAI_CITY.code)) spread.push(...rows.map((row) => [WEIHAI_CITY.code, row.value] as const));
  return spread;
}

/** The districts to limit a query to, or null when the city is asked (every district counts). */
function districtsToQuery(codes: string[]): string[] | null {
  return codes.includes(WEIHAI_CITY.code) ? null : codes;
}

/** Medical insurance's figures of `AreaOnDate`: for each day asked, one GROUP BY over every area asked with it. */
export function createLtciAreaOnDateLoaders(dataSource: DataSource) {
  return {
    /** Persons insured on the day per district (a person has one enrolment row, so rows are persons). */
    ltciInsuredPersonsOnDate: rowsByKeyAndArgs(async (codes: string[], day: string) => {
      const districts = districtsToQuery(codes);
      const query = dataSource
        .createQueryBuilder()
        .from(LtciEnrolment, 'enrolment')
        .select('enrolment.districtCode', 'districtCode')
        .addSelect('COUNT(*)', 'count')
        .where(insuredCondition('enrolment'), { insuredOn: day, insuredStatus: LtciEnrolmentStatus.ACTIVE })
        .groupBy('enrolment.districtCode');
      if (districts) query.andWhere('enrolment.districtCode IN (:...districts)', { districts });
      const rows = await query.getRawMany<{ districtCode: string; count: string | number }>();
      return perAreaAsked(
        codes,
        rows.map((row) => ({ districtCode: row.districtCode, value: Number(row.count) })),
      );
    }),
    /** Credit codes of the elder-care institutions designated on the day, with the district each operates in. */
    ltciDesignatedInstitutionCodesOnDate: rowsByKeyAndArgs(async (codes: string[], day: string) => {
      const districts = districtsToQuery(codes);
      const query = dataSource
        .createQueryBuilder()
        .from(LtciDesignation, 'designation')
        .select('designation.districtCode', 'districtCode')
        .addSelect('designation.providerCode', 'providerCode')
        .distinct(true)
        .where('designation.providerKind = :kind', { kind: LtciProviderKind.ELDER_CARE_INSTITUTION })
        .andWhere(inForceCondition('designation'), { inForceOn: day });
      if (districts) query.andWhere('designation.districtCode IN (:...districts)', { districts });
      const rows = await query.getRawMany<{ districtCode: string; providerCode: string }>();
      return perAreaAsked(
        codes,
        rows.map((row) => ({ districtCode: row.districtCode, value: row.providerCode })),
      );
    }),
  };
}
