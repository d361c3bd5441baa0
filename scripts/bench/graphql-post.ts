import http from 'node:http';
import { departmentAgent, postToDepartment } from '../../gateway/department-http';

/** What a benchmark sends and reads back. */
export interface GraphqlAnswer<Data> {
  data?: Data;
  errors?: unknown[];
}

/**
 * How the benchmarks post GraphQL: over Node's own HTTP client on kept-alive sockets, as the gateway
 * calls the departments, not `fetch`. The benchmark shares its thread with the hub it measures, and
 * fetch's WHATWG request, stream and signal objects cost that thread about half a millisecond a request
 * (a fifth of an authenticated `{ __typename }` at a department, profiled): the client's cost, not the hub's.
 */
export function graphqlPoster(): <Data = unknown>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token: string,
) => Promise<GraphqlAnswer<Data>> {
  const agent: http.Agent = departmentAgent(64);
  // Nothing aborts a benchmark's call: the hub's own timeouts answer for a department too slow.
  const never = new AbortController().signal;
  return async <Data>(url: string, query: string, variables: Record<string, unknown>, token: string) => {
    const answer = await postToDepartment(
      agent,
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      },
      never,
    );
    return JSON.parse(Buffer.from(answer.body).toString('utf8')) as GraphqlAnswer<Data>;
  };
}
