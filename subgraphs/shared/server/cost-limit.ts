import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { getVariableValues, GraphQLError, Kind, type OperationDefinitionNode, type TypeNode } from 'graphql';
import { type CostPath, queryCost } from './query-cost';
import { QUERY_LIMITS } from './query-limits';

/**
 * Refuses, before anything runs, a request whose cost (query-cost.ts: list sizes multiplied through)
 * is above `QUERY_LIMITS.cost`, saying what it costs and where most of that comes from. A plugin
 * rather than a validation rule: a page size often comes in a variable, which validation never sees.
 * Installed at the gateway and at every subgraph, after `operationResolvable`.
 */
export function costLimit<C extends object>(maxCost: number = QUERY_LIMITS.cost): ApolloServerPlugin<C> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return Promise.resolve();
          const variables = withoutRepresentations(operation, request.variables ?? {});
          // Variables that do not fit their types are refused by execution, with BAD_USER_INPUT naming them.
          if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors)
            return Promise.resolve();
          let measured;
          try {
            measured = queryCost(schema, document, variables, operation.name?.value);
          } catch (error) {
            // Fragments that expand past the nodes graphql-query-complexity will evaluate.
            return Promise.reject(tooCostly(error instanceof Error ? error.message : String(error)));
          }
          if (measured.cost <= maxCost) return Promise.resolve();
          return Promise.reject(tooCostly(costMessage(measured.cost, maxCost, measured.heaviest)));
        },
      });
    },
  };
}

/** What the client is told: the cost, the limit, and the lists that make most of it, so it knows what to shrink. */
function costMessage(cost: number, maxCost: number, heaviest: CostPath[]): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const where = heaviest.length
    ? `; most of it is ${heaviest.map((p) => p.field).join(' × ')} (${heaviest.map((p) => n(p.rows)).join(' × ')} rows)`
    : '';
  return (
    `query cost ${n(cost)} is above the limit of ${n(maxCost)}${where}: ` +
    'each list counts its selection once per row it may return (a page its limit), so ask for smaller pages, fewer nested lists or fewer aliases'
  );
}

/**
 * The variables with `_entities` representations left empty: they never change the cost (each entity's
 * selection counts once), and coercing the gateway's tens of thousands of them once more here would
 * double the work of its largest fetches.
 */
function withoutRepresentations(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const representations = (operation.variableDefinitions ?? []).filter(
    (definition) => namedTypeOf(definition.type) === '_Any',
  );
  if (!representations.length) return variables;
  return { ...variables, ...Object.fromEntries(representations.map((d) => [d.variable.name.value, []])) };
}

function namedTypeOf(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);
}

function tooCostly(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, http: { status: 400 } },
  });
}
