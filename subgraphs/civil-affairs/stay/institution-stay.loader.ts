import { DataSource, In, IsNull } from 'typeorm';
import { entityRows } from '../../shared/db/entity-rows';
import { rowByKey, rowsByKey } from '../../shared/db/loaders';
import { InstitutionStay } from './institution-stay.entity';

export function createInstitutionStayLoaders(dataSource: DataSource) {
  const stays = dataSource.getRepository(InstitutionStay);
  return {
    currentStayByPerson: rowByKey(
      (keys: string[]) =>
        entityRows(
          stays
            .createQueryBuilder('stay')
            .where('stay.personKey IN (:...keys)', { keys })
            .andWhere('stay.dischargedOn IS NULL'),
        ),
      (stay) => stay.personKey,
    ),
    staysByPerson: rowsByKey(
      (keys: string[]) => stays.find({ where: { personKey: In(keys) }, order: { admittedOn: 'DESC', id: 'DESC' } }),
      (stay) => stay.personKey,
    ),
    currentStayByBed: rowByKey(
      (ids: number[]) => stays.findBy({ bedId: In(ids), dischargedOn: IsNull() }),
      (stay) => stay.bedId,
    ),
  };
}
