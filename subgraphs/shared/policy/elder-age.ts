import { yearsBefore } from '../time/today';

/**
 * The age from which a person is an elder (老年人: 60 周岁以上): civil affairs' registry admits
 * residents from it, and every per-elder figure — civil affairs' elders, medical insurance's insured
 * elders (measure 16) — counts those this old on its day, so numerators and denominators agree.
 */
export const ELDER_MINIMUM_AGE = 60;

/** The latest birth date of an elder on a day: born on or before it, the person is 60 or over. */
export function elderBornBy(day: string): string {
  return yearsBefore(day, ELDER_MINIMUM_AGE);
}
