import { DataSource, In } from 'typeorm';
import { rowsByKey } from '../../shared/db/loaders';
import { LtciDesignation } from './ltci-designation.entity';

export function createLtciDesignationLoaders(dataSource: DataSource) {
  const designations = dataSource.getRepository(LtciDesignation);
  return {
    /** Every designation of each provider, newest first; a provider has a handful. */
    ltciDesignationsByProvider: rowsByKey(
      (codes: string[]) =>
        designations.find({
          where: { providerCode: In(codes.map((code) => code.toUpperCase())) },
          order: { designatedFrom: 'DESC', id: 'DESC' },
        }),
      (designation) => designation.providerCode,
    ),
  };
}
