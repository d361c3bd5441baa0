import { type DataSource, In, IsNull } from 'typeorm';
import { rowByKey } from '../../shared/db/loaders';
import { InsideClinic } from './inside-clinic.entity';

export function createInsideClinicLoaders(dataSource: DataSource) {
  const clinics = dataSource.getRepository(InsideClinic);
  return {
    openInsideClinicByInstitution: rowByKey(
      (codes: string[]) => clinics.findBy({ institutionCode: In(codes), closedOn: IsNull() }),
      (clinic) => clinic.institutionCode,
    ),
  };
}
