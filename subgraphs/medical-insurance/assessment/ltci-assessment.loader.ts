import { DataSource, In } from 'typeorm';
import { rowsByKey } from '../../shared/db/loaders';
import { LtciAssessment } from './ltci-assessment.entity';

export function createLtciAssessmentLoaders(dataSource: DataSource) {
  const assessments = dataSource.getRepository(LtciAssessment);
  return {
    /** Every assessment of each person, newest first; a person has a handful, so the latest is the first. */
    ltciAssessmentsByPerson: rowsByKey(
      (keys: string[]) =>
        assessments.find({ where: { personKey: In(keys) }, order: { assessedOn: 'DESC', id: 'DESC' } }),
      (assessment) => assessment.personKey,
    ),
  };
}
