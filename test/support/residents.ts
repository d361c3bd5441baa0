import { checkCharacter } from '../../subgraphs/shared/identity/resident-id';

/** A valid resident ID number for tests: `idNumber('371002', '1950-03-07', 12)` (odd sequence = male). */
export function idNumber(addressCode: string, birthDate: string, sequence: number): string {
  const first17 = addressCode + birthDate.replace(/-/g, '') + String(sequence).padStart(3, '0');
  return first17 + checkCharacter(first17);
}
