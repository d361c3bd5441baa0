import { DataSource, In } from 'typeorm';
import { rowByKey } from '../../shared/db/loaders';
import { ResidentialDevelopment } from './residential-development.entity';

export function createResidentialDevelopmentLoaders(dataSource: DataSource) {
  const developments = dataSource.getRepository(ResidentialDevelopment);
  return {
    residentialDevelopmentById: rowByKey(
      (ids: number[]) => developments.findBy({ id: In(ids) }),
      (development) => development.id,
    ),
  };
}
