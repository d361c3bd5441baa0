import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { rowsByKeyAndArgs } from '../../shared/db/loaders';
import { todayIso } from '../../shared/time/today';
import type { LtciProviderKind } from '../designation/ltci-provider.enums';
import { LtciDesignation } from '../designation/ltci-designation.entity';
import { inForceCondition } from '../designation/ltci-designation.service';
import type { LtciEnrolmentStatus, LtciScheme } from '../enrolment/ltci-enrolment.enums';
import { LtciEnrolment } from '../enrolment/ltci-enrolment.entity';

/** The column an area level is counted by: none for the city, the district or town code otherwise. */
export type LtciAreaColumn = 'districtCode' | 'townCode' | null;

/** Limits a query to the asked areas and groups by them; the city takes every row as one group. */
function perArea<T extends object>(
  query: SelectQueryBuilder<T>,
  alias: string,
  column: LtciAreaColumn,
  codes: string[],
): SelectQueryBuilder<T> {
  if (!column) return query;
  return query
    .andWhere(`${alias}.${column} IN (:...codes)`, { codes })
    .addSelect(`${alias}.${column}`, 'areaCode')
    .addGroupBy(`${alias}.${column}`);
}

export function createLtciAreaLoaders(dataSource: DataSource) {
  return {
    /** Enrolments per scheme and status: one GROUP BY for all areas of a level asked. */
    ltciEnrolmentCountsByArea: rowsByKeyAndArgs(async (codes: string[], column: LtciAreaColumn) => {
      const query = dataSource
        .createQueryBuilder()
        .from(LtciEnrolment, 'enrolment')
        .select('enrolment.scheme', 'scheme')
        .addSelect('enrolment.status', 'status')
        .addSelect('COUNT(*)', 'count')
        .groupBy('enrolment.scheme')
        .addGroupBy('enrolment.status');
      const rows = await perArea(query, 'enrolment', column, codes).getRawMany<{
        scheme: LtciScheme;
        status: LtciEnrolmentStatus;
        count: string | number;
        areaCode?: string;
      }>();
      return rows.map(
        (row) =>
          [
            column ? row.areaCode! : codes[0],
            { scheme: row.scheme, status: row.status, count: Number(row.count) },
          ] as const,
      );
    }),
    /** Providers designated today per kind: one GROUP BY for all areas of a level asked. */
    ltciDesignationCountsByArea: rowsByKeyAndArgs(async (codes: string[], column: LtciAreaColumn) => {
      const query = dataSource
        .createQueryBuilder()
        .from(LtciDesignation, 'designation')
        .select('designation.providerKind', 'kind')
        .addSelect('COUNT(DISTINCT designation.providerCode)', 'count')
        .where(inForceCondition('designation'), { inForceOn: todayIso() })
        .groupBy('designation.providerKind');
      const rows = await perArea(query, 'designation', column, codes).getRawMany<{
        kind: LtciProviderKind;
        count: string | number;
        areaCode?: string;
      }>();
      return rows.map(
        (row) => [column ? row.areaCode! : codes[0], { kind: row.kind, count: Number(row.count) }] as const,
      );
    }),
  };
}
