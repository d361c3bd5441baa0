import { elderBornBy } from '../../shared/policy/elder-age';

/** One record read for indicators 1 and 2: a 特困 elder, one of their assessments, or one of their stays. */
export interface ExtremePovertyRecord {
  kind: 'elder' | 'assessment' | 'stay';
  personKey: string;
  /** The elder's district (elders only). */
  districtCode: string | null;
  /** Birth date, assessment day or admission day. */
  fromOn: string;
  /** Death or discharge day (exclusive); null while alive or staying, and for an assessment. */
  untilOn: string | null;
  /** The elder's wish for centralised care (1 or 0); null for the others. */
  wishing: number | string | null;
  /** The assessed level (assessments only). */
  level: string | null;
  /** The record number: an assessment's breaks ties between assessments of one day. */
  id: number | string;
}

/** Indicators 1 and 2's counts in a district on a day. */
export interface ExtremePovertyCounts {
  day: string;
  districtCode: string;
  disabledExtremePoverty: number;
  disabledExtremePovertyInCare: number;
  extremePovertyWishingCare: number;
  extremePovertyWishingCareInCare: number;
}

/**
 * The 特困 counts per district on each day asked, each elder's records read once and walked over the
 * sorted days (the latest assessment by each day advancing as the days do): the rule
 * `CivilAffairsFiguresQuery.extremePovertyRowsOn` lists on one day — change both together. A 特困
 * elder 60+ alive on the day counts as disabled when their latest assessment by then (ties by record
 * number) is of a disabled level, as wishing by their wish, and in care when a stay holds the day.
 * Joining the elders to the table of days probed each elder's assessments and stays once per day.
 */
export function extremePovertyOverDays(
  days: readonly string[],
  records: readonly ExtremePovertyRecord[],
  disabledLevels: readonly string[],
): ExtremePovertyCounts[] {
  const sorted = [...days].sort();
  const bornBy = sorted.map(elderBornBy);
  const persons = new Map<
    string,
    { elder?: ExtremePovertyRecord; assessments: ExtremePovertyRecord[]; stays: ExtremePovertyRecord[] }
  >();
  for (const record of records) {
    const person = persons.get(record.personKey) ?? { assessments: [], stays: [] };
    persons.set(record.personKey, person);
    if (record.kind === 'elder') person.elder = record;
    else if (record.kind === 'assessment') person.assessments.push(record);
    else person.stays.push(record);
  }
  const counted = sorted.map(() => new Map<string, ExtremePovertyCounts>());
  const disabled = new Set(disabledLevels);
  for (const { elder, assessments, stays } of persons.values()) {
    if (!elder || elder.districtCode === null) continue;
    assessments.sort((a, b) => (a.fromOn < b.fromOn ? -1 : a.fromOn > b.fromOn ? 1 : Number(a.id) - Number(b.id)));
    const wishing = Number(elder.wishing) === 1 ? 1 : 0;
    let next = 0;
    for (const [i, day] of sorted.entries()) {
      while (next < assessments.length && assessments[next].fromOn <= day) next++;
      if (elder.fromOn > bornBy[i] || (elder.untilOn !== null && elder.untilOn <= day)) continue;
      const isDisabled = next > 0 && disabled.has(String(assessments[next - 1].level)) ? 1 : 0;
      const inCare = stays.some((stay) => stay.fromOn <= day && (stay.untilOn === null || stay.untilOn > day)) ? 1 : 0;
      const district = elder.districtCode;
      const counts = counted[i].get(district) ?? {
        day,
        districtCode: district,
        disabledExtremePoverty: 0,
        disabledExtremePovertyInCare: 0,
        extremePovertyWishingCare: 0,
        extremePovertyWishingCareInCare: 0,
      };
      counted[i].set(district, counts);
      counts.disabledExtremePoverty += isDisabled;
      counts.disabledExtremePovertyInCare += isDisabled * inCare;
      counts.extremePovertyWishingCare += wishing;
      counts.extremePovertyWishingCareInCare += wishing * inCare;
    }
  }
  return counted.flatMap((byDistrict) => [...byDistrict.values()]);
}
