import { creditCodeCheckCharacter } from '../../../subgraphs/shared/identity/credit-code';
import { checkCharacter } from '../../../subgraphs/shared/identity/resident-id';
import type { TestHub } from '../test-hub';

/** A valid resident ID number for tests: `idNumber('371002', '1950-03-07', 12)` (odd sequence = male). */
export function idNumber(addressCode: string, birthDate: string, sequence: number): string {
  const first17 = addressCode + birthDate.replace(/-/g, '') + String(sequence).padStart(3, '0');
  return first17 + checkCharacter(first17);
}

/**
 * An ID number no other test on this hub has used, for a person born on that day with that address
 * code; `sex` picks the sequence's parity (GB 11643: odd male, even female).
 */
export function uniqueIdNumber(
  hub: TestHub,
  {
    addressCode = '371002',
    birthDate = '1948-05-06',
    sex,
  }: { addressCode?: string; birthDate?: string; sex?: 'MALE' | 'FEMALE' } = {},
): string {
  // One counter per address and day whatever the sex, so numbers asked with and without a sex never
  // meet; a sex skips the sequences of the other parity.
  const scope = `id/${addressCode}/${birthDate}`;
  let sequence = hub.unique(scope);
  while (sex && sequence % 2 !== (sex === 'MALE' ? 1 : 0)) sequence = hub.unique(scope);
  if (sequence > 999)
    throw new Error(`no more test ID numbers for ${addressCode} born ${birthDate}: vary the birth date`);
  return idNumber(addressCode, birthDate, sequence);
}

/** A valid unified social credit code (GB 32100) from its first 17 characters. */
export const creditCode = (first17: string): string => first17 + creditCodeCheckCharacter(first17);

/**
 * A credit code no other test on this hub has used, registered in that county (`kind` picks the
 * registering authority and category: 12 public institution, 52 private non-enterprise, 91 company).
 */
export function uniqueCreditCode(
  hub: TestHub,
  { areaCode = '371002', kind = '12' }: { areaCode?: string; kind?: '12' | '52' | '91' } = {},
): string {
  const serial = String(hub.unique('credit-code')).padStart(7, '0');
  return creditCode(`${kind}${areaCode.slice(0, 6)}MB${serial}`);
}
