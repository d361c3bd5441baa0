import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { type DocumentNode, GraphQLError, Kind, parse } from 'graphql';
import { currentRequestSignal } from '../subgraphs/shared/db/abandoned-requests';
import { gatewaySignatureHeaders } from '../subgraphs/shared/auth/gateway-signature';
import type { Department } from '../subgraphs/shared/departments';
import { CLIENT_CODES } from '../subgraphs/shared/server/errors-and-logging';
import { withTraceHeaders } from '../subgraphs/shared/tracing/trace-context';
import { classifyDepartmentFailure, departmentFailureError, logDepartmentFailure } from './department-failure';
import type { DepartmentFetchMetrics } from './department-fetch-metrics';
import { departmentAgent, type DepartmentRequest, postToDepartment } from './department-http';
import type { DepartmentPolicy } from './department-policy';
import type { GatewayContext } from './start-gateway';

interface ErrorBody {
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

type DataSourceOptions = NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0]>;
type Fetcher = RemoteGraphQLDataSource['fetcher'];
type ProcessResult = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/**
 * A department subgraph as the gateway calls it. Every request is signed with the gateway's key
 * (auth/gateway-signature.ts), so the subgraph knows the gateway is composing for the caller.
 * A subgraph answers some refusals with an HTTP error status (a variable its scalar rejects is a
 * 400 `BAD_USER_INPUT`); the stock data source would turn that into an anonymous internal error, so
 * the subgraph's own refusal is passed on. Every call goes through the department's policy
 * (department-policy.ts); a department that is down, slow or overloaded costs its own fields only,
 * with one error naming it (department-failure.ts).
 */
export class DepartmentDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly department: Department;
  private readonly metrics: DepartmentFetchMetrics;

  constructor({
    signingKey,
    policy,
    metrics,
    ...options
  }: DataSourceOptions & { signingKey: string; policy: DepartmentPolicy; metrics: DepartmentFetchMetrics }) {
    // As many sockets as the policy lets calls run at once.
    const agent = departmentAgent(policy.maxConcurrent);
    const fetcher = ((input: string, init: DepartmentRequest) =>
      // A client that hangs up ends the calls made for it too, so the department drops that work.
      policy.call(
        (signal) => postToDepartment(agent, input, init, signal),
        currentRequestSignal(),
      )) as unknown as Fetcher;
    super({ ...options, fetcher: tracedFetcher(signedFetcher(fetcher, signingKey)) });
    this.department = policy.department;
    this.metrics = metrics;
  }

  /** A call the department did not answer becomes that department's error, which the gateway places at the fetch's path. */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<ProcessResult> {
    const done = this.metrics.start(this.department);
    try {
      const result = await super.process(options);
      done();
      return result;
    } catch (error) {
      const code = classifyDepartmentFailure(error);
      done(code ?? 'error');
      // Schema loading and health checks have no answer to be partial.
      if (!code || !('incomingRequestContext' in options)) throw error;
      logDepartmentFailure(options.context.log, { department: this.department, url: String(this.url), code, error });
      return {
        errors: [
          departmentFailureError(this.department, code, {
            entityFetch: 'representations' in (options.request.variables ?? {}),
            // The gateway hands over the fetch's parsed document only when configured to; its text always.
            firstRootField: firstRootField(options.document ?? parse(options.request.query ?? '{__typename}')),
          }),
        ],
      };
    }
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

/**
 * Names the active span (the gateway's fetch for this department) in the request's `traceparent`,
 * so the department's spans join the caller's trace. Here, before the department's policy may queue
 * the call, while the fetch's span is still the active one.
 */
function tracedFetcher(fetcher: Fetcher): Fetcher {
  return (url, init = {}) => fetcher(url, { ...init, headers: withTraceHeaders(init.headers ?? {}) });
}

/** The response name of a fetch's first root field: where a failed root fetch's error points. */
function firstRootField(document: DocumentNode | undefined): string | undefined {
  const operation = document?.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const field = operation?.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD);
  return field?.kind === Kind.FIELD ? (field.alias ?? field.name).value : undefined;
}
