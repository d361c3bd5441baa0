import { DataSource, In } from 'typeorm';
import { rowByKey } from '../../shared/db/loaders';
import { LtciEnrolment } from './ltci-enrolment.entity';

export function createLtciEnrolmentLoaders(dataSource: DataSource) {
  const enrolments = dataSource.getRepository(LtciEnrolment);
  return {
    ltciEnrolmentByPerson: rowByKey(
      (keys: string[]) => enrolments.findBy({ personKey: In(keys) }),
      (enrolment) => enrolment.personKey,
    ),
  };
}
