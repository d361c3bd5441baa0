import { DataSource, In } from 'typeorm';
import { keyedLoader, rowsByKeyAndArgs } from '../../shared/db/loaders';
import { CareVisit } from './visit.entity';

/** The dates an `Elder.visits` field is limited to; either end may be open. */
export interface VisitPeriod {
  from: string | null;
  to: string | null;
}

export function createVisitLoaders(dataSource: DataSource) {
  const visits = dataSource.getRepository(CareVisit);
  return {
    visitsByPerson: rowsByKeyAndArgs(async (keys: string[], { from, to }: VisitPeriod) => {
      const query = visits.createQueryBuilder('visit').where({ personKey: In(keys) });
      if (from) query.andWhere('visit.visitedOn >= :from', { from });
      if (to) query.andWhere('visit.visitedOn <= :to', { to });
      const rows = await query.orderBy('visit.visitedOn', 'DESC').addOrderBy('visit.id', 'DESC').getMany();
      return rows.map((visit) => [visit.personKey, visit] as const);
    }),
    /** The latest visit date per elder, computed by the database rather than from every visit. */
    lastVisitedOnByPerson: keyedLoader<string, string | null>(async (keys) => {
      const rows: Array<{ personKey: string; lastVisitedOn: string }> = await visits
        .createQueryBuilder('visit')
        .select('visit.personKey', 'personKey')
        .addSelect('MAX(visit.visitedOn)', 'lastVisitedOn')
        .where({ personKey: In([...keys]) })
        .groupBy('visit.personKey')
        .getRawMany();
      const byKey = new Map(rows.map((row) => [row.personKey, row.lastVisitedOn]));
      return keys.map((key) => byKey.get(key) ?? null);
    }),
  };
}
