import { DataSource, In } from 'typeorm';
import { rowsByKey } from '../../shared/db/loaders';
import { AbilityAssessment } from './ability-assessment.entity';

export function createAbilityAssessmentLoaders(dataSource: DataSource) {
  const assessments = dataSource.getRepository(AbilityAssessment);
  return {
    /** Every assessment of each elder, newest first; an elder has a handful, so the latest is the first. */
    assessmentsByPerson: rowsByKey(
      (keys: string[]) =>
        assessments.find({ where: { personKey: In(keys) }, order: { assessedOn: 'DESC', id: 'DESC' } }),
      (assessment) => assessment.personKey,
    ),
  };
}
