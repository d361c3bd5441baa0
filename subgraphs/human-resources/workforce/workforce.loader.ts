import type { DataSource } from 'typeorm';
import { isDistrictCode } from '../../shared/areas/area-code';
import { countsPerArea, districtsToRead, isCity } from '../../shared/areas/city-of-districts';
import { rowsByKeyAndArgs } from '../../shared/db/loaders';
import { countsByAreaOnDays, rowsByAreaOnDays } from '../../shared/indicators/area-on-days.loader';
import { daysTable, queryNamed } from '../../shared/indicators/days-table';
import type { EmployerCareStaff } from '../../shared/indicators/employer-care-staff';
import { CARE_STAFF_ROLES, CaregiverRole } from '../caregiver/caregiver-role.enum';
import { Caregiver } from '../caregiver/caregiver.entity';
import { workingCondition } from '../caregiver/employment';
import { certifiedCondition } from '../certificate/certified';
import { CaregiverTrainingEnrolment } from '../training/training-enrolment.entity';
import { CaregiverTrainingProgramme } from '../training/training-programme.entity';
import type { CaregiverTrainingKind } from '../training/caregiver-training-kind.enum';

/** An institution's care staff working on a day, and how many of them are certified on it or are long-term carers. */
export interface CareStaffCounts {
  careStaff: number;
  certified: number;
  longTermCarers: number;
}

export const NO_CARE_STAFF: CareStaffCounts = { careStaff: 0, certified: 0, longTermCarers: 0 };

/** The caregivers of an area working on a day, by what indicator 4, indicator 11 and measure 20 count. */
export interface AreaWorkforceCounts {
  certifiedCareStaff: number;
  socialWorkers: number;
  institutionCareStaff: number;
  institutionCertifiedCareStaff: number;
}

type Grouped<F extends string> = Array<{ districtCode: string } & Record<F, string | number | null>>;

/**
 * Per-area counts from HR's own district codes: one GROUP BY over the districts asked (all districts
 * when the city is asked, summed field by field for it). HR keeps no town or village, so those areas get nothing.
 */
export function countsByArea<A, F extends string>(
  fields: readonly F[],
  group: (districts: string[] | null, args: A) => Promise<Grouped<F>>,
) {
  return rowsByKeyAndArgs(async (codes: string[], args: A) => {
    const districts = districtsToRead(codes);
    if (districts?.length === 0) return [];
    const rows = (await group(districts, args)).map((row) => [row.districtCode, numbersOf(fields, row)] as const);
    return countsPerArea(codes, fields, rows);
  });
}

/** Whether HR keeps figures for an area: the city and its districts. */
export function hasHumanResourcesFigures(code: string): boolean {
  return isCity(code) || isDistrictCode(code);
}

/** `CASE` arms over a working caregiver: a care-staff member, employed by an elder-care institution, certified on the day. */
const IS_CARE_STAFF = 'caregiver.role IN (:...careStaffRoles)';
const IN_INSTITUTION = 'caregiver.employerCode IS NOT NULL';
const count = (...conditions: string[]) => `SUM(CASE WHEN ${conditions.join(' AND ')} THEN 1 ELSE 0 END)`;
const inDistricts = (districts: string[] | null) => (districts ? ' AND caregiver.districtCode IN (:...districts)' : '');

/** The named counts of a grouped row as numbers (MariaDB sums come back as strings, an empty sum as null). */
function numbersOf<F extends string>(names: readonly F[], row: Partial<Record<F, string | number | null>>) {
  return Object.fromEntries(names.map((name) => [name, Number(row[name] ?? 0)])) as Record<F, number>;
}

/**
 * Counts of the caregivers working on each day asked (`workingCondition` on the table of days'
 * `d.day`), per area: one GROUP BY (day, district) for every day and area together, each figure
 * the caregivers meeting its condition (SQL over `caregiver` and `d.day`). `where` narrows the
 * caregivers read; `params` binds what the conditions name. The city's figures are its districts' summed.
 */
export function workingCaregiverCountsOnDays<F extends string>(
  dataSource: DataSource,
  figures: Readonly<Record<F, string>>,
  { where, params }: { where?: string; params?: Record<string, unknown> } = {},
) {
  const names = Object.keys(figures) as F[];
  return countsByAreaOnDays(names, async (districts, days) => {
    const on = daysTable(days);
    const rows = await queryNamed<{ day: string; districtCode: string } & Record<F, string | number | null>>(
      dataSource,
      `SELECT d.day AS day, caregiver.districtCode AS districtCode, ${names.map((name) => `${count(figures[name])} AS ${name}`).join(', ')}
         FROM ${on.sql} d JOIN ${dataSource.getMetadata(Caregiver).tableName} caregiver
           ON ${workingCondition('caregiver', 'd.day')}${where ? ` AND ${where}` : ''}${inDistricts(districts)}
        GROUP BY d.day, caregiver.districtCode`,
      { ...on.params, ...params, districts },
    );
    return rows.map((row) => [String(row.day), row.districtCode, numbersOf(names, row)] as const);
  });
}

/** An area's care staff per employer: its districts' rows added up per institution, sorted by its code. */
function perEmployer(rows: EmployerCareStaff[]): EmployerCareStaff[] {
  const byEmployer = new Map<string, EmployerCareStaff>();
  for (const row of rows) {
    const sum = byEmployer.get(row.institutionCode) ?? {
      institutionCode: row.institutionCode,
      careStaff: 0,
      longTermCarers: 0,
    };
    sum.careStaff += row.careStaff;
    sum.longTermCarers += row.longTermCarers;
    byEmployer.set(row.institutionCode, sum);
  }
  return [...byEmployer.values()].sort((a, b) => a.institutionCode.localeCompare(b.institutionCode));
}

