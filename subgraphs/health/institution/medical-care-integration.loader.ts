import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { todayIso } from '../../shared/time/today';
import { CooperationAgreement } from '../cooperation/cooperation-agreement.entity';
import { InsideClinic } from '../inside-clinic/inside-clinic.entity';

/**
 * Whether elder-care institutions count as medical-care integrated today (养老机构医养结合, indicator 8):
 * an agreement in force or an operating inside clinic. Two statements for all institutions asked.
 */
export function createMedicalCareIntegrationLoaders(dataSource: DataSource) {
  return {
    medicalCareIntegratedByInstitution: new DataLoader<string, boolean>(async (codes) => {
      const today = todayIso();
      const agreed = await dataSource
        .createQueryBuilder()
        .from(CooperationAgreement, 'agreement')
        .select('DISTINCT agreement.institutionCode', 'code')
        .where('agreement.institutionCode IN (:...codes)', { codes: [...codes] })
        .andWhere('agreement.validFrom <= :today', { today })
        .andWhere('(COALESCE(agreement.endedOn, agreement.validTo) IS NULL OR COALESCE(agreement.endedOn, agreement.validTo) >= :today)', { today })
        .getRawMany<{ code: string }>();
      const clinics = await dataSource
        .createQueryBuilder()
        .from(InsideClinic, 'clinic')
        .select('DISTINCT clinic.institutionCode', 'code')
        .where('clinic.institutionCode IN (:...codes)', { codes: [...codes] })
        .andWhere('clinic.filedOn <= :today', { today })
        .andWhere('clinic.closedOn IS NULL')
        .getRawMany<{ code: string }>();
      const integrated = new Set([...agreed, ...clinics].map((row) => row.code));
      return codes.map((code) => integrated.has(code));
    }),
  };
}
