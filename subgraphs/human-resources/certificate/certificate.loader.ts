import { DataSource, In } from 'typeorm';
import { rowsByKey } from '../../shared/db/loaders';
import { CaregiverCertificate } from './certificate.entity';

export function createCertificateLoaders(dataSource: DataSource) {
  const certificates = dataSource.getRepository(CaregiverCertificate);
  return {
    certificatesByPerson: rowsByKey(
      (keys: string[]) =>
        certificates.find({ where: { personKey: In(keys) }, order: { issuedOn: 'DESC', id: 'DESC' } }),
      (certificate) => certificate.personKey,
    ),
  };
}
