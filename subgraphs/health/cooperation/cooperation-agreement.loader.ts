import type { DataSource } from 'typeorm';
import { rowsByKeyAndArgs } from '../../shared/db/loaders';
import { CooperationAgreement } from './cooperation-agreement.entity';

/** Which agreements a list shows: all, or those not ended or expired by `today`. */
export interface AgreementScope {
  includeEnded: boolean;
  today: string;
}

function agreementsBy(dataSource: DataSource, column: 'institutionCode' | 'medicalInstitutionCode') {
  return rowsByKeyAndArgs(async (codes: string[], { includeEnded, today }: AgreementScope) => {
    const query = dataSource
      .getRepository(CooperationAgreement)
      .createQueryBuilder('agreement')
      .where(`agreement.${column} IN (:...codes)`, { codes });
    if (!includeEnded)
      query.andWhere(
        '(COALESCE(agreement.endedOn, agreement.validTo) IS NULL OR COALESCE(agreement.endedOn, agreement.validTo) >= :today)',
        { today },
      );
    const rows = await query.orderBy('agreement.validFrom', 'DESC').addOrderBy('agreement.id', 'DESC').getMany();
    return rows.map((agreement) => [agreement[column], agreement] as const);
  });
}

export function createCooperationAgreementLoaders(dataSource: DataSource) {
  return {
    agreementsByInstitution: agreementsBy(dataSource, 'institutionCode'),
    agreementsByMedicalInstitution: agreementsBy(dataSource, 'medicalInstitutionCode'),
  };
}
