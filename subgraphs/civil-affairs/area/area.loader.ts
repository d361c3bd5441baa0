import { DataSource, In } from 'typeorm';
import { rowByKey, rowsByKey } from '../../shared/db/loaders';
import { Area } from './area.entity';

export function createAreaLoaders(dataSource: DataSource) {
  const areas = dataSource.getRepository(Area);
  return {
    areaByCode: rowByKey(
      (codes: string[]) => areas.findBy({ code: In(codes) }),
      (area) => area.code,
    ),
    areasByParent: rowsByKey(
      (codes: string[]) => areas.find({ where: { parentCode: In(codes) }, order: { code: 'ASC' } }),
      (area) => area.parentCode ?? '',
    ),
  };
}
