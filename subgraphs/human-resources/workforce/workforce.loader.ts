import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { areaCodeLevel } from '../../shared/areas/area-code';
import { rowsByKeyAndArgs } from '../../shared/db/loaders';
import { WEIHAI_CITY } from '../../shared/seed/weihai';
import { todayIso } from '../../shared/time/today';
import { CARE_STAFF_ROLES, CaregiverRole } from '../caregiver/caregiver-enums';
import { Caregiver } from '../caregiver/caregiver.entity';
import { workingCondition } from '../caregiver/employment';
import { certifiedCondition } from '../certificate/certified';
import { CaregiverTrainingEnrolment } from '../training/training-enrolment.entity';
import { CaregiverTrainingProgramme } from '../training/training-programme.entity';
import type { CaregiverTrainingKind } from '../training/training-kind.enum';

/** An institution's care staff working today, and how many of them are certified or long-term carers. */
export interface CareStaffCounts {
  careStaff: number;
  certified: number;
  longTermCarers: number;
}

type Grouped = Array<{ districtCode: string; count: string | number }>;

/**
 * Per-area counts from HR's own district codes: one GROUP BY over the districts asked (all districts
 * when the city is asked, summed for it). HR keeps no town or village, so those areas get null.
 */
function countsByArea<A>(group: (districts: string[] | null, args: A) => Promise<Grouped>) {
  return rowsByKeyAndArgs(async (codes: string[], args: A) => {
    const cityAsked = codes.includes(WEIHAI_CITY.code);
    const districts = codes.filter((code) => level(code) === 'DISTRICT');
    if (!cityAsked && !districts.length) return [];
    const rows = await group(cityAsked ? null : districts, args);
    const counts = rows.map((row) => [row.districtCode, Number(row.count)] as const).filter(([code]) => districts.includes(code));
    return cityAsked ? [...counts, [WEIHAI_CITY.code, rows.reduce((sum, row) => sum + Number(row.count), 0)] as const] : counts;
  });
}

function level(code: string) {
  try {
    return areaCodeLevel(code);
  } catch {
    return null;
  }
}

/** Whether HR keeps figures for an area: the city and its districts. */
export function hasHumanResourcesFigures(code: string): boolean {
  const found = level(code);
  return found === 'CITY' || found === 'DISTRICT';
}

export function createWorkforceLoaders(dataSource: DataSource) {
  /** Caregivers working today in the asked districts, grouped by district. */
  const workingByDistrict = (districts: string[] | null) => {
    const query = dataSource.createQueryBuilder().from(Caregiver, 'caregiver').select('caregiver.districtCode', 'districtCode').addSelect('COUNT(*)', 'count');
    query.where(workingCondition('caregiver'), { workingOn: todayIso() });
    if (districts) query.andWhere('caregiver.districtCode IN (:...districts)', { districts });
    return query.groupBy('caregiver.districtCode');
  };
  return {
    /** Care staff of each institution asked, in one GROUP BY: how many work there today, how many are certified, how many are long-term carers. */
    careStaffCountsByEmployer: new DataLoader<string, CareStaffCounts>(async (codes) => {
      const today = todayIso();
      const rows: Array<{ employerCode: string; careStaff: string | number; certified: string | number; longTermCarers: string | number }> = await dataSource
        .createQueryBuilder()
        .from(Caregiver, 'caregiver')
        .select('caregiver.employerCode', 'employerCode')
        .addSelect('COUNT(*)', 'careStaff')
        .addSelect(`SUM(CASE WHEN ${certifiedCondition('caregiver')} THEN 1 ELSE 0 END)`, 'certified')
        .addSelect(`SUM(CASE WHEN caregiver.role = :longTermCarer THEN 1 ELSE 0 END)`, 'longTermCarers')
        .where('caregiver.employerCode IN (:...codes)', { codes })
        .andWhere('caregiver.role IN (:...careStaffRoles)', { careStaffRoles: CARE_STAFF_ROLES })
        .andWhere(workingCondition('caregiver'), { workingOn: today })
        .setParameters({ certifiedOn: today, longTermCarer: CaregiverRole.LONG_TERM_CARER })
        .groupBy('caregiver.employerCode')
        .getRawMany();
      const byCode = new Map(rows.map((row) => [row.employerCode, { careStaff: Number(row.careStaff), certified: Number(row.certified ?? 0), longTermCarers: Number(row.longTermCarers ?? 0) }]));
      return codes.map((code) => byCode.get(code) ?? { careStaff: 0, certified: 0, longTermCarers: 0 });
    }),
    /** Certified care staff working today per area (indicator 11's numerator). */
    certifiedCaregiverCountByArea: countsByArea((districts) =>
      workingByDistrict(districts)
        .andWhere('caregiver.role IN (:...careStaffRoles)', { careStaffRoles: CARE_STAFF_ROLES })
        .andWhere(certifiedCondition('caregiver'), { certifiedOn: todayIso() })
        .getRawMany(),
    ),
    /** Social workers working today per area (indicator 4's numerator). */
    socialWorkerCountByArea: countsByArea((districts) => workingByDistrict(districts).andWhere('caregiver.role = :socialWorker', { socialWorker: CaregiverRole.SOCIAL_WORKER }).getRawMany()),
    /** Persons who completed a training in a year per area (by the district recorded at enrolment). */
    traineesCompletedByArea: countsByArea((districts, { year, kind }: { year: number; kind: CaregiverTrainingKind | null }) => {
      const query = dataSource
        .createQueryBuilder()
        .from(CaregiverTrainingEnrolment, 'enrolment')
        .select('enrolment.districtCode', 'districtCode')
        .addSelect('COUNT(DISTINCT enrolment.personKey)', 'count')
        .where('enrolment.completedOn BETWEEN :first AND :last', { first: `${year}-01-01`, last: `${year}-12-31` });
      if (kind) query.innerJoin(CaregiverTrainingProgramme, 'programme', 'programme.id = enrolment.programmeId').andWhere('programme.kind = :kind', { kind });
      if (districts) query.andWhere('enrolment.districtCode IN (:...districts)', { districts });
      return query.groupBy('enrolment.districtCode').getRawMany();
    }),
  };
}
