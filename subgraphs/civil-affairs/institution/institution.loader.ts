import type { DataSource } from 'typeorm';
import { entityRows } from '../../shared/db/entity-rows';
import { rowByKey } from '../../shared/db/loaders';
import { Institution } from './institution.entity';

export function createInstitutionLoaders(dataSource: DataSource) {
  const institutions = dataSource.getRepository(Institution);
  return {
    institutionByCode: rowByKey(
      (codes: string[]) =>
        entityRows(institutions.createQueryBuilder('institution').where('institution.code IN (:...codes)', { codes })),
      (institution) => institution.code,
    ),
  };
}
