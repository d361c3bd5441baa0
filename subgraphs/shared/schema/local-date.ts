import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';

/**
 * Marker type for calendar dates (`YYYY-MM-DD`, no time zone), mapped to graphql-scalars' `LocalDate`.
 * Use `@Field(() => LocalDate)`; the value is an ISO date string, as both databases return it.
 */
export abstract class LocalDate {}

/** How many distinct valid dates are remembered: a 24-month series names a few hundred. */
const REMEMBERED_DATES = 4096;

/**
 * Dates graphql-scalars' check passed lately. An indicator series sends and returns the same few
 * dozen dates thousands of times (every area-day's key, at each department), and the check builds
 * a Date and its ISO string each time: a date seen valid is valid again. Emptied when full.
 */
const validDates = new Set<string>();

/** The check for a value not seen valid lately (it throws the scalar's error for an invalid one), remembering it if valid. */
function checked<T>(value: unknown, check: () => T): T | string {
  if (typeof value === 'string' && validDates.has(value)) return value;
  const result = check();
  if (typeof value === 'string') {
    if (validDates.size >= REMEMBERED_DATES) validDates.clear();
    validDates.add(value);
  }
  return result;
}

/** graphql-scalars' `LocalDate` (the same name, description and errors), its check remembered for recent dates. */
export const LocalDateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  serialize: (value) => checked(value, () => LocalDateResolver.serialize(value)),
  parseValue: (value) => checked(value, () => LocalDateResolver.parseValue(value)),
  parseLiteral: (ast: ValueNode, variables) =>
    checked(ast.kind === Kind.STRING ? ast.value : undefined, () => LocalDateResolver.parseLiteral(ast, variables)),
});
