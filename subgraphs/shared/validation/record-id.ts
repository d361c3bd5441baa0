import {
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  isInputObjectType,
} from 'graphql';
import { BadUserInputError } from '../errors/errors';

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

/** Where a record number sits in an argument: its field name as clients see it, and the path to its value. */
interface RecordIdPath {
  field: string;
  path: string[];
}

const pathsOfField = new WeakMap<GraphQLField<unknown, unknown>, RecordIdPath[]>();

/** Checks every record number among a field's arguments, however deep in its inputs. */
export function checkRecordIds(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): void {
  let paths = pathsOfField.get(field);
  if (!paths) pathsOfField.set(field, (paths = field.args.flatMap(recordIdPathsOf)));
  for (const { field: name, path } of paths) checkAt(name, args, path);
}

function checkAt(field: string, value: unknown, path: string[]): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) return value.forEach((item) => checkAt(field, item, path));
  if (!path.length) return checkRecordId(field, value);
  checkAt(field, (value as Record<string, unknown>)[path[0]], path.slice(1));
}

/** An `input` argument's fields are named bare (`allocationId`), any other's under it (`filter.allocationId`), as the inputs' own checks name them. */
function recordIdPathsOf(arg: GraphQLArgument): RecordIdPath[] {
  const prefix = arg.name === 'input' ? '' : `${arg.name}.`;
  return pathsIn(arg.name, arg.type, new Set()).map((path) => ({
    field: path.length === 1 ? arg.name : prefix + path.slice(1).join('.'),
    path,
  }));
}

function pathsIn(name: string, type: GraphQLInputType, seen: Set<string>): string[][] {
  const named = getNamedType(type);
  if (named.name === 'ID') return RECORD_ID_NAME.test(name) ? [[name]] : [];
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  const inner = new Set(seen).add(named.name);
  return Object.values(named.getFields()).flatMap((field) =>
    pathsIn(field.name, field.type, inner).map((path) => [name, ...path]),
  );
}
