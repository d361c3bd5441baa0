import { FIVE_BED_KINDS, FiveBedKind, fiveBedKindOrder } from '../../shared/five-bed/five-bed-kind.enum';
import { daysBetween } from '../../shared/five-bed/linkage-key';
import type { LinkagePeriod } from '../../shared/five-bed/linkage-episodes';
import type { LinkedEpisode } from '../../shared/five-bed/linked-episodes';

/**
 * The pure logic of the five-bed linkage: bed episodes in, transfer matrix and gaps out. No
 * database, no GraphQL; `test/unit/joint-meeting/five-bed-linkage.spec.ts` covers it.
 */

/** One bed episode under the linkage's pseudonym, from any department. */
export type LinkageEpisode = LinkedEpisode;

export interface LinkageFigures {
  /** Every (from, to) pair with a count above 0, in enum order of from, then to. */
  transfers: Array<{ from: FiveBedKind; to: FiveBedKind; count: number }>;
  hospitalDischarges: number;
  hospitalDischargesWithNextBed: number;
  hospitalDischargesWithoutNextBed: number;
  medianDaysToNextBed: number | null;
  p90DaysToNextBed: number | null;
}

const byStart = (a: LinkageEpisode, b: LinkageEpisode) =>
  a.startedOn < b.startedOn ? -1 : a.startedOn > b.startedOn ? 1 : fiveBedKindOrder(a.kind) - fiveBedKindOrder(b.kind);

/**
 * The percentile `p` (0–1) of values by linear interpolation between closest ranks (the method of
 * Excel's PERCENTILE.INC and numpy's default): rank h = (n − 1)·p, value x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋).
 * Rounded to one decimal (integer inputs give at most one anyway); null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (sorted.length - 1) * p;
  const lower = Math.floor(rank);
  const upper = Math.min(lower + 1, sorted.length - 1);
  return Math.round((sorted[lower] + (rank - lower) * (sorted[upper] - sorted[lower])) * 10) / 10;
}

/** Index of the first episode starting on or after `day` in a list sorted by start (binary search). */
function firstStartingOnOrAfter(sorted: readonly LinkageEpisode[], day: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle].startedOn < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Links the episodes of a period. For every episode ending in [from, to] whose bed stands in the
 * area, not by death, the same elder's next episode (any kind, any area) is the first — by start,
 * then kind — starting on or after the end and at most `windowDays` days after it; it counts one
 * transfer from the first kind to the second. Hospital discharges (MEDICAL_BED endings) without
 * such a next bed are the pilot's gaps. O(n log n): one sort per elder, one binary search per ending.
 */
export function linkEpisodes(
  episodes: readonly LinkageEpisode[],
  { from, to, windowDays }: LinkagePeriod,
): LinkageFigures {
  const byElder = new Map<string, LinkageEpisode[]>();
  for (const episode of episodes) {
    const list = byElder.get(episode.linkKey);
    if (list) list.push(episode);
    else byElder.set(episode.linkKey, [episode]);
  }
  for (const list of byElder.values()) list.sort(byStart);

  const counts = new Map<string, number>();
  const gaps: number[] = [];
  let hospitalDischarges = 0;
  for (const episode of episodes) {
    const { endedOn } = episode;
    if (endedOn === null || endedOn < from || endedOn > to || !episode.inArea || episode.endedByDeath) continue;
    const journey = byElder.get(episode.linkKey)!;
    let index = firstStartingOnOrAfter(journey, endedOn);
    if (journey[index] === episode) index += 1; // a bed entered and left on the same day is not its own successor
    const next = journey[index];
    const gap =
      next && daysBetween(endedOn, next.startedOn) <= windowDays ? daysBetween(endedOn, next.startedOn) : null;
    if (gap !== null) counts.set(`${episode.kind}>${next.kind}`, (counts.get(`${episode.kind}>${next.kind}`) ?? 0) + 1);
    if (episode.kind === FiveBedKind.MEDICAL_BED) {
      hospitalDischarges += 1;
      if (gap !== null) gaps.push(gap);
    }
  }

  return {
    transfers: FIVE_BED_KINDS.flatMap((fromKind) =>
      FIVE_BED_KINDS.map((toKind) => ({ from: fromKind, to: toKind, count: counts.get(`${fromKind}>${toKind}`) ?? 0 })),
    ).filter((cell) => cell.count > 0),
    hospitalDischarges,
    hospitalDischargesWithNextBed: gaps.length,
    hospitalDischargesWithoutNextBed: hospitalDischarges - gaps.length,
    medianDaysToNextBed: percentile(gaps, 0.5),
    p90DaysToNextBed: percentile(gaps, 0.9),
  };
}
