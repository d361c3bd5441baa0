import type { GraphQLField } from 'graphql';
import { BadUserInputError } from '../errors/errors';
import { argumentPathsFinder, valuesAt } from '../schema/argument-paths';

/**
 * Record numbers travel as `ID`s named `id` or `…Id` (`bedId`, `allocationId`; lists `…Ids`); the other IDs are
 * codes and person keys (`…Code`, `…Key`), checked by their own parsers. Every record number is
 * checked here, for every department, so none reaches SQL as `NaN`.
 */
const RECORD_ID_NAME = /^(ids?|\w+Ids?)$/;
const RECORD_NUMBER = /^[1-9]\d{0,9}$/;

/** Refuses a value that cannot be a record number (a positive whole number), naming the field. */
export function checkRecordId(field: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) return value.forEach((item) => checkRecordId(field, item));
  // ID values arrive as strings (GraphQL coerces an integer literal to one); anything else is no record number.
  if (typeof value !== 'string' && typeof value !== 'number') throw recordIdError(field);
  if (!RECORD_NUMBER.test(String(value))) throw recordIdError(field);
}

function recordIdError(field: string): BadUserInputError {
  return new BadUserInputError(field, 'must be a record number (a positive whole number, e.g. 42)');
}

const recordIdPaths = argumentPathsFinder((name, type) => type.name === 'ID' && RECORD_ID_NAME.test(name));

/** Checks every record number among a field's arguments, however deep in its inputs. */
export function checkRecordIds(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): void {
  for (const { field: name, path } of recordIdPaths(field))
    for (const value of valuesAt(args, path)) checkRecordId(name, value);
}
