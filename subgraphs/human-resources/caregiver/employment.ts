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

/** SQL condition on a query over `caregiver`, binding the day as `:workingOn`. */
export function workingCondition(caregiverAlias: string): string {
  return `${caregiverAlias}.employedFrom <= :workingOn AND (${caregiverAlias}.employedUntil IS NULL OR ${caregiverAlias}.employedUntil >= :workingOn)`;
}
