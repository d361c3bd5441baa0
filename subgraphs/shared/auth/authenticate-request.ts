import type { ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import { ErrorCode, UnauthenticatedError } from '../errors/errors';
import type { Logger } from '../logging/logger';

/** Where one request's refusal is reported: its id, its logger, and the HTTP response that carries the id back. */
export interface RequestTrace {
  requestId: string;
  log: Logger;
  response: Pick<ServerResponse, 'setHeader'>;
}

/**
 * Who sent one request, at the gateway or a subgraph: the caller its token names (and, at a
 * subgraph, whether the gateway signed it). A bad token or signature is refused before any
 * operation runs (and before Apollo's plugins see the request), so it is logged here and answered
 * with the request id that log line carries, in the body and in `x-request-id`.
 */
export async function authenticateRequest<Identity>(
  authenticate: () => Promise<Identity>,
  { requestId, log, response }: RequestTrace,
): Promise<Identity> {
  try {
    return await authenticate();
  } catch (error) {
    if (!(error instanceof UnauthenticatedError)) throw error;
    logUnauthenticated(log, error.message);
    response.setHeader('x-request-id', requestId);
    throw new GraphQLError(error.message, {
      extensions: { code: ErrorCode.Unauthenticated, requestId, http: { status: 401 } },
    });
  }
}

/** One line per request refused for a missing or bad token: who is unknown, why, under the request id — never the token. */
export function logUnauthenticated(log: Logger, reason: string): void {
  log.warn('refused', { caller: 'unknown', code: ErrorCode.Unauthenticated, reason });
}
