import { BadUserInputError } from '../errors/errors';
import { todayIso } from '../time/today';
import { isKnownAddressCode } from './address-codes';

/** A resident ID number (居民身份证号码, GB 11643) that has passed every check, with what it encodes. */
export interface ResidentId {
  /** The 18-character number, check character upper-case. */
  number: string;
  addressCode: string;
  /** ISO date, e.g. 1948-03-07. */
  birthDate: string;
  sex: 'MALE' | 'FEMALE';
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
const EARLIEST_BIRTH_YEAR = 1890;

/** The ISO 7064 MOD 11-2 check character over the first 17 digits. */
export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

/**
 * Validates a resident ID number as a clerk typed it and returns its normalised form.
 * 15-digit numbers (issued before 1999, births in the 1900s) are converted to 18 digits.
 * Every refusal names the field and says what to correct.
 */
export function parseResidentId(input: string, field = 'idNumber', today = todayIso()): ResidentId {
  const raw = input.replace(/\s+/g, '').toUpperCase();
  let number: string;
  if (/^\d{15}$/.test(raw)) {
    const first17 = raw.slice(0, 6) + '19' + raw.slice(6);
    number = first17 + checkCharacter(first17);
  } else if (/^\d{17}[\dX]$/.test(raw)) {
    number = raw;
  } else if (raw.length === 18 || raw.length === 15) {
    throw new BadUserInputError(field, 'an ID number has only digits, and the 18th character may be X');
  } else {
    throw new BadUserInputError(
      field,
      `an ID number has 18 characters (or 15 digits for a number issued before 1999); this one has ${raw.length}`,
    );
  }

  const addressCode = number.slice(0, 6);
  if (!isKnownAddressCode(addressCode)) {
    throw new BadUserInputError(field, `address code ${addressCode} (the first six digits) is not a known county code`);
  }

  const birthDate = `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`;
  if (!isRealDate(birthDate)) {
    throw new BadUserInputError(field, `birth date ${birthDate} (digits 7–14) is not a real date`);
  }
  if (Number(number.slice(6, 10)) < EARLIEST_BIRTH_YEAR || birthDate > today) {
    throw new BadUserInputError(field, `birth date ${birthDate} (digits 7–14) is not plausible`);
  }

  const expected = checkCharacter(number.slice(0, 17));
  if (number[17] !== expected) {
    throw new BadUserInputError(
      field,
      `the check character (last) should be ${expected}, not ${number[17]}: a digit was probably mistyped`,
    );
  }

  const sex = Number(number[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
  return { number, addressCode, birthDate, sex };
}

function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}
