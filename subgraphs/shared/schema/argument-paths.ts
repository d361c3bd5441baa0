import { getNamedType, type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLNamedType } from 'graphql';
import { isInputObjectType } from 'graphql';

/** Where a value sits in a field's arguments: its name as clients see it, and the path to it. */
export interface ArgumentPath {
  field: string;
  path: string[];
}

/**
 * Finds, once per field, every argument or input field (however deep in its inputs) that `matches`
 * picks by name and type. An `input` argument's fields are named bare (`allocationId`), any other's
 * under it (`filter.allocationId`), as the inputs' own checks name them.
 */
export function argumentPathsFinder(
  matches: (name: string, type: GraphQLNamedType) => boolean,
): (field: GraphQLField<unknown, unknown>) => readonly ArgumentPath[] {
  const pathsOfField = new WeakMap<GraphQLField<unknown, unknown>, ArgumentPath[]>();
  const pathsIn = (name: string, type: GraphQLInputType, seen: Set<string>): string[][] => {
    const named = getNamedType(type);
    if (matches(name, named)) return [[name]];
    if (!isInputObjectType(named) || seen.has(named.name)) return [];
    const inner = new Set(seen).add(named.name);
    return Object.values(named.getFields()).flatMap((field) =>
      pathsIn(field.name, field.type, inner).map((path) => [name, ...path]),
    );
  };
  const pathsOfArgument = (arg: GraphQLArgument): ArgumentPath[] => {
    const prefix = arg.name === 'input' ? '' : `${arg.name}.`;
    return pathsIn(arg.name, arg.type, new Set()).map((path) => ({
      field: path.length === 1 ? arg.name : prefix + path.slice(1).join('.'),
      path,
    }));
  };
  return (field) => {
    let paths = pathsOfField.get(field);
    if (!paths) pathsOfField.set(field, (paths = field.args.flatMap(pathsOfArgument)));
    return paths;
  };
}

/** The values given at a path of a field's arguments, lists flattened at every level; absent ones left out. */
export function valuesAt(value: unknown, path: readonly string[]): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, path));
  if (!path.length) return [value];
  return valuesAt((value as Record<string, unknown>)[path[0]], path.slice(1));
}
