import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { logUnauthenticated } from '../auth/authenticate-request';
import type { SubgraphContext } from '../context/context';
import { RequestAbandonedError } from '../db/abandoned-requests';
import { ErrorCode } from '../errors/errors';

/** Codes whose messages were written for the client; anything else is an internal fault. */
export const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'CURSOR_EXPIRED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  // The gateway's word that a department did not answer (gateway/department-failure.ts): it names the
  // department and nothing of the cause, which goes to the gateway's log.
  'DEPARTMENT_UNAVAILABLE',
  'DEPARTMENT_TIMEOUT',
  'DEPARTMENT_OVERLOADED',
]);

/** Shows clients the errors meant for them and hides the rest (they are logged in full by `requestLogging`). */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) return formatted;
  const original = unwrapResolverError(error);
  if (
    original instanceof GraphQLError &&
    typeof original.extensions?.code === 'string' &&
    CLIENT_CODES.has(original.extensions.code)
  ) {
    return formatted;
  }
  return {
    message: 'Internal server error: the request id in the logs has the details',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Logs each operation once, with its duration, and every error in full, under the request id. */
export function requestLogging<
  C extends Pick<SubgraphContext<unknown>, 'requestId' | 'caller' | 'log'>,
>(): ApolloServerPlugin<C> {
  return {
    requestDidStart({ contextValue }) {
      const started = Date.now();
      return Promise.resolve({
        didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            const original = unwrapResolverError(error);
            if (code === ErrorCode.Unauthenticated) logUnauthenticated(contextValue.log, error.message);
            // The client left; stopping its work is the intended outcome, not a fault.
            else if (original instanceof RequestAbandonedError) contextValue.log.info('abandoned request stopped');
            else if (typeof code === 'string' && CLIENT_CODES.has(code))
              contextValue.log.info('refused', { code, error: error.message });
            else contextValue.log.error('request failed', { error: original });
          }
          return Promise.resolve();
        },
        willSendResponse({ operationName, response }) {
          // The request id lets a clerk's report of a masked error be matched with the full log entry.
          if (response.body.kind === 'single') {
            for (const error of response.body.singleResult.errors ?? [])
              Object.assign(error, { extensions: { ...error.extensions, requestId: contextValue.requestId } });
          }
          response.http.headers.set('x-request-id', contextValue.requestId);
          contextValue.log.info('request', {
            operation: operationName ?? undefined,
            caller: contextValue.caller?.id,
            ms: Date.now() - started,
          });
          return Promise.resolve();
        },
      });
    },
  };
}
