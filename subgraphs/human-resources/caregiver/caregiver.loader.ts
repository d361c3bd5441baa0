import { DataSource, In } from 'typeorm';
import { rowByKey, rowsByKeyAndArgs } from '../../shared/db/loaders';
import { todayIso } from '../../shared/time/today';
import { Caregiver } from './caregiver.entity';
import { workingCondition } from './employment';

export function createCaregiverLoaders(dataSource: DataSource) {
  const caregivers = dataSource.getRepository(Caregiver);
  return {
    caregiverByKey: rowByKey(
      (keys: string[]) => caregivers.findBy({ personKey: In(keys) }),
      (caregiver) => caregiver.personKey,
    ),
    /** An institution's caregivers, working today unless former staff are asked for too. */
    caregiversByEmployer: rowsByKeyAndArgs(async (codes: string[], includeFormer: boolean) => {
      const query = caregivers
        .createQueryBuilder('caregiver')
        .where('caregiver.employerCode IN (:...codes)', { codes });
      if (!includeFormer) query.andWhere(workingCondition('caregiver'), { workingOn: todayIso() });
      const rows = await query.orderBy('caregiver.role', 'ASC').addOrderBy('caregiver.personKey', 'ASC').getMany();
      return rows.map((caregiver) => [caregiver.employerCode!, caregiver] as const);
    }),
  };
}
