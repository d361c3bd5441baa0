import { BadUserInputError } from '../errors/errors';
import { todayIso } from '../time/today';

/** Field checks shared by every department's inputs; each throws `BadUserInputError` naming the field. */

export function checkText(field: string, value: string | null | undefined, maxLength: number): void {
  if (value === undefined || value === null) return;
  if (!value.trim()) throw new BadUserInputError(field, 'must not be blank');
  if (Array.from(value).length > maxLength)
    throw new BadUserInputError(field, `must be at most ${maxLength} characters`);
}

export function checkPhone(field: string, value: string | null | undefined): void {
  if (value === undefined || value === null) return;
  // Mobile numbers (1xx, 11 digits) and landlines with area code (0631 is Weihai's).
  if (!/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/.test(value))
    throw new BadUserInputError(
      field,
      'must be an 11-digit mobile number or a landline with its area code, e.g. 0631-5201234',
    );
}

export function checkIntegerRange(field: string, value: number | null | undefined, min: number, max: number): void {
  if (value === undefined || value === null) return;
  if (!Number.isInteger(value) || value < min || value > max)
    throw new BadUserInputError(field, `must be a whole number from ${min} to ${max}`);
}

/** ISO dates compare correctly as strings. */
export function checkDateOrder(
  earlierField: string,
  earlier: string,
  laterField: string,
  later: string | null | undefined,
): void {
  if (later !== undefined && later !== null && later < earlier)
    throw new BadUserInputError(laterField, `must not be before ${earlierField} (${earlier})`);
}

export function checkNotFuture(field: string, value: string | null | undefined, today = todayIso()): void {
  if (value !== undefined && value !== null && value > today)
    throw new BadUserInputError(field, `must not be in the future (today is ${today})`);
}

/**
 * The one field of `names` an input gives, for inputs that name a thing one of several ways. Given
 * means present (not null): an empty string is given, so its own check refuses it instead of the
 * input falling through to a field that is absent.
 */
export function theOneGiven<T extends object, K extends keyof T & string>(
  input: T,
  names: readonly K[],
  field: string,
  message: string,
): K {
  const given = names.filter((name) => input[name] !== undefined && input[name] !== null);
  if (given.length !== 1) throw new BadUserInputError(field, message);
  return given[0];
}
