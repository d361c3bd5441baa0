import { DataSource, In } from 'typeorm';
import { rowsByKeyAndArgs } from '../../shared/db/loaders';
import { AllowancePayment } from './allowance.entity';

export function createAllowanceLoaders(dataSource: DataSource) {
  const payments = dataSource.getRepository(AllowancePayment);
  return {
    /** Payments per elder, newest month first; limited to one year when `year` is given. */
    allowancesByPerson: rowsByKeyAndArgs(async (keys: string[], year: number | null) => {
      const query = payments.createQueryBuilder('payment').where({ personKey: In(keys) });
      if (year !== null)
        query.andWhere('payment.month BETWEEN :first AND :last', { first: `${year}-01`, last: `${year}-12` });
      const rows = await query.orderBy('payment.month', 'DESC').addOrderBy('payment.kind', 'ASC').getMany();
      return rows.map((payment) => [payment.personKey, payment] as const);
    }),
  };
}
