/**
 * When a caregiver counts as working (在岗) on a day: their employment (or independent work) has
 * begun and not ended. Predicate and SQL say the same thing; change both together.
 */

export interface Employment {
  employedFrom: string;
  employedUntil: string | null;
}

export function isWorkingOn(employment: Employment, day: string): boolean {
  return employment.employedFrom <= day && (employment.employedUntil === null || employment.employedUntil >= day);
}

/** SQL condition on a query over `caregiver`, on the day bound as `:workingOn` or on a SQL expression (a column of a table of days). */
export function workingCondition(caregiverAlias: string, day = ':workingOn'): string {
  return `${caregiverAlias}.employedFrom <= ${day} AND (${caregiverAlias}.employedUntil IS NULL OR ${caregiverAlias}.employedUntil >= ${day})`;
}
