import { createHmac } from 'node:crypto';
import { BadUserInputError } from '../errors/errors';
import { parseResidentId } from './resident-id';

/**
 * The pseudonymous key that joins departments (see architecture.md, "Identity of persons").
 * A keyed hash, so a party without the secret cannot recompute it from a list of ID numbers.
 */
export function personKeyOf(normalisedIdNumber: string, secret: string): string {
  return createHmac('sha256', secret).update(normalisedIdNumber).digest('hex').slice(0, 32);
}

/** Validates an ID number and derives its person key in one step. */
export function personKeyFromIdNumber(input: string, secret: string, field = 'idNumber'): string {
  return personKeyOf(parseResidentId(input, field).number, secret);
}

const PERSON_KEY = /^[0-9a-f]{32}$/;

/** Refuses a string that cannot be a person key before it reaches a query. */
export function assertPersonKey(value: string, field = 'personKey'): string {
  if (!PERSON_KEY.test(value))
    throw new BadUserInputError(field, 'a person key is 32 lower-case hexadecimal characters');
  return value;
}
