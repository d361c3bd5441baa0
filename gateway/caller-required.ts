import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, OperationTypeNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { UnauthenticatedError } from '../subgraphs/shared/errors/errors';
import type { GatewayContext } from './start-gateway';

/**
 * Every operation needs a verified caller, except a bare `{ __typename }` (health checks) and, where
 * introspection is on, schema introspection, so the offline explorer can show the documented graph.
 */
export function callerRequired(introspection: boolean): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ contextValue, operation }) {
          if (contextValue.caller || (operation && isAnonymousAllowed(operation, introspection)))
            return Promise.resolve();
          return Promise.reject(new UnauthenticatedError());
        },
      });
    },
  };
}

function isAnonymousAllowed(operation: OperationDefinitionNode, introspection: boolean): boolean {
  return operation.operation === OperationTypeNode.QUERY && onlyMetaFields(operation.selectionSet, introspection);
}

function onlyMetaFields(selectionSet: SelectionSetNode, introspection: boolean): boolean {
  return selectionSet.selections.every((selection) => {
    if (selection.kind !== Kind.FIELD)
      return selection.kind === Kind.INLINE_FRAGMENT && onlyMetaFields(selection.selectionSet, introspection);
    return (
      selection.name.value === '__typename' ||
      (introspection && (selection.name.value === '__schema' || selection.name.value === '__type'))
    );
  });
}
