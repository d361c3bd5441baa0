import type { Word } from './labels';

/** Why a request gave no (or partial) data, as a word the page can show: never the raw error. */
export class HubError extends Error {
  constructor(readonly reason: Word) {
    super(reason);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** The public GraphQL endpoint of the hub that served the page, with the caller's own token. */
export async function query<T>(token: string, document: string, variables: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: document, variables }),
    });
  } catch {
    throw new HubError('failed');
  }
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<T>;
  const codes = (body.errors ?? []).map((error) => error.extensions?.code);
  if (codes.includes('UNAUTHENTICATED')) throw new HubError('unauthenticated');
  if (codes.includes('FORBIDDEN')) throw new HubError('forbidden');
  if (!body.data) throw new HubError(codes.some((code) => code?.startsWith('DEPARTMENT_')) ? 'unavailable' : 'failed');
  return body.data;
}

/** The development callers the hub offers, or null outside embedded mode (the endpoint does not exist there). */
export async function developmentCallers(): Promise<Array<{ name: string; role: string }> | null> {
  const response = await fetch('/dashboard/dev-callers').catch(() => null);
  return response?.ok ? ((await response.json()) as Array<{ name: string; role: string }>) : null;
}

export async function developmentToken(caller: string): Promise<string> {
  const response = await fetch('/dashboard/dev-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ caller }),
  });
  if (!response.ok) throw new HubError('failed');
  return ((await response.json()) as { token: string }).token;
}
