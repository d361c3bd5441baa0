import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { Kind, OperationTypeNode } from 'graphql';
import type { SubgraphContext } from '../context/context';
import { ForbiddenError } from '../errors/errors';
import { type FieldRules, fieldRulesOf, selectsForbiddenField } from './selection-rules';

/**
 * The header with which the gateway asks a subgraph only to check a fetch of a mutation's plan
 * against the caller's field rules, before the mutation writes: answered with no data, or FORBIDDEN.
 */
export const SELECTION_CHECK_HEADER = 'x-hub-selection-check';

/**
 * A mutation is refused with FORBIDDEN, before it writes, when it selects a field the caller may
 * not read: otherwise the write would be committed and its answer refused, and the caller could not
 * tell that it succeeded. The gateway sends every subgraph's part of a mutation's plan here with
 * {@link SELECTION_CHECK_HEADER} first, so fields other departments resolve are checked too.
 */
export function selectionChecked(): ApolloServerPlugin<SubgraphContext<unknown>> {
  let rules: FieldRules | undefined;
  return {
    requestDidStart({ request }) {
      const checkOnly = request.http?.headers.get(SELECTION_CHECK_HEADER) === 'only';
      return Promise.resolve({
        didResolveOperation({ contextValue: { caller, policy, composedByGateway }, operation, document, schema }) {
          if (!caller || !operation || (!checkOnly && operation.operation !== OperationTypeNode.MUTATION))
            return Promise.resolve();
          rules ??= fieldRulesOf(schema);
          const fragments = Object.fromEntries(
            document.definitions.flatMap((definition) =>
              definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
            ),
          );
          if (selectsForbiddenField(schema, operation, fragments, rules, caller, policy, composedByGateway))
            return Promise.reject(new ForbiddenError());
          return Promise.resolve();
        },
        responseForOperation() {
          if (!checkOnly) return Promise.resolve(null);
          return Promise.resolve({
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single' as const, singleResult: { data: null } },
          });
        },
      });
    },
  };
}
