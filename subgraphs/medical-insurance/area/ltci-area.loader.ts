import type { DataSource } from 'typeorm';
import { type AreaColumn, areaOfRow, groupedByArea } from '../../shared/areas/area-column';
import { rowsByKeyAndArgs } from '../../shared/db/loaders';
import { todayIso } from '../../shared/time/today';
import type { LtciProviderKind } from '../designation/ltci-provider.enums';
import { LtciDesignation } from '../designation/ltci-designation.entity';
import { inForceCondition } from '../designation/ltci-designation.service';
import type { LtciEnrolmentStatus, LtciScheme } from '../enrolment/ltci-enrolment.enums';
import { LtciEnrolment } from '../enrolment/ltci-enrolment.entity';

export function createLtciAreaLoaders(dataSource: DataSource) {
  return {
    /** Enrolments per scheme and status: one GROUP BY for all areas of a level asked. */
    ltciEnrolmentCountsByArea: rowsByKeyAndArgs(async (codes: string[], column: AreaColumn) => {
      const query = dataSource
        .createQueryBuilder()
        .from(LtciEnrolment, 'enrolment')
        .select('enrolment.scheme', 'scheme')
        .addSelect('enrolment.status', 'status')
        .addSelect('COUNT(*)', 'count')
        .groupBy('enrolment.scheme')
        .addGroupBy('enrolment.status');
      const rows = await groupedByArea(query, 'enrolment', column, codes).getRawMany<{
        scheme: LtciScheme;
        status: LtciEnrolmentStatus;
        count: string | number;
        areaCode?: string;
      }>();
      return rows.map(
        (row) =>
          [
            areaOfRow(column, row, codes),
            { scheme: row.scheme, status: row.status, count: Number(row.count) },
          ] as const,
      );
    }),
    /** Providers designated today per kind: one GROUP BY for all areas of a level asked. */
    ltciDesignationCountsByArea: rowsByKeyAndArgs(async (codes: string[], column: AreaColumn) => {
      const query = dataSource
        .createQueryBuilder()
        .from(LtciDesignation, 'designation')
        .select('designation.providerKind', 'kind')
        .addSelect('COUNT(DISTINCT designation.providerCode)', 'count')
        .where(inForceCondition('designation'), { inForceOn: todayIso() })
        .groupBy('designation.providerKind');
      const rows = await groupedByArea(query, 'designation', column, codes).getRawMany<{
        kind: LtciProviderKind;
        count: string | number;
        areaCode?: string;
      }>();
      return rows.map((row) => [areaOfRow(column, row, codes), { kind: row.kind, count: Number(row.count) }] as const);
    }),
  };
}
