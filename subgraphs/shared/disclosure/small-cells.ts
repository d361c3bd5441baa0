import type { AccessRule } from '../auth/access-policy';
import { allows } from '../auth/auth-checker';
import type { Caller } from '../auth/caller';
import type { Department } from '../departments';

/**
 * Small-cell suppression: a count of 1–4 persons in an area can single a person out, so callers who
 * may read aggregates but not the person-level records behind them (analysts, auditors, developers,
 * department systems outside the records' sharing rule) get such a count withheld — null with a
 * flag — never the number. Counts of 0 are shown: "nobody" names no one. Where figures add up (a
 * total and its parts), one more cell is withheld wherever the others would give a withheld one back.
 */

/** The smallest count of persons shown to an aggregate-only caller (the usual statistical-office threshold). */
export const MIN_CELL_SIZE = 5;

/** A figure as a caller may see it: the number, or null with `suppressed` when it could single a person out. */
export interface Disclosed {
  value: number | null;
  suppressed: boolean;
}

export const shown = (value: number | null): Disclosed => ({ value, suppressed: false });
export const WITHHELD: Disclosed = Object.freeze({ value: null, suppressed: true });

/** Whether a count of persons is small enough to single one out: 1 to MIN_CELL_SIZE − 1. */
export const isSmallCell = (count: number): boolean => count > 0 && count < MIN_CELL_SIZE;

/**
 * Whether a caller sees counts of the persons a rule covers exactly: it must be entitled to their
 * person-level records under the owning department's rule. For another department's persons, whose
 * sharing table the caller's subgraph does not hold, pass `OWN_SYSTEM_ONLY`: every person-level
 * rule grants the owner's own system, so that much is certain.
 */
export function seesExactCounts(caller: Caller, rule: AccessRule, owner: Department): boolean {
  // Never by the gateway composing: the question is what the caller itself may see.
  return allows(caller, rule, owner, false);
}

/** The one entitlement every department's person-level rules share: the department's own system. */
export const OWN_SYSTEM_ONLY: AccessRule = { personLevel: true };

/** Figures that add up: a total (shown, or itself a cell) and the parts that sum to it. */
export interface Sum<Name extends string> {
  total: Name;
  parts: readonly Name[];
}

/**
 * The cells to withhold among named counts: every small cell (primary suppression), then, until
 * nothing changes, wherever a sum has exactly one withheld member (so the others give it back), the
 * smallest visible non-zero part — or the total when no part is left (complementary suppression).
 * Zero cells are never withheld: they are shown, and an empty cell protects nothing.
 */
export function cellsToWithhold<Name extends string>(
  counts: Readonly<Record<Name, number>>,
  sums: ReadonlyArray<Sum<Name>>,
): Set<Name> {
  const withheld = new Set((Object.keys(counts) as Name[]).filter((name) => isSmallCell(counts[name])));
  for (let changed = true; changed;) {
    changed = false;
    for (const { total, parts } of sums) {
      const unknown = [total, ...parts].filter((name) => withheld.has(name));
      if (unknown.length !== 1) continue;
      const candidates = parts
        .filter((name) => !withheld.has(name) && counts[name] > 0)
        .sort((a, b) => counts[a] - counts[b]);
      withheld.add(candidates[0] ?? total);
      changed = true;
    }
  }
  return withheld;
}
