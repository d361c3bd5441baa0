import type { DataSource } from 'typeorm';
import { isDistrictCode } from '../../shared/areas/area-code';
import { countsIn, countsPerArea, districtsToRead, isCity } from '../../shared/areas/city-of-districts';
import { rowsByKeyAndArgs } from '../../shared/db/loaders';
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
const WORKFORCE_FIGURES = [
  'certifiedCareStaff',
  'socialWorkers',
  'institutionCareStaff',
  'institutionCertifiedCareStaff',
] as const;
export type AreaWorkforceCounts = Record<(typeof WORKFORCE_FIGURES)[number], number>;

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
    const countsOf = (row: Grouped<F>[number]) =>
      Object.fromEntries(fields.map((field) => [field, Number(row[field] ?? 0)])) as Record<F, number>;
    const rows = (await group(districts, args)).map((row) => [row.districtCode, countsOf(row)] as const);
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
     * Care staff working on the day in each area asked (by the district they work in), per employing
     * institution, in one GROUP BY; the city's are every district's added up per employer. The joint
     * meeting keeps the LTCI-designated institutions among them (measure 20).
     */
    careStaffByEmployerInArea: rowsByKeyAndArgs(async (codes: string[], day: string) => {
      const districts = districtsToRead(codes);
      if (districts?.length === 0) return [];
      const query = dataSource
        .createQueryBuilder()
        .from(Caregiver, 'caregiver')
        .select('caregiver.districtCode', 'districtCode')
        .addSelect('caregiver.employerCode', 'institutionCode')
        .addSelect('COUNT(*)', 'careStaff')
        .addSelect(count('caregiver.role = :longTermCarer'), 'longTermCarers')
        .where(IN_INSTITUTION)
        .andWhere(IS_CARE_STAFF, { careStaffRoles: CARE_STAFF_ROLES })
        .andWhere(workingCondition('caregiver'), { workingOn: day })
        .setParameters({ longTermCarer: CaregiverRole.LONG_TERM_CARER })
        .groupBy('caregiver.districtCode')
        .addGroupBy('caregiver.employerCode');
      if (districts) query.andWhere('caregiver.districtCode IN (:...districts)', { districts });
      const rows: Array<{
        districtCode: string;
        institutionCode: string;
        careStaff: string | number;
        longTermCarers: string | number | null;
      }> = await query.getRawMany();
      return codes.flatMap((code) => {
        const perEmployer = new Map<string, { institutionCode: string; careStaff: number; longTermCarers: number }>();
        for (const row of rows.filter((candidate) => countsIn(code, candidate.districtCode))) {
          const sum = perEmployer.get(row.institutionCode) ?? {
            institutionCode: row.institutionCode,
            careStaff: 0,
            longTermCarers: 0,
          };
          sum.careStaff += Number(row.careStaff);
          sum.longTermCarers += Number(row.longTermCarers ?? 0);
          perEmployer.set(row.institutionCode, sum);
        }
        return [...perEmployer.values()]
          .sort((a, b) => a.institutionCode.localeCompare(b.institutionCode))
          .map((counts) => [code, counts] as const);
      });
    }),
    /**
     * Caregivers working on the day per area, in one GROUP BY: care staff certified on the day
     * (indicator 11's numerator), social workers (indicator 4's), and care staff employed by an
     * elder-care institution with those of them certified (measure 20's certified rate).
     */
    workforceCountsByArea: countsByArea(WORKFORCE_FIGURES, (districts, day: string) => {
      const query = dataSource
        .createQueryBuilder()
        .from(Caregiver, 'caregiver')
        .select('caregiver.districtCode', 'districtCode')
        .addSelect(count(IS_CARE_STAFF, certifiedCondition('caregiver')), 'certifiedCareStaff')
        .addSelect(count('caregiver.role = :socialWorker'), 'socialWorkers')
        .addSelect(count(IS_CARE_STAFF, IN_INSTITUTION), 'institutionCareStaff')
        .addSelect(
          count(IS_CARE_STAFF, IN_INSTITUTION, certifiedCondition('caregiver')),
          'institutionCertifiedCareStaff',
        )
        .where(workingCondition('caregiver'), { workingOn: day })
        .setParameters({
          certifiedOn: day,
          careStaffRoles: CARE_STAFF_ROLES,
          socialWorker: CaregiverRole.SOCIAL_WORKER,
        });
      if (districts) query.andWhere('caregiver.districtCode IN (:...districts)', { districts });
      return query.groupBy('caregiver.districtCode').getRawMany();
    }),
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
