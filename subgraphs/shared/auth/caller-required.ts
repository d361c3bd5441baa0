import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, OperationTypeNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { UnauthenticatedError } from '../errors/errors';
import type { Caller } from './caller';

/** What a caller may ask without a token besides a bare `{ __typename }` (health checks). */
export interface AnonymousAllowance {
  /**
   * Where introspection is on (embedded mode), schema introspection and `_service { sdl }`, so the
   * offline explorer and composition tooling can read the documented graph. Off (production): both
   * need a verified caller like any other field.
   */
  introspection: boolean;
}

/**
 * Every operation needs a verified caller, at the gateway and at every subgraph port, except a bare
 * `{ __typename }` and, where introspection is on, introspection. Checked before anything resolves,
 * so a subgraph's `_entities` cannot tell a caller without a token whether a person is registered.
 */
export function callerRequired(allowance: AnonymousAllowance): ApolloServerPlugin<{ caller: Caller | null }> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ contextValue, operation }) {
          if (contextValue.caller || (operation && isAnonymousAllowed(operation, allowance))) return Promise.resolve();
          return Promise.reject(new UnauthenticatedError());
        },
      });
    },
  };
}

const SCHEMA_FIELDS = new Set(['__schema', '__type', '_service']);

function isAnonymousAllowed(operation: OperationDefinitionNode, allowance: AnonymousAllowance): boolean {
  return operation.operation === OperationTypeNode.QUERY && onlyMetaFields(operation.selectionSet, allowance);
}

function onlyMetaFields(selectionSet: SelectionSetNode, allowance: AnonymousAllowance): boolean {
  return selectionSet.selections.every((selection) => {
    if (selection.kind !== Kind.FIELD)
      return selection.kind === Kind.INLINE_FRAGMENT && onlyMetaFields(selection.selectionSet, allowance);
    return (
      selection.name.value === '__typename' || (allowance.introspection && SCHEMA_FIELDS.has(selection.name.value))
    );
  });
}
