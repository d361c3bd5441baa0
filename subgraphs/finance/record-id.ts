import { BadUserInputError } from '../shared/errors/errors';

/** Refuses an ID argument that cannot be one of finance's record numbers, before it reaches SQL. */
export function checkRecordId(field: string, value: number | string): void {
  if (!/^[1-9]\d{0,9}$/.test(String(value)))
    throw new BadUserInputError(field, 'must be a record number (a positive whole number)');
}
