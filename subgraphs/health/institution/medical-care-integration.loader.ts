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
  const agreements = agreementsInForce(dataSource, day);
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

/** The elder-care institutions with a cooperation agreement (签约合作) in force on the day: a SELECT DISTINCT of their credit codes. */
function agreementsInForce(dataSource: DataSource, day: string) {
  return dataSource
    .createQueryBuilder()
    .from(CooperationAgreement, 'agreement')
    .select('DISTINCT agreement.institutionCode', 'code')
    .where('agreement.validFrom <= :day', { day })
    .andWhere(
      '(COALESCE(agreement.endedOn, agreement.validTo) IS NULL OR COALESCE(agreement.endedOn, agreement.validTo) >= :day)',
      { day },
    );
}

/**
 * The elder-care institutions signed with a medical institution on a day (医疗卫生机构与养老机构签约服务):
 * an agreement in force, whatever clinic they have. Sorted, distinct credit codes, citywide.
 */
export async function signedCooperationInstitutionCodes(dataSource: DataSource, day: string): Promise<string[]> {
  const rows = await agreementsInForce(dataSource, day).getRawMany<{ code: string }>();
  return [...new Set(rows.map((row) => row.code))].sort();
}

/** Today's flag per institution asked, and the citywide lists per day asked (integrated; signed): two statements and one per batch. */
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
    /** Every elder-care institution with an agreement in force on the day (the key), citywide. */
    signedCooperationCodesOnDay: new DataLoader<string, string[]>((days) =>
      Promise.all(days.map((day) => signedCooperationInstitutionCodes(dataSource, day))),
    ),
  };
}
