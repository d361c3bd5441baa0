import { DataSource, In } from 'typeorm';
import { keyedLoader, rowsByKey } from '../../shared/db/loaders';
import { CareAssignment } from './care-assignment.entity';

export function createCareAssignmentLoaders(dataSource: DataSource) {
  const assignments = dataSource.getRepository(CareAssignment);
  return {
    careAssignmentsByPerson: rowsByKey(
      (keys: string[]) =>
        assignments.find({ where: { personKey: In(keys) }, order: { startedOn: 'DESC', id: 'DESC' } }),
      (assignment) => assignment.personKey,
    ),
    /** Open assignments per institution: one GROUP BY for all institutions asked. */
    currentCareAssignmentCountByInstitution: keyedLoader<string, number>(async (codes) => {
      const rows: Array<{ institutionCode: string; assignments: string | number }> = await dataSource
        .createQueryBuilder()
        .select('assignment.institutionCode', 'institutionCode')
        .addSelect('COUNT(*)', 'assignments')
        .from(CareAssignment, 'assignment')
        .where('assignment.institutionCode IN (:...codes)', { codes })
        .andWhere('assignment.endedOn IS NULL')
        .groupBy('assignment.institutionCode')
        .getRawMany();
      const counts = new Map(rows.map((row) => [row.institutionCode, Number(row.assignments)]));
      return codes.map((code) => counts.get(code) ?? 0);
    }),
  };
}
