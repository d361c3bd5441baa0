import { keyedLoader } from '../../shared/db/loaders';
import { DataSource } from 'typeorm';
import { InstitutionStay } from '../stay/institution-stay.entity';
import { BedCount } from './bed-count';
import { Bed } from './bed.entity';
import type { BedKind } from './bed-kind.enum';

/** Bed capacity and occupancy per institution and kind: one GROUP BY for all institutions asked. */
export function createBedCountLoaders(dataSource: DataSource) {
  return {
    bedCountsByInstitution: keyedLoader<string, BedCount[]>(async (codes) => {
      const rows: Array<{
        institutionCode: string;
        kind: BedKind;
        capacity: string | number;
        occupied: string | number;
      }> = await dataSource
        .createQueryBuilder()
        .select('bed.institutionCode', 'institutionCode')
        .addSelect('bed.kind', 'kind')
        .addSelect('COUNT(*)', 'capacity')
        .addSelect('COUNT(stay.id)', 'occupied')
        .from(Bed, 'bed')
        .leftJoin(InstitutionStay, 'stay', 'stay.bedId = bed.id AND stay.dischargedOn IS NULL')
        .where('bed.institutionCode IN (:...codes)', { codes })
        .andWhere('bed.retiredOn IS NULL')
        .groupBy('bed.institutionCode')
        .addGroupBy('bed.kind')
        .orderBy('bed.kind')
        .getRawMany();
      return codes.map((code) =>
        rows
          .filter((row) => row.institutionCode === code)
          .map((row) =>
            Object.assign(new BedCount(), {
              kind: row.kind,
              capacity: Number(row.capacity),
              occupied: Number(row.occupied),
            }),
          ),
      );
    }),
  };
}
