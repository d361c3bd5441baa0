import { DataSource, In } from 'typeorm';
import { keyedLoader, rowByKey, rowsByKey } from '../../shared/db/loaders';
import { CaregiverTrainingEnrolment } from './training-enrolment.entity';
import { CaregiverTrainingProgramme } from './training-programme.entity';

export interface ProgrammeCounts {
  enrolments: number;
  completions: number;
}

export function createTrainingLoaders(dataSource: DataSource) {
  const programmes = dataSource.getRepository(CaregiverTrainingProgramme);
  const enrolments = dataSource.getRepository(CaregiverTrainingEnrolment);
  return {
    trainingProgrammeById: rowByKey(
      (ids: number[]) => programmes.findBy({ id: In(ids.map(Number)) }),
      (programme) => programme.id,
    ),
    trainingEnrolmentsByPerson: rowsByKey(
      (keys: string[]) =>
        enrolments.find({ where: { personKey: In(keys) }, order: { enrolledOn: 'DESC', id: 'DESC' } }),
      (enrolment) => enrolment.personKey,
    ),
    /** Enrolments and completions of each programme asked: one GROUP BY. */
    trainingCountsByProgramme: keyedLoader<number, ProgrammeCounts, string>(
      async (ids) => {
        const rows: Array<{ programmeId: number | string; enrolments: string | number; completions: string | number }> =
          await dataSource
            .createQueryBuilder()
            .from(CaregiverTrainingEnrolment, 'enrolment')
            .select('enrolment.programmeId', 'programmeId')
            .addSelect('COUNT(*)', 'enrolments')
            .addSelect('COUNT(enrolment.completedOn)', 'completions')
            .where('enrolment.programmeId IN (:...ids)', { ids: ids.map(Number) })
            .groupBy('enrolment.programmeId')
            .getRawMany();
        const byId = new Map(
          rows.map((row) => [
            String(row.programmeId),
            { enrolments: Number(row.enrolments), completions: Number(row.completions) },
          ]),
        );
        return ids.map((id) => byId.get(String(id)) ?? { enrolments: 0, completions: 0 });
      },
      { cacheKeyFn: String },
    ),
  };
}
