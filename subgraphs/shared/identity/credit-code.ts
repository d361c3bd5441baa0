import { BadUserInputError } from '../errors/errors';

/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): the stable public identifier of
 * every registered organisation, so institutions keep one key across departments.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  return CHARSET[(31 - (sum % 31)) % 31];
}

/** Validates a credit code as typed and returns it upper-case. */
export function parseCreditCode(input: string, field = 'code'): string {
  const code = input.replace(/\s+/g, '').toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) {
    throw new BadUserInputError(
      field,
      'a unified social credit code has 18 characters: digits and capital letters except I, O, Z, S, V, with digits 3–8 the registering area code',
    );
  }
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected)
    throw new BadUserInputError(
      field,
      `the check character (last) should be ${expected}, not ${code[17]}: a character was probably mistyped`,
    );
  return code;
}
