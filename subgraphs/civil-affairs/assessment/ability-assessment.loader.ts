import type { DataSource } from 'typeorm';
import { entityRows } from '../../shared/db/entity-rows';
import { rowsByKey } from '../../shared/db/loaders';
import { AbilityAssessment } from './ability-assessment.entity';

export function createAbilityAssessmentLoaders(dataSource: DataSource) {
  const assessments = dataSource.getRepository(AbilityAssessment);
  return {
    /** Every assessment of each elder, newest first; an elder has a handful, so the latest is the first. */
    assessmentsByPerson: rowsByKey(
      (keys: string[]) =>
        entityRows(
          assessments
            .createQueryBuilder('assessment')
            .where('assessment.personKey IN (:...keys)', { keys })
            .orderBy('assessment.assessedOn', 'DESC')
            .addOrderBy('assessment.id', 'DESC'),
        ),
      (assessment) => assessment.personKey,
    ),
  };
}
