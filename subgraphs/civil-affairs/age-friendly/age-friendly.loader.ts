import { DataSource } from 'typeorm';
import { rowsByKeyAndArgs } from '../../shared/db/loaders';
import { askedAreaOf, type ServiceArea, whereInAreas } from '../area/service-area';
import type { AgeFriendlyLevel } from './age-friendly-level.enum';
import { AgeFriendlyCommunity } from './age-friendly-community.entity';

/** Which designations of an area a field asks for; areas of one level share the column. */
export interface AgeFriendlyScope {
  column: keyof ServiceArea | null;
  level: AgeFriendlyLevel | null;
}

export function createAgeFriendlyLoaders(dataSource: DataSource) {
  const designations = dataSource.getRepository(AgeFriendlyCommunity);
  return {
    ageFriendlyCommunitiesByArea: rowsByKeyAndArgs(async (codes: string[], { column, level }: AgeFriendlyScope) => {
      const query = whereInAreas(designations.createQueryBuilder('designation'), 'designation', column, codes);
      if (level) query.andWhere('designation.level = :level', { level });
      const rows = await query
        .orderBy('designation.designatedYear', 'DESC')
        .addOrderBy('designation.id', 'ASC')
        .getMany();
      return rows.map((designation) => [askedAreaOf(designation, column, codes), designation] as const);
    }),
  };
}
