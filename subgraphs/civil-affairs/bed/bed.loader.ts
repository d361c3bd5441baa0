import { DataSource, In } from 'typeorm';
import { entityRows } from '../../shared/db/entity-rows';
import { rowByKey, rowsByKey } from '../../shared/db/loaders';
import { Bed } from './bed.entity';

export function createBedLoaders(dataSource: DataSource) {
  const beds = dataSource.getRepository(Bed);
  return {
    bedById: rowByKey(
      (ids: number[]) => entityRows(beds.createQueryBuilder('bed').where('bed.id IN (:...ids)', { ids })),
      (bed) => bed.id,
    ),
    bedsByInstitution: rowsByKey(
      (codes: string[]) => beds.find({ where: { institutionCode: In(codes) }, order: { label: 'ASC' } }),
      (bed) => bed.institutionCode,
    ),
  };
}
