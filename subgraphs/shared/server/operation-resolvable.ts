import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, Kind, OperationTypeNode } from 'graphql';
import { BadRequestError } from '../errors/errors';

/**
 * Refuses, before anything runs, a request whose document names no operation to run (an unknown
 * `operationName`, several operations and no name) or asks for a subscription, which the hub does
 * not serve: a client's mistake (HTTP 400), where the gateway's planner would otherwise fail with 500.
 * Installed first at the gateway and at every subgraph.
 */
export function operationResolvable<C extends object>(): ApolloServerPlugin<C> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, operation, request }) {
          if (!operation) return Promise.reject(new BadRequestError(whyNoOperation(document, request.operationName)));
          if (operation.operation === OperationTypeNode.SUBSCRIPTION)
            return Promise.reject(new BadRequestError('subscriptions are not served: send a query or a mutation'));
          return Promise.resolve();
        },
      });
    },
  };
}

function whyNoOperation(document: DocumentNode, operationName: string | undefined): string {
  const names = document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION ? [definition.name?.value ?? '(anonymous)'] : [],
  );
  if (operationName)
    return `operationName "${operationName}" is not an operation of the document (it has ${names.join(', ') || 'none'})`;
  return `the document has ${names.length} operations: name the one to run in operationName`;
}
