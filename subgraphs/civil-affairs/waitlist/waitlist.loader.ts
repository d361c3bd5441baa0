import { DataSource, In } from 'typeorm';
import { keyedLoader, rowsByKey } from '../../shared/db/loaders';
import { WaitlistEntry } from './waitlist-entry.entity';
import { WaitlistStatus } from './waitlist-status.enum';

/** Admission order of a wait-list: tier, then application date, then record number. */
const ADMISSION_ORDER = { priorityTier: 'ASC', appliedOn: 'ASC', id: 'ASC' } as const;

export function createWaitlistLoaders(dataSource: DataSource) {
  const entries = dataSource.getRepository(WaitlistEntry);
  return {
    waitlistEntriesByPerson: rowsByKey(
      (keys: string[]) => entries.find({ where: { personKey: In(keys) }, order: { appliedOn: 'DESC', id: 'DESC' } }),
      (entry) => entry.personKey,
    ),
    waitingEntriesByInstitution: rowsByKey(
      (codes: string[]) =>
        entries.find({ where: { institutionCode: In(codes), status: WaitlistStatus.WAITING }, order: ADMISSION_ORDER }),
      (entry) => entry.institutionCode,
    ),
    /** Place of each waiting entry in its queue (1 = next): the waiting entries ahead of it, plus one; null once no longer waiting. */
    waitlistPositionByEntry: keyedLoader<number, number | null, string>(
      async (ids) => {
        const rows: Array<{ id: number | string; ahead: number | string }> = await dataSource
          .createQueryBuilder()
          .select('entry.id', 'id')
          .addSelect('COUNT(ahead.id)', 'ahead')
          .from(WaitlistEntry, 'entry')
          .leftJoin(
            WaitlistEntry,
            'ahead',
            `ahead.institutionCode = entry.institutionCode AND ahead.status = :waiting AND (ahead.priorityTier < entry.priorityTier
               OR (ahead.priorityTier = entry.priorityTier AND (ahead.appliedOn < entry.appliedOn OR (ahead.appliedOn = entry.appliedOn AND ahead.id < entry.id))))`,
          )
          .where('entry.id IN (:...ids)', { ids: ids.map(Number) })
          .andWhere('entry.status = :waiting', { waiting: WaitlistStatus.WAITING })
          .groupBy('entry.id')
          .getRawMany();
        const positions = new Map(rows.map((row) => [String(row.id), Number(row.ahead) + 1]));
        return ids.map((id) => positions.get(String(id)) ?? null);
      },
      { cacheKeyFn: String },
    ),
  };
}
