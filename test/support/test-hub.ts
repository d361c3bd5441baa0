import { readGatewayConfig } from '../../gateway/gateway-config';
import type { HubOptions } from '../../scripts/start-hub';
import {
  type CallerClaims,
  DEVELOPMENT_CALLERS,
  mintDevelopmentToken,
} from '../../subgraphs/shared/auth/development-callers';
import type { Department } from '../../subgraphs/shared/departments';
import type { RunningSubgraph } from '../../subgraphs/shared/server/start-subgraph';
import type { TypedDocumentString } from './graphql/graphql';
import { type DatabaseTarget, type HubHandle, launchHub } from './hub-launch';
import type { HubPool, SharedHubKind } from './hub-pool';

export { DATABASE_TARGETS, type DatabaseTarget } from './hub-launch';
export type { SharedHubKind } from './hub-pool';

/** A GraphQL error as the hub sends it. */
export interface GraphQLErrorResult {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: GraphQLErrorResult[];
}

/** A development caller by name (`civil-affairs-system`, `health-system`, `analyst`, `auditor`, …), or null for no token. */
export type As = keyof typeof DEVELOPMENT_CALLERS | null;

/** An operation: a document typed by the code generator (`graphql(...)` from ./graphql), or a plain string whose result the test types itself. */
export type Operation<R, V> = TypedDocumentString<R, V> | string;

export interface TestHub {
  gatewayUrl: string;
  /**
   * Sends an operation through the gateway as a caller; civil affairs' own system unless told
   * otherwise. A generated document types the variables and the result.
   */
  query<R = unknown, V = Record<string, unknown>>(
    operation: Operation<R, V>,
    variables?: V,
    as?: As,
  ): Promise<GraphQLResult<R>>;
  /** Sends an operation straight to one subgraph, bypassing the gateway. */
  querySubgraph<R = unknown>(
    department: Department,
    query: string,
    variables?: Record<string, unknown>,
    as?: As,
  ): Promise<GraphQLResult<R>>;
  /** Sends an operation through the gateway with exactly these headers (for tests of tokens themselves). */
  queryWithHeaders<R = unknown>(
    headers: Record<string, string>,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<R>>;
  /** The URL of one department's subgraph. */
  subgraphUrl(department: Department): string;
  /** SQL statements a department's subgraph has sent since it started. */
  statements(department: Department): number;
  /** 1, 2, 3, … per scope and hub: numbers no other test using this hub has been given, the builders' source of unique keys. */
  unique(scope?: string): number;
  /** A development token for a caller. */
  tokenFor(as: keyof typeof DEVELOPMENT_CALLERS): Promise<string>;
  /** A token with exactly these claims, signed with the hub's development secret. */
  mint(claims: CallerClaims, ttlSeconds?: number): Promise<string>;
}

/** A hub this test file started for itself, with its running subgraphs for the few tests that reach into a database. */
export interface OwnTestHub extends TestHub {
  subgraphs: Record<string, RunningSubgraph>;
  /** Drains the gateway alone (as its SIGTERM does), leaving the subgraphs running. */
  stopGateway(): Promise<void>;
  stop(): Promise<void>;
}

function clientFor(hub: HubHandle): TestHub {
  const auth = readGatewayConfig(hub.env).auth;
  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (as: keyof typeof DEVELOPMENT_CALLERS) => {
    let token = tokens.get(as);
    if (!token) tokens.set(as, (token = mintDevelopmentToken(auth, DEVELOPMENT_CALLERS[as])));
    return token;
  };
  const post = async <R>(
    url: string,
    headers: Record<string, string>,
    query: string,
    variables?: unknown,
  ): Promise<GraphQLResult<R>> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResult<R>;
  };
  const postAs = async <R>(url: string, as: As, query: string, variables?: unknown) =>
    post<R>(url, as ? { authorization: `Bearer ${await tokenFor(as)}` } : {}, query, variables);
  return {
    gatewayUrl: hub.gatewayUrl,
    query: (operation, variables, as = 'civil-affairs-system') =>
      postAs(hub.gatewayUrl, as, operation.toString(), variables),
    querySubgraph: (department, query, variables, as = 'civil-affairs-system') =>
      postAs(hub.subgraphUrls[department], as, query, variables),
    queryWithHeaders: (headers, query, variables) => post(hub.gatewayUrl, headers, query, variables),
    subgraphUrl: (department) => hub.subgraphUrls[department],
    statements: (department) => hub.statements(department),
    unique: (scope) => hub.unique(scope),
    tokenFor,
    mint: (claims, ttlSeconds) => mintDevelopmentToken(auth, claims, ttlSeconds),
  };
}

