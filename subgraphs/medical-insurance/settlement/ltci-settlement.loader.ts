import { DataSource, In } from 'typeorm';
import { rowsByKeyAndArgs } from '../../shared/db/loaders';
import { LtciSettlement } from './ltci-settlement.entity';

export function createLtciSettlementLoaders(dataSource: DataSource) {
  const settlements = dataSource.getRepository(LtciSettlement);
  return {
    /** Settlements per person, newest month first; limited to one year when `year` is given. */
    ltciSettlementsByPerson: rowsByKeyAndArgs(async (keys: string[], year: number | null) => {
      const query = settlements.createQueryBuilder('settlement').where({ personKey: In(keys) });
      if (year !== null)
        query.andWhere('settlement.month BETWEEN :first AND :last', { first: `${year}-01`, last: `${year}-12` });
      const rows = await query.orderBy('settlement.month', 'DESC').addOrderBy('settlement.id', 'ASC').getMany();
      return rows.map((settlement) => [settlement.personKey, settlement] as const);
    }),
  };
}