/**
 * Human resources' workforce figures, each for a day the caller names: today for the `Area` and
 * `Institution` fields, the as-of day for `AreaOnDate`. One implementation for both, so "working"
 * and "certified" mean the same in every figure (`workingCondition`, `certifiedCondition`).
 */
export function createWorkforceLoaders(dataSource: DataSource) {
  return {
    /** Care staff of each institution asked working on the day, in one GROUP BY: how many, how many certified on the day, how many long-term carers. */
    careStaffCountsByEmployer: rowsByKeyAndArgs(async (codes: string[], day: string) => {
      const rows: Array<{
        employerCode: string;
        careStaff: string | number;
        certified: string | number | null;
        longTermCarers: string | number | null;
      }> = await dataSource
        .createQueryBuilder()
        .from(Caregiver, 'caregiver')
        .select('caregiver.employerCode', 'employerCode')
        .addSelect('COUNT(*)', 'careStaff')
        .addSelect(count(certifiedCondition('caregiver')), 'certified')
        .addSelect(count('caregiver.role = :longTermCarer'), 'longTermCarers')
        .where('caregiver.employerCode IN (:...codes)', { codes })
        .andWhere(IS_CARE_STAFF, { careStaffRoles: CARE_STAFF_ROLES })
        .andWhere(workingCondition('caregiver'), { workingOn: day })
        .setParameters({ certifiedOn: day, longTermCarer: CaregiverRole.LONG_TERM_CARER })
        .groupBy('caregiver.employerCode')
        .getRawMany();
      return rows.map(
        (row) =>
          [
            row.employerCode,
            {
              careStaff: Number(row.careStaff),
              certified: Number(row.certified ?? 0),
              longTermCarers: Number(row.longTermCarers ?? 0),
            },
          ] as const,
      );
    }),
    /**
     * Care staff working on each day asked in each area (by the district they work in), per
     * employing institution, in one GROUP BY for every day; the city's are every district's added up
     * per employer. The joint meeting keeps the LTCI-designated institutions among them (measure 20).
     */
    careStaffByEmployerInArea: rowsByAreaOnDays(async (districts, days) => {
      const on = daysTable(days);
      const rows = await queryNamed<{
        day: string;
        districtCode: string;
        institutionCode: string;
        careStaff: string | number;
        longTermCarers: string | number | null;
      }>(
        dataSource,
        `SELECT d.day AS day, caregiver.districtCode AS districtCode, caregiver.employerCode AS institutionCode,
                COUNT(*) AS careStaff, ${count('caregiver.role = :longTermCarer')} AS longTermCarers
           FROM ${on.sql} d JOIN ${dataSource.getMetadata(Caregiver).tableName} caregiver
             ON ${IN_INSTITUTION} AND ${IS_CARE_STAFF} AND ${workingCondition('caregiver', 'd.day')}${inDistricts(districts)}
          GROUP BY d.day, caregiver.districtCode, caregiver.employerCode`,
        { ...on.params, careStaffRoles: CARE_STAFF_ROLES, longTermCarer: CaregiverRole.LONG_TERM_CARER, districts },
      );
      return rows.map(
        (row) =>
          [
            String(row.day),
            row.districtCode,
            {
              institutionCode: row.institutionCode,
              careStaff: Number(row.careStaff),
              longTermCarers: Number(row.longTermCarers ?? 0),
            },
          ] as const,
      );
    }, perEmployer),
    /**
     * Caregivers working on each day asked per area, in one GROUP BY for every day: care staff
     * certified on the day (indicator 11's numerator), social workers (indicator 4's), and care staff
     * employed by an elder-care institution with those of them certified (measure 20's certified rate).
     */
    workforceCountsByArea: workingCaregiverCountsOnDays(
      dataSource,
      {
        certifiedCareStaff: `${IS_CARE_STAFF} AND ${certifiedCondition('caregiver', 'd.day')}`,
        socialWorkers: 'caregiver.role = :socialWorker',
        institutionCareStaff: `${IS_CARE_STAFF} AND ${IN_INSTITUTION}`,
        institutionCertifiedCareStaff: `${IS_CARE_STAFF} AND ${IN_INSTITUTION} AND ${certifiedCondition('caregiver', 'd.day')}`,
      } satisfies Record<keyof AreaWorkforceCounts, string>,
      { params: { careStaffRoles: CARE_STAFF_ROLES, socialWorker: CaregiverRole.SOCIAL_WORKER } },
    ),
    /** Persons who completed a training in a year per area (by the district recorded at enrolment). */
    traineesCompletedByArea: countsByArea(
      ['count'],
      (districts, { year, kind }: { year: number; kind: CaregiverTrainingKind | null }) => {
        const query = dataSource
          .createQueryBuilder()
          .from(CaregiverTrainingEnrolment, 'enrolment')
          .select('enrolment.districtCode', 'districtCode')
          .addSelect('COUNT(DISTINCT enrolment.personKey)', 'count')
          .where('enrolment.completedOn BETWEEN :first AND :last', { first: `${year}-01-01`, last: `${year}-12-31` });
        if (kind)
          query
            .innerJoin(CaregiverTrainingProgramme, 'programme', 'programme.id = enrolment.programmeId')
            .andWhere('programme.kind = :kind', { kind });
        if (districts) query.andWhere('enrolment.districtCode IN (:...districts)', { districts });
        return query.groupBy('enrolment.districtCode').getRawMany();
      },
    ),
  };
}
