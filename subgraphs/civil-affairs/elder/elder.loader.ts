import { DataSource, In } from 'typeorm';
import { rowByKey } from '../../shared/db/loaders';
import { Elder } from './elder.entity';

export function createElderLoaders(dataSource: DataSource) {
  const elders = dataSource.getRepository(Elder);
  return {
    elderByKey: rowByKey(
      (keys: string[]) => elders.findBy({ personKey: In(keys) }),
      (elder) => elder.personKey,
    ),
  };
}
