import { DataSource, In } from 'typeorm';
import { rowByKey } from '../../shared/db/loaders';
import { Institution } from './institution.entity';

export function createInstitutionLoaders(dataSource: DataSource) {
  const institutions = dataSource.getRepository(Institution);
  return {
    institutionByCode: rowByKey(
      (codes: string[]) => institutions.findBy({ code: In(codes) }),
      (institution) => institution.code,
    ),
  };
}
