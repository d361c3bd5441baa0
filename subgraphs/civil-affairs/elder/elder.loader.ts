import type { DataSource } from 'typeorm';
import { entityRows } from '../../shared/db/entity-rows';
import { rowByKey } from '../../shared/db/loaders';
import { Elder } from './elder.entity';

export function createElderLoaders(dataSource: DataSource) {
  const elders = dataSource.getRepository(Elder);
  return {
    elderByKey: rowByKey(
      (keys: string[]) =>
        entityRows(elders.createQueryBuilder('elder').where('elder.personKey IN (:...keys)', { keys })),
      (elder) => elder.personKey,
    ),
  };
}
