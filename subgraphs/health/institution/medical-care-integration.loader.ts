import DataLoader from 'dataloader';
import { keyedLoader } from '../../shared/db/loaders';
import type { DataSource } from 'typeorm';
import { todayIso } from '../../shared/time/today';
import { daysTable, queryNamed } from '../../shared/indicators/days-table';
import { CooperationAgreement } from '../cooperation/cooperation-agreement.entity';
import { InsideClinic } from '../inside-clinic/inside-clinic.entity';

/** A cooperation agreement aliased `agreement` in force on the day (a SQL expression): from its first day to its end or expiry, inclusive. */
const agreementInForce = (day: string) =>
  `agreement.validFrom <= ${day} AND (COALESCE(agreement.endedOn, agreement.validTo) IS NULL OR COALESCE(agreement.endedOn, agreement.validTo) >= ${day})`;

/** An inside clinic aliased `clinic` operating on the day: from its filing day up to the day before it closed. */
const clinicOperating = (day: string) =>
  `clinic.filedOn <= ${day} AND (clinic.closedOn IS NULL OR clinic.closedOn > ${day})`;

/** Sorted, distinct credit codes per day asked, from (day, code) rows. */
function codesPerDay(days: readonly string[], rows: Array<{ day: string; code: string }>): Map<string, string[]> {
  const byDay = new Map(days.map((day) => [day, new Set<string>()]));
  for (const { day, code } of rows) byDay.get(String(day))?.add(code);
  return new Map([...byDay].map(([day, codes]) => [day, [...codes].sort()]));
}

/**
 * The elder-care institutions that count as medical-care integrated on each day asked (养老机构医养结合,
 * indicator 8): a cooperation agreement in force that day or an inside clinic operating that day.
 * Two statements for every day asked (each joins the table of days), restricted to
 * `institutionCodes` when given (every institution otherwise); the credit codes come back sorted
 * and distinct per day. The rule is written here once, for today's flag and for the joint meeting's
 * as-of figures.
 */
export async function medicalCareIntegratedOnDays(
  dataSource: DataSource,
  days: readonly string[],
  institutionCodes?: readonly string[],
): Promise<Map<string, string[]>> {
  if (institutionCodes && institutionCodes.length === 0) return new Map(days.map((day) => [day, []]));
  const on = daysTable(days);
  const only = (alias: string) => (institutionCodes ? ` AND ${alias}.institutionCode IN (:...codes)` : '');
  const params = { ...on.params, codes: institutionCodes ? [...institutionCodes] : null };
  const [agreements, clinics] = await Promise.all([
    queryNamed<{ day: string; code: string }>(
      dataSource,
      `SELECT DISTINCT d.day AS day, agreement.institutionCode AS code
         FROM ${on.sql} d JOIN ${dataSource.getMetadata(CooperationAgreement).tableName} agreement ON ${agreementInForce('d.day')}${only('agreement')}`,
      params,
    ),
    queryNamed<{ day: string; code: string }>(
      dataSource,
      `SELECT DISTINCT d.day AS day, clinic.institutionCode AS code
         FROM ${on.sql} d JOIN ${dataSource.getMetadata(InsideClinic).tableName} clinic ON ${clinicOperating('d.day')}${only('clinic')}`,
      params,
    ),
  ]);
  return codesPerDay(days, [...agreements, ...clinics]);
}

/** The same on one day. */
export async function medicalCareIntegratedInstitutionCodes(
  dataSource: DataSource,
  day: string,
  institutionCodes?: readonly string[],
): Promise<string[]> {
  return (await medicalCareIntegratedOnDays(dataSource, [day], institutionCodes)).get(day)!;
}

/**
 * The elder-care institutions signed with a medical institution on each day asked (医疗卫生机构与养老机构签约服务):
 * an agreement in force, whatever clinic they have. Sorted, distinct credit codes, citywide, in one statement.
 */
export async function signedCooperationOnDays(
  dataSource: DataSource,
  days: readonly string[],
): Promise<Map<string, string[]>> {
  const on = daysTable(days);
  const rows = await queryNamed<{ day: string; code: string }>(
    dataSource,
    `SELECT DISTINCT d.day AS day, agreement.institutionCode AS code
       FROM ${on.sql} d JOIN ${dataSource.getMetadata(CooperationAgreement).tableName} agreement ON ${agreementInForce('d.day')}`,
    on.params,
  );
  return codesPerDay(days, rows);
}

/** Today's flag per institution asked, and the citywide lists for every day asked together (integrated; signed): two statements and one per batch. */
export function createMedicalCareIntegrationLoaders(dataSource: DataSource) {
  return {
    medicalCareIntegratedByInstitution: keyedLoader<string, boolean>(async (codes) => {
      const integrated = new Set(await medicalCareIntegratedInstitutionCodes(dataSource, todayIso(), codes));
      return codes.map((code) => integrated.has(code));
    }),
    /** Every elder-care institution integrated on the day (the key), citywide: health does not know where institutions stand. */
    medicalCareIntegratedCodesOnDay: new DataLoader<string, string[]>(async (days) => {
      const byDay = await medicalCareIntegratedOnDays(dataSource, days);
      return days.map((day) => byDay.get(day)!);
    }),
    /** Every elder-care institution with an agreement in force on the day (the key), citywide. */
    signedCooperationCodesOnDay: new DataLoader<string, string[]>(async (days) => {
      const byDay = await signedCooperationOnDays(dataSource, days);
      return days.map((day) => byDay.get(day)!);
    }),
  };
}
