import { MIN_CELL_SIZE, type Disclosed } from './small-cells';

/*
 * One shape for a withheld figure across the graph: the figure's own field becomes nullable and a
 * `<figure>Suppressed: Boolean!` sits beside it. Queries written before suppression stay valid and
 * entitled callers' answers are unchanged, Int counts and Float medians take the same shape, and
 * the flag tells "withheld" apart from the null a figure already had (no data, nothing to measure).
 */

/** The sentence every type with withheld figures adds to its description. */
export const SMALL_CELLS = `Small cells: for a caller not entitled to the person-level records behind them, counts of 1–${MIN_CELL_SIZE - 1} persons — and figures that would give one back — are null with their \`…Suppressed\` flag true; 0 is shown.`;

/** The description of the flag beside a figure that may be withheld. */
export const suppressedFlag = (figure: string): string =>
  `Whether \`${figure}\` is withheld under the small-cell rule (null then, never the number): true only for a caller not entitled to the records behind it.`;

/** A disclosed figure as the pair of fields that carry it: `{ count, countSuppressed }`. */
export function disclosedFields<Name extends string>(
  figure: Name,
  { value, suppressed }: Disclosed,
): Record<Name, number | null> & Record<`${Name}Suppressed`, boolean> {
  return { [figure]: value, [`${figure}Suppressed`]: suppressed } as Record<Name, number | null> &
    Record<`${Name}Suppressed`, boolean>;
}
