import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { rowsByArea } from '../../shared/areas/city-of-districts';
import {
  ELIGIBLE_HOSPITAL_PARAMETERS,
  eligibleHospitalCondition,
  hospiceProviderCondition,
} from '../area/area-health-figures';
import { MedicalInstitution } from '../medical-institution/medical-institution.entity';

/**
 * Health's per-area figures of `AreaOnDate` that come from medical institutions' flags. The flags
 * carry no dates, so these are today's records whatever the day asked; the day-dependent list of
 * medical-care integrated institutions is in `institution/medical-care-integration.loader.ts`.
 */
export function createAreaOnDateHealthLoaders(dataSource: DataSource) {
  const institutions = () => dataSource.createQueryBuilder().from(MedicalInstitution, 'institution');
  const inDistricts = <T extends ObjectLiteral>(query: SelectQueryBuilder<T>, districtCodes: string[] | null) =>
    districtCodes ? query.andWhere('institution.districtCode IN (:...districtCodes)', { districtCodes }) : query;
  return {
    /** Districts with at least one hospice provider (安宁疗护): one SELECT DISTINCT for every area asked. */
    hospiceProviderDistrictsByArea: rowsByArea(async (districtCodes) => {
      const query = institutions()
        .select('DISTINCT institution.districtCode', 'districtCode')
        .where(hospiceProviderCondition('institution'));
      const rows = await inDistricts(query, districtCodes).getRawMany<{ districtCode: string }>();
      return rows.map((row) => [row.districtCode, row.districtCode] as const);
    }),
    /** Eligible hospitals offering Internet+nursing, counted per district by the database. */
    internetNursingOfferingByArea: rowsByArea(async (districtCodes) => {
      const query = institutions()
        .select('institution.districtCode', 'districtCode')
        .addSelect('COUNT(*)', 'hospitals')
        .where(eligibleHospitalCondition('institution'), ELIGIBLE_HOSPITAL_PARAMETERS)
        .andWhere('institution.internetNursing = 1');
      const rows = await inDistricts(query, districtCodes)
        .groupBy('institution.districtCode')
        .getRawMany<{ districtCode: string; hospitals: number | string }>();
      return rows.map((row) => [row.districtCode, Number(row.hospitals)] as const);
    }),
    /** Credit codes of the eligible hospitals NOT offering Internet+nursing, with their district. */
    internetNursingMissingByArea: rowsByArea(async (districtCodes) => {
      const query = institutions()
        .select('institution.districtCode', 'districtCode')
        .addSelect('institution.code', 'code')
        .where(eligibleHospitalCondition('institution'), ELIGIBLE_HOSPITAL_PARAMETERS)
        .andWhere('institution.internetNursing = 0');
      const rows = await inDistricts(query, districtCodes).getRawMany<{ districtCode: string; code: string }>();
      return rows.map((row) => [row.districtCode, row.code] as const);
    }),
  };
}
