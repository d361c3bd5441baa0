import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { countsIn, districtsToRead } from '../areas/city-of-districts';
import type { FiveBedKind } from './five-bed-kind.enum';
import { addDaysTo, type FiveBedLinkageKey } from './linkage-key';

/**
 * How a department that keeps beds (civil affairs, health) finds the episodes a five-bed linkage
 * needs from its own tables, the same way in each, before pseudonymising them.
 */

/** A bed episode with the person key, before it is pseudonymised for a linkage. */
export interface PersonBedEpisode {
  personKey: string;
  kind: FiveBedKind;
  startedOn: string;
  endedOn: string | null;
  /** Whether the bed stands in the area asked. */
  inArea: boolean;
  /** Ended with the elder's death: not a transfer, not a gap. */
  endedByDeath: boolean;
}

/** What a linkage asks of each department besides its area: the period and the transfer window. */
export type LinkagePeriod = Pick<FiveBedLinkageKey, 'from' | 'to' | 'windowDays'>;

/** One episode row as `selectLinkageEpisodes` reads it, with the district its bed stands in. */
export interface EpisodeRow {
  personKey: string;
  startedOn: string;
  endedOn: string | null;
  districtCode: string;
}

/** SQL expressions of a bed table: when an episode started and ended, and the district its bed stands in. */
export interface EpisodeColumns {
  start: string;
  end: string;
  district: string;
}

/**
 * One table's episodes a linkage over the areas needs: those ending in the period at a bed standing
 * in one of the areas, and those starting anywhere from the period's first day to `windowDays`
 * after its last. The query selects the person key and anything else the caller needs.
 */
export function selectLinkageEpisodes<Row extends EpisodeRow>(
  query: SelectQueryBuilder<ObjectLiteral>,
  { start, end, district }: EpisodeColumns,
  areaCodes: readonly string[],
  { from, to, windowDays }: LinkagePeriod,
): Promise<Row[]> {
  const districts = districtsToRead(areaCodes);
  return query
    .addSelect(start, 'startedOn')
    .addSelect(end, 'endedOn')
    .addSelect(district, 'districtCode')
    .where(
      `((${end} BETWEEN :from AND :to${districts ? ` AND ${district} IN (:...districts)` : ''}) OR ${start} BETWEEN :from AND :until)`,
      { from, to, until: addDaysTo(to, windowDays), districts },
    )
    .getRawMany<Row>();
}

/**
 * Each table's episodes paired with every area asked that needs them: in the area when it ended
 * there in the period, anywhere when it started in the period or the window after it.
 */
export function linkageEpisodesByArea<Row extends EpisodeRow>(
  areaCodes: readonly string[],
  period: LinkagePeriod,
  tables: ReadonlyArray<readonly [FiveBedKind, Row[]]>,
  endedByDeath: (row: Row) => boolean,
): Array<readonly [string, PersonBedEpisode]> {
  const until = addDaysTo(period.to, period.windowDays);
  const pairs: Array<readonly [string, PersonBedEpisode]> = [];
  for (const [kind, rows] of tables) {
    for (const row of rows) {
      const { personKey, startedOn, endedOn } = row;
      const death = endedByDeath(row);
      for (const code of areaCodes) {
        const inArea = countsIn(code, row.districtCode);
        const endsHere = inArea && endedOn !== null && endedOn >= period.from && endedOn <= period.to;
        const startsInRange = startedOn >= period.from && startedOn <= until;
        if (endsHere || startsInRange)
          pairs.push([code, { personKey, kind, startedOn, endedOn, inArea, endedByDeath: death }]);
      }
    }
  }
  return pairs;
}
