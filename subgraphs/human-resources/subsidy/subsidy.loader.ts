import { DataSource, In } from 'typeorm';
import { rowByKey, rowsByKey } from '../../shared/db/loaders';
import { CaregiverSubsidy } from './subsidy.entity';

export function createSubsidyLoaders(dataSource: DataSource) {
  const subsidies = dataSource.getRepository(CaregiverSubsidy);
  return {
    subsidyById: rowByKey(
      (ids: number[]) => subsidies.findBy({ id: In(ids.map(Number)) }),
      (subsidy) => subsidy.id,
    ),
    subsidiesByPerson: rowsByKey(
      (keys: string[]) => subsidies.find({ where: { personKey: In(keys) }, order: { decidedOn: 'DESC', id: 'DESC' } }),
      (subsidy) => subsidy.personKey,
    ),
  };
}
