import type { DataSource } from 'typeorm';
import { rowsByKeyAndArgs } from '../../shared/db/loaders';
import { FiveBedKind } from '../../shared/five-bed/five-bed-kind.enum';
import {
  type EpisodeRow,
  type LinkagePeriod,
  linkageEpisodesByArea,
  selectLinkageEpisodes,
} from '../../shared/five-bed/linkage-episodes';
import { HomeSickbed } from '../home-sickbed/home-sickbed.entity';
import { HospiceStay } from '../hospice-stay/hospice-stay.entity';
import { HospitalStay } from '../hospital-stay/hospital-stay.entity';
import { MedicalInstitution } from '../medical-institution/medical-institution.entity';

type RawEpisode = EpisodeRow & { ended: string | null };

const DECEASED = 'DECEASED';

/**
 * The five-bed pilot's figures from health's own records, batched over every area asked with the
 * same period (or day): one statement per bed table, grouped or filtered by district.
 */
export function createHealthFiveBedLoaders(dataSource: DataSource) {
  const stays = (
    target: typeof HospitalStay | typeof HospiceStay,
    endColumn: 'dischargeDestination' | 'dischargeReason',
    codes: readonly string[],
    period: LinkagePeriod,
  ) =>
    selectLinkageEpisodes<RawEpisode>(
      dataSource
        .createQueryBuilder()
        .from(target, 'stay')
        .innerJoin(MedicalInstitution, 'institution', 'institution.code = stay.medicalInstitutionCode')
        .select('stay.personKey', 'personKey')
        .addSelect(`stay.${endColumn}`, 'ended'),
      { start: 'stay.admittedOn', end: 'stay.dischargedOn', district: 'institution.districtCode' },
      codes,
      period,
    );

  return {
    /** Per area asked: health's episodes for its linkage over one period, still under person keys. */
    healthLinkageEpisodesByArea: rowsByKeyAndArgs(async (codes: string[], period: LinkagePeriod) => {
      const tables = [
        [FiveBedKind.MEDICAL_BED, await stays(HospitalStay, 'dischargeDestination', codes, period)],
        [
          FiveBedKind.HOME_SICKBED,
          await selectLinkageEpisodes<RawEpisode>(
            dataSource
              .createQueryBuilder()
              .from(HomeSickbed, 'bed')
              .select('bed.personKey', 'personKey')
              .addSelect('bed.closeReason', 'ended'),
            { start: 'bed.openedOn', end: 'bed.closedOn', district: 'bed.districtCode' },
            codes,
            period,
          ),
        ],
        [FiveBedKind.HOSPICE_BED, await stays(HospiceStay, 'dischargeReason', codes, period)],
      ] as const;
      return linkageEpisodesByArea(codes, period, tables, (row) => row.ended === DECEASED);
    }),
  };
}
