import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { CLIENT_CODES } from '../subgraphs/shared/server/errors-and-logging';
import type { GatewayContext } from './start-gateway';

interface ErrorBody {
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/**
 * A department subgraph as the gateway calls it. A subgraph answers some refusals with an HTTP
 * error status (a variable its scalar rejects is a 400 `BAD_USER_INPUT`); the stock data source
 * would turn that into an anonymous internal error, so the subgraph's own refusal is passed on.
 */
export class DepartmentDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override async errorFromResponse(
    response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0],
  ): Promise<GraphQLError> {
    const generic = await super.errorFromResponse(response);
    const body = (generic.extensions.response as { body?: ErrorBody } | undefined)?.body;
    const refusal = body?.errors?.find((error) => CLIENT_CODES.has(String(error.extensions?.code)));
    if (!refusal) return generic;
    const { code, field } = refusal.extensions ?? {};
    return new GraphQLError(refusal.message, { extensions: { code, ...(field ? { field } : {}) } });
  }
}
