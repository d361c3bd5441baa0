import DataLoader from 'dataloader';
import { keyedLoader } from '../../shared/db/loaders';
import type { DataSource } from 'typeorm';
import { todayIso } from '../../shared/time/today';
import { CooperationAgreement } from '../cooperation/cooperation-agreement.entity';
import { InsideClinic } from '../inside-clinic/inside-clinic.entity';

/**
 * The elder-care institutions that count as medical-care integrated on a day (养老机构医养结合,
 * indicator 8): a cooperation agreement in force that day or an inside clinic operating that day.
 * Two statements, restricted to `institutionCodes` when given (every institution otherwise); the
 * credit codes come back sorted and distinct. The rule is written here once, for today's flag and
 * for the joint meeting's as-of figures.
 */
export async function medicalCareIntegratedInstitutionCodes(
  dataSource: DataSource,
  day: string,
  institutionCodes?: readonly string[],
): Promise<string[]> {
  if (institutionCodes && institutionCodes.length === 0) return [];
  const agreements = dataSource
    .createQueryBuilder()
    .from(CooperationAgreement, 'agreement')
    .select('DISTINCT agreement.institutionCode', 'code')
    .where('agreement.validFrom <= :day', { day })
    .andWhere(
      '(COALESCE(agreement.endedOn, agreement.validTo) IS NULL OR COALESCE(agreement.endedOn, agreement.validTo) >= :day)',
      { day },
    );
  // A clinic operates from its filing day up to the day before it closed.
  const clinics = dataSource
    .createQueryBuilder()
    .from(InsideClinic, 'clinic')
    .select('DISTINCT clinic.institutionCode', 'code')
    .where('clinic.filedOn <= :day', { day })
    .andWhere('(clinic.closedOn IS NULL OR clinic.closedOn > :day)', { day });
  if (institutionCodes) {
    agreements.andWhere('agreement.institutionCode IN (:...codes)', { codes: [...institutionCodes] });
    clinics.andWhere('clinic.institutionCode IN (:...codes)', { codes: [...institutionCodes] });
  }
  const rows = [
    ...(await agreements.getRawMany<{ code: string }>()),
    ...(await clinics.getRawMany<{ code: string }>()),
  ];
  return [...new Set(rows.map((row) => row.code))].sort();
}

/** Today's flag per institution asked, and the citywide list per day asked: two statements per batch. */
export function createMedicalCareIntegrationLoaders(dataSource: DataSource) {
  return {
    medicalCareIntegratedByInstitution: keyedLoader<string, boolean>(async (codes) => {
      const integrated = new Set(await medicalCareIntegratedInstitutionCodes(dataSource, todayIso(), codes));
      return codes.map((code) => integrated.has(code));
    }),
    /** Every elder-care institution integrated on the day (the key), citywide: health does not know where institutions stand. */
    medicalCareIntegratedCodesOnDay: new DataLoader<string, string[]>((days) =>
      Promise.all(days.map((day) => medicalCareIntegratedInstitutionCodes(dataSource, day))),
    ),
  };
}
