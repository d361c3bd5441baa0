import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { gatewaySignatureHeaders } from '../subgraphs/shared/auth/gateway-signature';
import { CLIENT_CODES } from '../subgraphs/shared/server/errors-and-logging';
import type { GatewayContext } from './start-gateway';

interface ErrorBody {
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

type DataSourceOptions = NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0]>;
type Fetcher = RemoteGraphQLDataSource['fetcher'];

/**
 * A department subgraph as the gateway calls it. Every request is signed with the gateway's key
 * (auth/gateway-signature.ts), so the subgraph knows the gateway is composing for the caller.
 * A subgraph answers some refusals with an HTTP error status (a variable its scalar rejects is a
 * 400 `BAD_USER_INPUT`); the stock data source would turn that into an anonymous internal error, so
 * the subgraph's own refusal is passed on.
 */
export class DepartmentDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor({ signingKey, fetcher, ...options }: DataSourceOptions & { signingKey: string; fetcher: Fetcher }) {
    super({ ...options, fetcher: signedFetcher(fetcher, signingKey) });
  }

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

/**
 * Signs each request where its body is final: the data source serialises the request after every
 * hook has run, so the fetcher is the first place that sees the bytes the subgraph will receive.
 */
function signedFetcher(fetcher: Fetcher, signingKey: string): Fetcher {
  return (url, init = {}) => {
    const headers = init.headers ?? {};
    const body = typeof init.body === 'string' ? init.body : (init.body?.toString('utf8') ?? '');
    const signature = gatewaySignatureHeaders(signingKey, { body, authorization: headers.authorization });
    return fetcher(url, { ...init, headers: { ...headers, ...signature } });
  };
}
