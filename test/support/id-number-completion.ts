import { isKnownAddressCode } from '../../subgraphs/shared/identity/address-codes';
import { checkCharacter, parseResidentId } from '../../subgraphs/shared/identity/resident-id';

/** What a caller without the personal-data scope reads beside a masked ID number. */
export interface VisibleIdentity {
  /** The ID number as the caller sees it, `*` for each hidden character. */
  masked: string;
  /** ISO date, e.g. 1953-09-28. */
  birthDate: string;
  sex: 'MALE' | 'FEMALE';
}

/**
 * The attack on a masked ID number: every number that passes GB 11643 (a known address code, the
 * birth date, the check character) and shows the same masked form for the same birth date and sex.
 * `addressCodes` narrows the county to a guess (the service district's own code); by default every
 * known address code the visible characters allow is tried.
 */
export function completionsOf(visible: VisibleIdentity, addressCodes?: readonly string[]): string[] {
  const { masked, birthDate, sex } = visible;
  const fits = (value: string, from: number) =>
    Array.from(value).every((char, i) => masked[from + i] === '*' || masked[from + i] === char);
  const addresses = (addressCodes ?? knownAddressCodes()).filter((code) => isKnownAddressCode(code) && fits(code, 0));
  const born = birthDate.replace(/-/g, '');
  if (masked.length !== 18 || !fits(born, 6)) return [];
  const numbers: string[] = [];
  for (const address of addresses)
    for (let sequence = sex === 'MALE' ? 1 : 0; sequence < 1000; sequence += 2) {
      const first17 = address + born + String(sequence).padStart(3, '0');
      const number = first17 + checkCharacter(first17);
      if (fits(number, 0) && parseResidentId(number).sex === sex) numbers.push(number);
    }
  return numbers;
}

let known: string[] | undefined;

/** Every six-digit code the hub accepts on an ID number, found by trying them all (once). */
function knownAddressCodes(): string[] {
  known ??= Array.from({ length: 1_000_000 }, (_, code) => String(code).padStart(6, '0')).filter(isKnownAddressCode);
  return known;
}
