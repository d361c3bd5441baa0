import {
  type FragmentDefinitionNode,
  getArgumentValues,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
} from 'graphql';
import type { SubgraphContext } from '../context/context';
import { BadUserInputError } from '../errors/errors';

/** The representations a request asked for, counted once per request over all its `_entities` calls. */
const askedPerRequest = new WeakMap<object, number>();

/**
 * Bounds the entity representations one request may ask `_entities` for (`MAX_ENTITY_REPRESENTATIONS`):
 * a larger request is refused with BAD_USER_INPUT before any representation is resolved, so it sends
 * no SQL and logs one line, however many it named.
 */
export function boundEntityRepresentations(schema: GraphQLSchema): GraphQLSchema {
  const entities = schema.getQueryType()?.getFields()._entities;
  const resolve = entities?.resolve;
  if (!entities || !resolve) return schema;
  entities.resolve = (source, args, context: SubgraphContext<unknown>, info) => {
    const asked = representationsAsked(context, info.schema, info.operation, info.fragments, info.variableValues);
    const max = context.config.maxEntityRepresentations;
    if (asked > max)
      throw new BadUserInputError(
        'representations',
        `at most ${max.toLocaleString('en')} entity representations per request, got ${asked.toLocaleString('en')}: ask in several requests`,
      );
    return resolve(source, args, context, info);
  };
  return schema;
}

/**
 * Representations named by every `_entities` call of the request's operation, through fragments too
 * (the calls run side by side); counted once per request, for the bound and for the answer cache.
 */
export function representationsAsked(
  context: object,
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode | undefined>,
  variables: Record<string, unknown>,
): number {
  const counted = askedPerRequest.get(context);
  if (counted !== undefined) return counted;
  const field = schema.getQueryType()?.getFields()._entities;
  if (!field) return 0;
  let total = 0;
  const visit = (selections: readonly SelectionNode[]): void => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== field.name) continue;
        const { representations } = getArgumentValues(field, selection, variables);
        total += Array.isArray(representations) ? representations.length : 0;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet.selections);
      else visit(fragments[selection.name.value]?.selectionSet.selections ?? []);
    }
  };
  visit(operation.selectionSet.selections);
  askedPerRequest.set(context, total);
  return total;
}
