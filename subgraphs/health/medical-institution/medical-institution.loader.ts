import { type DataSource, In } from 'typeorm';
import { keyedLoader, rowByKey } from '../../shared/db/loaders';
import { HospiceStay } from '../hospice-stay/hospice-stay.entity';
import { HospitalStay } from '../hospital-stay/hospital-stay.entity';
import { MedicalInstitution } from './medical-institution.entity';

/** Open stays per institution, for its bed counts. */
export interface OccupiedBeds {
  medical: number;
  hospice: number;
}

export function createMedicalInstitutionLoaders(dataSource: DataSource) {
  const institutions = dataSource.getRepository(MedicalInstitution);
  const openStaysByInstitution = async (target: typeof HospitalStay | typeof HospiceStay, codes: readonly string[]) => {
    const rows = await dataSource
      .createQueryBuilder()
      .from(target, 'stay')
      .select('stay.medicalInstitutionCode', 'code')
      .addSelect('COUNT(*)', 'occupied')
      .where('stay.medicalInstitutionCode IN (:...codes)', { codes: [...codes] })
      .andWhere('stay.dischargedOn IS NULL')
      .groupBy('stay.medicalInstitutionCode')
      .getRawMany<{ code: string; occupied: string | number }>();
    return new Map(rows.map((row) => [row.code, Number(row.occupied)]));
  };
  return {
    medicalInstitutionByCode: rowByKey(
      (codes: string[]) => institutions.findBy({ code: In(codes.map((code) => code.toUpperCase())) }),
      (institution) => institution.code,
    ),
    /** Occupied medical and hospice beds of the institutions asked: one GROUP BY per stay table. */
    occupiedBedsByMedicalInstitution: keyedLoader<string, OccupiedBeds>(async (codes) => {
      const [medical, hospice] = [
        await openStaysByInstitution(HospitalStay, codes),
        await openStaysByInstitution(HospiceStay, codes),
      ];
      return codes.map((code) => ({ medical: medical.get(code) ?? 0, hospice: hospice.get(code) ?? 0 }));
    }),
  };
}
