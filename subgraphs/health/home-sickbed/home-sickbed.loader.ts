import { type DataSource, In, IsNull } from 'typeorm';
import { rowByKey, rowsByKey } from '../../shared/db/loaders';
import { HomeSickbed } from './home-sickbed.entity';

export function createHomeSickbedLoaders(dataSource: DataSource) {
  const beds = dataSource.getRepository(HomeSickbed);
  return {
    currentHomeSickbedByPerson: rowByKey(
      (keys: string[]) => beds.findBy({ personKey: In(keys), closedOn: IsNull() }),
      (bed) => bed.personKey,
    ),
    homeSickbedsByPerson: rowsByKey(
      (keys: string[]) => beds.find({ where: { personKey: In(keys) }, order: { openedOn: 'DESC', id: 'DESC' } }),
      (bed) => bed.personKey,
    ),
  };
}
