import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { rowsByKeyAndArgs } from '../../shared/db/loaders';
import { FiveBedKind } from '../../shared/five-bed/five-bed-kind.enum';
import { addDaysTo, type FiveBedLinkageKey } from '../../shared/five-bed/linkage-key';
import { WEIHAI_CITY } from '../../shared/seed/weihai';
import { Bed } from '../bed/bed.entity';
import { Elder } from '../elder/elder.entity';
import { FamilyBed } from '../family-bed/family-bed.entity';
import { Institution } from '../institution/institution.entity';
import { InstitutionStay } from '../stay/institution-stay.entity';

/** A civil-affairs bed episode with the person key, before it is pseudonymised for a linkage. */
export interface CivilLinkageEpisode {
  personKey: string;
  kind: FiveBedKind;
  startedOn: string;
  endedOn: string | null;
  inArea: boolean;
  endedByDeath: boolean;
}

/** Civil affairs' beds of one kind in an area on a day. */
export interface CivilBedFigure {
  kind: FiveBedKind;
  capacity: number;
  occupied: number;
}

type Period = Pick<FiveBedLinkageKey, 'from' | 'to' | 'windowDays'>;
type RawEpisode = {
  personKey: string;
  startedOn: string;
  endedOn: string | null;
  districtCode: string;
  reason: string | null;
  deceasedOn: string | null;
};
type RawFigure = { districtCode: string; capacity?: string | number; occupied?: string | number };

const DECEASED = 'DECEASED';
const districtFilter = (codes: readonly string[]): string[] | null =>
  codes.includes(WEIHAI_CITY.code) ? null : [...codes];
const inAreaOf = (areaCode: string, districtCode: string) => areaCode === WEIHAI_CITY.code || areaCode === districtCode;

/**
 * The five-bed pilot's figures from civil affairs' own records, batched over every area asked with
 * the same period (or day): one statement per bed table, grouped or filtered by district. An
 * institution stay stands where its institution does; a family bed in the elder's home district.
 */
export function createFiveBedLoaders(dataSource: DataSource) {
  /** One table's episodes a linkage needs: ending in the period in one of the areas, or starting anywhere from its first day to `windowDays` after its last. */
  const episodes = (
    query: SelectQueryBuilder<ObjectLiteral>,
    alias: string,
    start: string,
    end: string,
    district: string,
    codes: readonly string[],
    { from, to, windowDays }: Period,
  ) => {
    const districts = districtFilter(codes);
    return query
      .addSelect(`${alias}.personKey`, 'personKey')
      .addSelect(`${alias}.${start}`, 'startedOn')
      .addSelect(`${alias}.${end}`, 'endedOn')
      .addSelect(district, 'districtCode')
      .addSelect('elder.deceasedOn', 'deceasedOn')
      .leftJoin(Elder, 'elder', `elder.personKey = ${alias}.personKey`)
      .where(
        `((${alias}.${end} BETWEEN :from AND :to${districts ? ` AND ${district} IN (:...districts)` : ''}) OR ${alias}.${start} BETWEEN :from AND :until)`,
        { from, to, until: addDaysTo(to, windowDays), districts },
      )
      .getRawMany<RawEpisode>();
  };

  return {
    /** Per area asked: civil affairs' episodes for its linkage over one period, still under person keys. */
    civilLinkageEpisodesByArea: rowsByKeyAndArgs(async (codes: string[], period: Period) => {
      const tables: Array<[FiveBedKind, RawEpisode[]]> = [
        [
          FiveBedKind.ELDER_CARE_BED,
          await episodes(
            dataSource
              .createQueryBuilder()
              .from(InstitutionStay, 'stay')
              .innerJoin(Institution, 'institution', 'institution.code = stay.institutionCode')
              .select('stay.dischargeReason', 'reason'),
            'stay',
            'admittedOn',
            'dischargedOn',
            'institution.districtCode',
            codes,
            period,
          ),
        ],
        [
          FiveBedKind.FAMILY_ELDER_CARE_BED,
          await episodes(
            dataSource.createQueryBuilder().from(FamilyBed, 'bed').select('bed.closeReason', 'reason'),
            'bed',
            'openedOn',
            'closedOn',
            'bed.districtCode',
            codes,
            period,
          ),
        ],
      ];
      const until = addDaysTo(period.to, period.windowDays);
      const pairs: Array<readonly [string, CivilLinkageEpisode]> = [];
      for (const [kind, rows] of tables) {
        for (const row of rows) {
          const endedByDeath = row.endedOn !== null && (row.reason === DECEASED || row.deceasedOn === row.endedOn);
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
                  endedByDeath,
                },
              ]);
          }
        }
      }
      return pairs;
    }),

    /**
     * Per area asked: elder-care beds in service on the day in institutions operating on the day,
     * with the stays occupying them; family beds open on the day (capacity = occupied).
     */
    civilBedFiguresByArea: rowsByKeyAndArgs(async (codes: string[], day: string) => {
      const districts = districtFilter(codes);
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
          .filter((row) => inAreaOf(code, row.districtCode))
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
