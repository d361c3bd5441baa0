import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { countsIn, districtsToRead } from '../../shared/areas/city-of-districts';
import { rowsByKeyAndArgs } from '../../shared/db/loaders';
import { FiveBedKind } from '../../shared/five-bed/five-bed-kind.enum';
import {
  type EpisodeColumns,
  type EpisodeRow,
  type LinkagePeriod,
  linkageEpisodesByArea,
  selectLinkageEpisodes,
} from '../../shared/five-bed/linkage-episodes';
import { Bed } from '../bed/bed.entity';
import { Elder } from '../elder/elder.entity';
import { FamilyBed } from '../family-bed/family-bed.entity';
import { Institution } from '../institution/institution.entity';
import { InstitutionStay } from '../stay/institution-stay.entity';

/** Civil affairs' beds of one kind in an area on a day. */
export interface CivilBedFigure {
  kind: FiveBedKind;
  capacity: number;
  occupied: number;
}

type RawEpisode = EpisodeRow & { reason: string | null; deceasedOn: string | null };
type RawFigure = { districtCode: string; capacity?: string | number; occupied?: string | number };

const DECEASED = 'DECEASED';

/**
 * The five-bed pilot's figures from civil affairs' own records, batched over every area asked with
 * the same period (or day): one statement per bed table, grouped or filtered by district. An
 * institution stay stands where its institution does; a family bed in the elder's home district.
 */
export function createFiveBedLoaders(dataSource: DataSource) {
  /** One table's episodes a linkage needs, with the elder's death day to tell a death from a discharge. */
  const episodes = (
    query: SelectQueryBuilder<ObjectLiteral>,
    alias: string,
    columns: EpisodeColumns,
    codes: readonly string[],
    period: LinkagePeriod,
  ) =>
    selectLinkageEpisodes<RawEpisode>(
      query
        .addSelect(`${alias}.personKey`, 'personKey')
        .addSelect('elder.deceasedOn', 'deceasedOn')
        .leftJoin(Elder, 'elder', `elder.personKey = ${alias}.personKey`),
      columns,
      codes,
      period,
    );

  return {
    /** Per area asked: civil affairs' episodes for its linkage over one period, still under person keys. */
    civilLinkageEpisodesByArea: rowsByKeyAndArgs(async (codes: string[], period: LinkagePeriod) => {
      const tables = [
        [
          FiveBedKind.ELDER_CARE_BED,
          await episodes(
            dataSource
              .createQueryBuilder()
              .from(InstitutionStay, 'stay')
              .innerJoin(Institution, 'institution', 'institution.code = stay.institutionCode')
              .select('stay.dischargeReason', 'reason'),
            'stay',
            { start: 'stay.admittedOn', end: 'stay.dischargedOn', district: 'institution.districtCode' },
            codes,
            period,
          ),
        ],
        [
          FiveBedKind.FAMILY_ELDER_CARE_BED,
          await episodes(
            dataSource.createQueryBuilder().from(FamilyBed, 'bed').select('bed.closeReason', 'reason'),
            'bed',
            { start: 'bed.openedOn', end: 'bed.closedOn', district: 'bed.districtCode' },
            codes,
            period,
          ),
        ],
      ] as const;
      return linkageEpisodesByArea(
        codes,
        period,
        tables,
        (row) => row.endedOn !== null && (row.reason === DECEASED || row.deceasedOn === row.endedOn),
      );
    }),

    /**
     * Per area asked: elder-care beds in service on the day in institutions operating on the day,
     * with the stays occupying them; family beds open on the day (capacity = occupied).
     */
    civilBedFiguresByArea: rowsByKeyAndArgs(async (codes: string[], day: string) => {
      const districts = districtsToRead(codes);
      const byDistrict = (query: SelectQueryBuilder<ObjectLiteral>, column: string) => {
        query.addSelect(column, 'districtCode').groupBy(column);
        if (districts) query.andWhere(`${column} IN (:...districts)`, { districts });
        return query.getRawMany<RawFigure>();
      };
      const institutionBeds = await byDistrict(
        dataSource
          .createQueryBuilder()
          .from(Bed, 'bed')
          .innerJoin(
            Institution,
            'institution',
            'institution.code = bed.institutionCode AND institution.openedOn <= :day AND (institution.closedOn IS NULL OR institution.closedOn > :day)',
            { day },
          )
          .leftJoin(
            InstitutionStay,
            'stay',
            'stay.bedId = bed.id AND stay.admittedOn <= :day AND (stay.dischargedOn IS NULL OR stay.dischargedOn > :day)',
            { day },
          )
          .select('COUNT(DISTINCT bed.id)', 'capacity')
          .addSelect('COUNT(stay.id)', 'occupied')
          .where('bed.inServiceFrom <= :day AND (bed.retiredOn IS NULL OR bed.retiredOn > :day)', { day }),
        'institution.districtCode',
      );
      const familyBeds = await byDistrict(
        dataSource
          .createQueryBuilder()
          .from(FamilyBed, 'bed')
          .select('COUNT(*)', 'occupied')
          .where('bed.openedOn <= :day AND (bed.closedOn IS NULL OR bed.closedOn > :day)', { day }),
        'bed.districtCode',
      );

      const sum = (rows: RawFigure[], code: string, column: 'capacity' | 'occupied') =>
        rows
          .filter((row) => countsIn(code, row.districtCode))
          .reduce((total, row) => total + Number(row[column] ?? 0), 0);
      return codes.flatMap((code) => {
        const open = sum(familyBeds, code, 'occupied');
        const figures: CivilBedFigure[] = [
          {
            kind: FiveBedKind.ELDER_CARE_BED,
            capacity: sum(institutionBeds, code, 'capacity'),
            occupied: sum(institutionBeds, code, 'occupied'),
          },
          { kind: FiveBedKind.FAMILY_ELDER_CARE_BED, capacity: open, occupied: open },
        ];
        return figures.map((figure) => [code, figure] as const);
      });
    }),
  };
}
