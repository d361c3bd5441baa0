import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { Kind, type FragmentDefinitionNode } from 'graphql';
import {
  IDEMPOTENCY_KEY_HEADER,
  idempotencyKeyOf,
  requireSingleMutation,
} from '../subgraphs/shared/idempotency/idempotency-key';
import type { GatewayContext } from './start-gateway';

/**
 * Refuses a malformed key, or a key on an operation of several mutation fields, before any
 * department is called: the gateway sees the whole operation, a department only its own fields.
 */
export function idempotencyKeyChecked(): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, operation, document }) {
          const key = idempotencyKeyOf(request.http?.headers.get(IDEMPOTENCY_KEY_HEADER) ?? undefined);
          if (key === undefined || !operation) return Promise.resolve();
          const fragments = Object.fromEntries(
            document.definitions
              .filter(
                (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
              )
              .map((fragment) => [fragment.name.value, fragment]),
          );
          requireSingleMutation(operation, fragments);
          return Promise.resolve();
        },
      });
    },
  };
}

/** Passes the caller's key on to the department that performs the write, which claims and stores it. */
export function forwardIdempotencyKey(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
  if (!('incomingRequestContext' in options)) return;
  const key = options.incomingRequestContext.request.http?.headers.get(IDEMPOTENCY_KEY_HEADER);
  if (key) options.request.http?.headers.set(IDEMPOTENCY_KEY_HEADER, key);
}
