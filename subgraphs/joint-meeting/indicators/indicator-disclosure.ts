import type { Caller } from '../../shared/auth/caller';
import type { Department } from '../../shared/departments';
import { cellsToWithhold, isSmallCell, OWN_SYSTEM_ONLY, seesExactCounts } from '../../shared/disclosure/small-cells';
import { civilAffairsPolicy } from '../../civil-affairs/access-policy';
import { IndicatorBreakdown } from './indicator-breakdown';
import { IndicatorComparator } from './indicator.enums';
import { IndicatorValue } from './indicator-value';

/**
 * Whose persons a numerator or denominator counts, and so who may see it below the minimum cell
 * size: civil affairs' elders under the rule of its table that covers what is counted, or another
 * department's persons (care staff, the insured), seen exactly by that department's own system only
 * (civil affairs does not hold the other tables; every person-level rule grants the owner).
 */
export type CountedPersons =
  { civilAffairsRule: keyof typeof civilAffairsPolicy.rules } | { department: Exclude<Department, 'civil-affairs'> };

/** Which of an indicator's figures count persons; figures of institutions, beds, areas or money are never withheld. */
export interface IndicatorPersons {
  numerator?: CountedPersons;
  denominator?: CountedPersons;
}

/** Whether a caller sees counts of these persons exactly. */
export function seesExactly(caller: Caller, persons: CountedPersons): boolean {
  return 'civilAffairsRule' in persons
    ? seesExactCounts(caller, civilAffairsPolicy.rules[persons.civilAffairsRule], civilAffairsPolicy.owner)
    : seesExactCounts(caller, OWN_SYSTEM_ONLY, persons.department);
}

const samePersons = (a: CountedPersons, b: CountedPersons) =>
  ('civilAffairsRule' in a && 'civilAffairsRule' in b && a.civilAffairsRule === b.civilAffairsRule) ||
  ('department' in a && 'department' in b && a.department === b.department);

/**
 * An evaluated indicator as the caller may see it. A person count of 1–4 the caller may not see
 * exactly is withheld; so is the numerator of a share of one population (its numerator counts some
 * of the denominator's persons) when the rest — denominator minus numerator — is 1–4, or when the
 * denominator is withheld; the value is withheld with either figure, since with the other it gives
 * it back. The status stays as computed from the exact figures: it tells which side of the target
 * the area is, not how many persons are on either side.
 */
export function withholdSmallCells(
  value: IndicatorValue,
  persons: IndicatorPersons | undefined,
  sees: (persons: CountedPersons) => boolean,
): IndicatorValue {
  const { numerator, denominator } = value;
  if (!persons || numerator === null) return value;
  const hidden = (counted: CountedPersons | undefined, count: number | null) =>
    counted !== undefined && count !== null && !sees(counted) && isSmallCell(count);
  const denominatorSuppressed = hidden(persons.denominator, denominator);
  const share =
    persons.numerator !== undefined &&
    persons.denominator !== undefined &&
    samePersons(persons.numerator, persons.denominator) &&
    value.comparator !== IndicatorComparator.GROWTH &&
    denominator !== null;
  const numeratorSuppressed =
    hidden(persons.numerator, numerator) ||
    (share && (denominatorSuppressed || hidden(persons.numerator, denominator - numerator)));
  const valueSuppressed = numeratorSuppressed || denominatorSuppressed;
  return Object.assign(new IndicatorValue(), value, {
    numerator: numeratorSuppressed ? null : numerator,
    numeratorSuppressed,
    denominator: denominatorSuppressed ? null : denominator,
    denominatorSuppressed,
    value: valueSuppressed ? null : value.value,
    valueSuppressed,
    breakdowns: withholdBreakdowns(
      value.breakdowns,
      numerator,
      persons.numerator !== undefined && !sees(persons.numerator),
      numeratorSuppressed,
      denominatorSuppressed,
    ),
  });
}

/**
 * The parts of a numerator as the caller may see them. The parts and what they leave out (counted,
 * never shown) add up to the numerator, so beyond every small part, a part is withheld wherever the
 * others and the numerator would give a withheld one back — the rest included: a part that is all but
 * 1–4 of the numerator gives those back. With the numerator withheld, every part is.
 */
function withholdBreakdowns(
  parts: IndicatorBreakdown[],
  numerator: number,
  withholdSmall: boolean,
  numeratorSuppressed: boolean,
  denominatorSuppressed: boolean,
): IndicatorBreakdown[] {
  // Names no part's key takes (keys are upper-case words).
  const [total, rest] = ['(numerator)', '(rest)'];
  const counts: Record<string, number> = {
    [total]: numerator,
    [rest]: numerator - parts.reduce((sum, part) => sum + (part.numerator ?? 0), 0),
  };
  for (const part of parts) counts[part.key] = part.numerator ?? 0;
  const withheld = withholdSmall
    ? cellsToWithhold(counts, [{ total, parts: [rest, ...parts.map((part) => part.key)] }])
    : new Set<string>();
  return parts.map((part) => {
    const numeratorWithheld = numeratorSuppressed || withheld.has(part.key);
    const valueSuppressed = numeratorWithheld || denominatorSuppressed;
    return Object.assign(new IndicatorBreakdown(), part, {
      numerator: numeratorWithheld ? null : part.numerator,
      numeratorSuppressed: numeratorWithheld,
      denominator: denominatorSuppressed ? null : part.denominator,
      denominatorSuppressed,
      value: valueSuppressed ? null : part.value,
      valueSuppressed,
    });
  });
}
