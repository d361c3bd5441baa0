import { type DataSource, In, IsNull } from 'typeorm';
import { rowByKey, rowsByKey } from '../../shared/db/loaders';
import { HospiceStay } from './hospice-stay.entity';

export function createHospiceStayLoaders(dataSource: DataSource) {
  const stays = dataSource.getRepository(HospiceStay);
  return {
    currentHospiceStayByPerson: rowByKey(
      (keys: string[]) => stays.findBy({ personKey: In(keys), dischargedOn: IsNull() }),
      (stay) => stay.personKey,
    ),
    hospiceStaysByPerson: rowsByKey(
      (keys: string[]) => stays.find({ where: { personKey: In(keys) }, order: { admittedOn: 'DESC', id: 'DESC' } }),
      (stay) => stay.personKey,
    ),
  };
}
