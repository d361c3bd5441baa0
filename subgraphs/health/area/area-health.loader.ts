import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { type AreaColumn, areaOfRow, groupedByArea } from '../../shared/areas/area-column';
import { rowsByKeyAndArgs } from '../../shared/db/loaders';
import { HomeSickbed } from '../home-sickbed/home-sickbed.entity';
import { HospiceStay } from '../hospice-stay/hospice-stay.entity';
import { HospitalStay } from '../hospital-stay/hospital-stay.entity';
import { MedicalInstitution } from '../medical-institution/medical-institution.entity';
import {
  type AreaHealthTotals,
  ELIGIBLE_HOSPITAL_PARAMETERS,
  eligibleHospitalCondition,
  hospiceProviderCondition,
  NO_HEALTH_TOTALS,
} from './area-health-figures';

type Raw = Record<string, string | number | null> & { areaCode?: string };

/**
 * Per-area health totals on a day for every area of one level asked: four GROUP BY statements
 * (institutions, hospital stays, hospice stays, home sickbeds), whatever the number of areas. Stays
 * count where their institution stands; home sickbeds where the elder lives. The area pages ask for
 * today; the five-bed linkage for its period's last day. Institutions' bed stock has no dates.
 */
export function createAreaHealthLoaders(dataSource: DataSource) {
  return {
    healthTotalsByArea: rowsByKeyAndArgs(
      async (codes: string[], { column, day }: { column: AreaColumn; day: string }) => {
        const grouped = (query: SelectQueryBuilder<ObjectLiteral>, alias: string) =>
          groupedByArea(query, alias, column, codes).getRawMany<Raw>();
        const institutions = await grouped(
          dataSource
            .createQueryBuilder()
            .from(MedicalInstitution, 'institution')
            .select(`SUM(CASE WHEN ${hospiceProviderCondition('institution')} THEN 1 ELSE 0 END)`, 'hospiceProviders')
            .addSelect(
              `SUM(CASE WHEN ${eligibleHospitalCondition('institution')} THEN 1 ELSE 0 END)`,
              'eligibleHospitals',
            )
            .addSelect(
              `SUM(CASE WHEN ${eligibleHospitalCondition('institution')} AND institution.internetNursing = 1 THEN 1 ELSE 0 END)`,
              'internetNursingHospitals',
            )
            .addSelect('SUM(institution.medicalBeds)', 'medicalBeds')
            .addSelect('SUM(institution.hospiceBeds)', 'hospiceBeds')
            .setParameters(ELIGIBLE_HOSPITAL_PARAMETERS),
          'institution',
        );
        const openStays = (target: typeof HospitalStay | typeof HospiceStay, name: string) =>
          grouped(
            dataSource
              .createQueryBuilder()
              .from(target, 'stay')
              .innerJoin(MedicalInstitution, 'institution', 'institution.code = stay.medicalInstitutionCode')
              .select('COUNT(*)', name)
              .where('stay.admittedOn <= :day AND (stay.dischargedOn IS NULL OR stay.dischargedOn > :day)', { day }),
            'institution',
          );
        const inHospital = await openStays(HospitalStay, 'inHospital');
        const inHospice = await openStays(HospiceStay, 'inHospice');
        const sickbeds = await grouped(
          dataSource
            .createQueryBuilder()
            .from(HomeSickbed, 'bed')
            .select('COUNT(*)', 'openHomeSickbeds')
            .where('bed.openedOn <= :day AND (bed.closedOn IS NULL OR bed.closedOn > :day)', { day }),
          'bed',
        );

        const totals = new Map<string, AreaHealthTotals>();
        for (const rows of [institutions, inHospital, inHospice, sickbeds]) {
          for (const row of rows) {
            const code = areaOfRow(column, row, codes);
            const entry = totals.get(code) ?? { ...NO_HEALTH_TOTALS };
            for (const [name, value] of Object.entries(row))
              if (name !== 'areaCode' && value !== null) entry[name as keyof AreaHealthTotals] = Number(value);
            totals.set(code, entry);
          }
        }
        return [...totals].map(([code, entry]) => [code, entry] as const);
      },
    ),
  };
}
