import { type DataSource, In, IsNull } from 'typeorm';
import { rowByKey, rowsByKey } from '../../shared/db/loaders';
import { HospitalStay } from './hospital-stay.entity';

export function createHospitalStayLoaders(dataSource: DataSource) {
  const stays = dataSource.getRepository(HospitalStay);
  return {
    currentHospitalStayByPerson: rowByKey(
      (keys: string[]) => stays.findBy({ personKey: In(keys), dischargedOn: IsNull() }),
      (stay) => stay.personKey,
    ),
    hospitalStaysByPerson: rowsByKey(
      (keys: string[]) => stays.find({ where: { personKey: In(keys) }, order: { admittedOn: 'DESC', id: 'DESC' } }),
      (stay) => stay.personKey,
    ),
  };
}
