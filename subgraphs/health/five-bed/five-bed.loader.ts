import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { rowsByKeyAndArgs } from '../../shared/db/loaders';
import { FiveBedKind } from '../../shared/five-bed/five-bed-kind.enum';
import { addDaysTo, type FiveBedLinkageKey } from '../../shared/five-bed/linkage-key';
import { WEIHAI_CITY } from '../../shared/seed/weihai';
import { HomeSickbed } from '../home-sickbed/home-sickbed.entity';
import { HospiceStay } from '../hospice-stay/hospice-stay.entity';
import { HospitalStay } from '../hospital-stay/hospital-stay.entity';
import { MedicalInstitution } from '../medical-institution/medical-institution.entity';

/** A health bed episode with the person key, before it is pseudonymised for a linkage. */
export interface HealthLinkageEpisode {
  personKey: string;
  kind: FiveBedKind;
  startedOn: string;
  endedOn: string | null;
  inArea: boolean;
  endedByDeath: boolean;
}

type Period = Pick<FiveBedLinkageKey, 'from' | 'to' | 'windowDays'>;
type RawEpisode = {
  personKey: string;
  startedOn: string;
  endedOn: string | null;
  districtCode: string;
  ended: string | null;
};

const DECEASED = 'DECEASED';

/** The districts to filter on (null: the city was asked, so every district is needed). */
const districtFilter = (codes: readonly string[]): string[] | null =>
  codes.includes(WEIHAI_CITY.code) ? null : [...codes];
const inAreaOf = (areaCode: string, districtCode: string) => areaCode === WEIHAI_CITY.code || areaCode === districtCode;

/**
 * The five-bed pilot's figures from health's own records, batched over every area asked with the
 * same period (or day): one statement per bed table, grouped or filtered by district.
 */
export function createHealthFiveBedLoaders(dataSource: DataSource) {
  /**
   * One table's episodes a linkage needs: those ending in the period at a bed standing in one of
   * the areas, and those starting anywhere from the period's first day to `windowDays` after its last.
   */
  const episodes = (
    query: SelectQueryBuilder<ObjectLiteral>,
    start: string,
    end: string,
    district: string,
    codes: readonly string[],
    { from, to, windowDays }: Period,
  ) => {
    const districts = districtFilter(codes);
    return query
      .addSelect(start, 'startedOn')
      .addSelect(end, 'endedOn')
      .addSelect(district, 'districtCode')
      .where(
        `((${end} BETWEEN :from AND :to${districts ? ` AND ${district} IN (:...districts)` : ''}) OR ${start} BETWEEN :from AND :until)`,
        { from, to, until: addDaysTo(to, windowDays), districts },
      )
      .getRawMany<RawEpisode>();
  };
  const stays = (
    target: typeof HospitalStay | typeof HospiceStay,
    endColumn: 'dischargeDestination' | 'dischargeReason',
    codes: readonly string[],
    period: Period,
  ) =>
    episodes(
      dataSource
        .createQueryBuilder()
        .from(target, 'stay')
        .innerJoin(MedicalInstitution, 'institution', 'institution.code = stay.medicalInstitutionCode')
        .select('stay.personKey', 'personKey')
        .addSelect(`stay.${endColumn}`, 'ended'),
      'stay.admittedOn',
      'stay.dischargedOn',
      'institution.districtCode',
      codes,
      period,
    );

  return {
    /** Per area asked: health's episodes for its linkage over one period, still under person keys. */
    healthLinkageEpisodesByArea: rowsByKeyAndArgs(async (codes: string[], period: Period) => {
      const tables: Array<[FiveBedKind, RawEpisode[]]> = [
        [FiveBedKind.MEDICAL_BED, await stays(HospitalStay, 'dischargeDestination', codes, period)],
        [
          FiveBedKind.HOME_SICKBED,
          await episodes(
            dataSource
              .createQueryBuilder()
              .from(HomeSickbed, 'bed')
              .select('bed.personKey', 'personKey')
              .addSelect('bed.closeReason', 'ended'),
            'bed.openedOn',
            'bed.closedOn',
            'bed.districtCode',
            codes,
            period,
          ),
        ],
        [FiveBedKind.HOSPICE_BED, await stays(HospiceStay, 'dischargeReason', codes, period)],
      ];
      const until = addDaysTo(period.to, period.windowDays);
      const pairs: Array<readonly [string, HealthLinkageEpisode]> = [];
      for (const [kind, rows] of tables) {
        for (const row of rows) {
          for (const code of codes) {
            const inArea = inAreaOf(code, row.districtCode);
            const endsHere = inArea && row.endedOn !== null && row.endedOn >= period.from && row.endedOn <= period.to;
            const startsInRange = row.startedOn >= period.from && row.startedOn <= until;
            if (endsHere || startsInRange)
              pairs.push([
                code,
                {
                  personKey: row.personKey,
                  kind,
                  startedOn: row.startedOn,
                  endedOn: row.endedOn,
                  inArea,
                  endedByDeath: row.ended === DECEASED,
                },
              ]);
          }
        }
      }
      return pairs;
    }),
  };
}
