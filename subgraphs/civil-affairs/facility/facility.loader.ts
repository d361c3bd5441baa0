import { DataSource, In } from 'typeorm';
import { rowByKey, rowsByKeyAndArgs } from '../../shared/db/loaders';
import { askedAreaOf, type ServiceArea, whereInAreas } from '../area/service-area';
import type { FacilityKind } from './facility-kind.enum';
import { CommunityFacility } from './facility.entity';

/** Which facilities of an area a field asks for; areas of one level share the column. */
export interface FacilityScope {
  column: keyof ServiceArea | null;
  kind: FacilityKind | null;
  includeClosed: boolean;
}

export function createFacilityLoaders(dataSource: DataSource) {
  const facilities = dataSource.getRepository(CommunityFacility);
  return {
    facilityById: rowByKey(
      (ids: number[]) => facilities.findBy({ id: In(ids) }),
      (facility) => facility.id,
    ),
    facilitiesByArea: rowsByKeyAndArgs(async (codes: string[], { column, kind, includeClosed }: FacilityScope) => {
      const query = whereInAreas(facilities.createQueryBuilder('facility'), 'facility', column, codes);
      if (kind) query.andWhere('facility.kind = :kind', { kind });
      if (!includeClosed) query.andWhere('facility.closedOn IS NULL');
      const rows = await query.orderBy('facility.id', 'ASC').getMany();
      return rows.map((facility) => [askedAreaOf(facility, column, codes), facility] as const);
    }),
    /** Open facilities per kind: one GROUP BY for all areas of a level asked. */
    facilityCountsByArea: rowsByKeyAndArgs(async (codes: string[], column: keyof ServiceArea | null) => {
      const query = whereInAreas(
        dataSource.createQueryBuilder().from(CommunityFacility, 'facility'),
        'facility',
        column,
        codes,
      )
        .select('facility.kind', 'kind')
        .addSelect('COUNT(*)', 'count')
        .andWhere('facility.closedOn IS NULL')
        .groupBy('facility.kind');
      if (column) query.addSelect(`facility.${column}`, 'areaCode').addGroupBy(`facility.${column}`);
      const rows = await query.getRawMany<{ kind: FacilityKind; count: string | number; areaCode?: string }>();
      return rows.map(
        (row) => [column ? row.areaCode! : codes[0], { kind: row.kind, count: Number(row.count) }] as const,
      );
    }),
  };
}
