import { FIVE_BED_KINDS, FiveBedKind } from '../../shared/five-bed/five-bed-kind.enum';
import {
  cellsToWithhold,
  type Disclosed,
  isSmallCell,
  shown,
  type Sum,
  WITHHELD,
} from '../../shared/disclosure/small-cells';
import type { LinkageFigures } from './linkage';

/**
 * The linkage's figures as an aggregate-only caller may see them (shared/disclosure/small-cells):
 * counts of 1–4 withheld, and the sums they enter protected. The sums are the hospital discharges
 * (with a next bed + without one), the discharges with a next bed (the MEDICAL_BED row of the
 * matrix), and every other row of the matrix as if its total — beds of a kind left in the period,
 * a figure departments publish on their own — were known.
 */
export interface DisclosedLinkageFigures {
  transfers: Array<{ from: FiveBedKind; to: FiveBedKind; count: Disclosed }>;
  hospitalDischarges: Disclosed;
  hospitalDischargesWithNextBed: Disclosed;
  hospitalDischargesWithoutNextBed: Disclosed;
  medianDaysToNextBed: Disclosed;
  p90DaysToNextBed: Disclosed;
}

const cell = (from: FiveBedKind, to: FiveBedKind) => `${from}>${to}`;
const row = (from: FiveBedKind) => `left:${from}`;

/** Every figure exactly, for callers entitled to the records behind them. */
export function exactLinkageFigures(figures: LinkageFigures): DisclosedLinkageFigures {
  return {
    transfers: figures.transfers.map(({ from, to, count }) => ({ from, to, count: shown(count) })),
    hospitalDischarges: shown(figures.hospitalDischarges),
    hospitalDischargesWithNextBed: shown(figures.hospitalDischargesWithNextBed),
    hospitalDischargesWithoutNextBed: shown(figures.hospitalDischargesWithoutNextBed),
    medianDaysToNextBed: shown(figures.medianDaysToNextBed),
    p90DaysToNextBed: shown(figures.p90DaysToNextBed),
  };
}

/**
 * The figures with small cells withheld. The percentiles of days follow the number of discharges
 * they are computed from: from 1–4 they are withheld (one discharge's median is its own gap).
 */
export function suppressedLinkageFigures(figures: LinkageFigures): DisclosedLinkageFigures {
  const counts: Record<string, number> = {
    discharges: figures.hospitalDischarges,
    withNextBed: figures.hospitalDischargesWithNextBed,
    withoutNextBed: figures.hospitalDischargesWithoutNextBed,
  };
  for (const from of FIVE_BED_KINDS) {
    for (const to of FIVE_BED_KINDS) counts[cell(from, to)] = 0;
    counts[row(from)] = 0;
  }
  for (const { from, to, count } of figures.transfers) {
    counts[cell(from, to)] = count;
    counts[row(from)] += count;
  }
  const sums: Array<Sum<string>> = [
    { total: 'discharges', parts: ['withNextBed', 'withoutNextBed'] },
    ...FIVE_BED_KINDS.map((from) => ({
      total: from === FiveBedKind.MEDICAL_BED ? 'withNextBed' : row(from),
      parts: FIVE_BED_KINDS.map((to) => cell(from, to)),
    })),
  ];
  const withheld = cellsToWithhold(counts, sums);
  const disclose = (name: string): Disclosed => (withheld.has(name) ? WITHHELD : shown(counts[name]));
  const percentile = (value: number | null): Disclosed =>
    isSmallCell(figures.hospitalDischargesWithNextBed) ? WITHHELD : shown(value);

  return {
    transfers: figures.transfers.map(({ from, to }) => ({ from, to, count: disclose(cell(from, to)) })),
    hospitalDischarges: disclose('discharges'),
    hospitalDischargesWithNextBed: disclose('withNextBed'),
    hospitalDischargesWithoutNextBed: disclose('withoutNextBed'),
    medianDaysToNextBed: percentile(figures.medianDaysToNextBed),
    p90DaysToNextBed: percentile(figures.p90DaysToNextBed),
  };
}

/** Beds that exist only while an elder is in them: their capacity counts persons as much as their occupancy. */
const IN_USE_ONLY: ReadonlySet<FiveBedKind> = new Set([FiveBedKind.FAMILY_ELDER_CARE_BED, FiveBedKind.HOME_SICKBED]);

/** One kind of bed in an area on a day as the caller may see it; `exact` for callers entitled to the records. */
export interface DisclosedBedFigures {
  capacity: Disclosed;
  occupied: Disclosed;
  occupancyBasisPoints: Disclosed;
}

/**
 * Capacity and occupancy of one kind of bed. Elders in 1–4 beds of a kind are withheld, with the
 * occupancy (which gives them back from the capacity) and, for beds that exist only while in use,
 * the capacity (the same number).
 */
export function disclosedBedFigures(
  kind: FiveBedKind,
  capacity: number,
  occupied: number,
  exact: boolean,
): DisclosedBedFigures {
  const occupancyBasisPoints = capacity > 0 ? Math.round((occupied * 10_000) / capacity) : null;
  if (exact || !isSmallCell(occupied))
    return { capacity: shown(capacity), occupied: shown(occupied), occupancyBasisPoints: shown(occupancyBasisPoints) };
  return {
    capacity: IN_USE_ONLY.has(kind) ? WITHHELD : shown(capacity),
    occupied: WITHHELD,
    occupancyBasisPoints: WITHHELD,
  };
}