/**
 * The worker's shared hub of this kind (started on first use, see {@link HubPool}). Use it unless
 * the test changes what other files read or asserts totals over a whole area or table.
 */
export async function sharedHub(target: DatabaseTarget, kind: SharedHubKind): Promise<TestHub> {
  const pool = (globalThis as { __hubPool?: HubPool }).__hubPool;
  if (!pool)
    throw new Error('shared hubs need the integration project’s test environment (test/support/hub-environment.ts)');
  return clientFor(await pool.acquire(target, kind));
}

/**
 * A hub of this test file's own, on fresh databases, with extra environment if asked, and the gateway
 * routed to a department through `routeSubgraph` (a fault proxy) if given; stop it in `afterAll`.
 */
export async function startTestHub(
  target: DatabaseTarget,
  {
    seedElders = 0,
    env,
    subgraphPlugins,
    routeSubgraph,
  }: { seedElders?: number; env?: NodeJS.ProcessEnv } & Pick<HubOptions, 'subgraphPlugins' | 'routeSubgraph'> = {},
): Promise<OwnTestHub> {
  const launched = await launchHub(target, { name: 'own', seedElders, env, subgraphPlugins, routeSubgraph });
  const client = clientFor(launched.handle);
  return {
    ...client,
    subgraphs: launched.hub.subgraphs,
    stopGateway: () => launched.hub.gateway.stop(),
    stop: () => launched.stop(),
  };
}

/**
 * Timeout of a hook that starts a hub (or waits for the worker's shared one): composing the graph,
 * five databases migrated and, for seeded hubs, thousands of elders written — on a loaded machine.
 */
export const HUB_START_TIMEOUT_MS = 180_000;

/** A POST as a caller, answered with its HTTP status too (the hub's clients read only the body). */
export async function postWithStatus(
  url: string,
  token: string,
  body: { query: string; operationName?: string; variables?: Record<string, unknown> },
): Promise<{ status: number; result: GraphQLResult<unknown> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, result: (await response.json()) as GraphQLResult<unknown> };
}

/** The error codes of a result, e.g. `['BAD_USER_INPUT']`. */
export function errorCodes(result: GraphQLResult<unknown>): string[] {
  return (result.errors ?? []).map((error) => String(error.extensions?.code));
}

/**
 * Statements of the audit batch a request reading person-level data joins (read-audit-batcher.ts):
 * begin, move the chain's head, insert the entries and their persons, commit — at most one more to read
 * the head again when another writer moved it, and one to insert a signed checkpoint when an
 * `AUDIT_CHECKPOINT_EVERY`-th entry is among them.
 */
export const AUDIT_ENTRY_STATEMENTS = 7;

/**
 * The statement a composition call (`_entities`) starts with: the department reads its change log's
 * last sequence, to know whether an answer it gave before still holds (cache/reused-answers.ts).
 */
export const CHANGE_LOG_MARK_STATEMENTS = 1;

/**
 * DataLoader batches the keys asked in one tick; over a networked database a relation's keys can
 * arrive in two ticks, so two requests' statement counts may differ by a couple — never by the rows.
 */
export const BATCHING_TOLERANCE = 2;
