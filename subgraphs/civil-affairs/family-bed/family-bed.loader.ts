import { DataSource, In, IsNull } from 'typeorm';
import { rowByKey, rowsByKey } from '../../shared/db/loaders';
import { FamilyBed } from './family-bed.entity';

export function createFamilyBedLoaders(dataSource: DataSource) {
  const beds = dataSource.getRepository(FamilyBed);
  return {
    currentFamilyBedByPerson: rowByKey(
      (keys: string[]) => beds.findBy({ personKey: In(keys), closedOn: IsNull() }),
      (bed) => bed.personKey,
    ),
    familyBedsByPerson: rowsByKey(
      (keys: string[]) => beds.find({ where: { personKey: In(keys) }, order: { openedOn: 'DESC', id: 'DESC' } }),
      (bed) => bed.personKey,
    ),
    openFamilyBedsByOperator: rowsByKey(
      (codes: string[]) =>
        beds.find({ where: { operatorCode: In(codes), closedOn: IsNull() }, order: { openedOn: 'ASC', id: 'ASC' } }),
      (bed) => bed.operatorCode,
    ),
  };
}
