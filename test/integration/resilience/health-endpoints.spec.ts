import { beforeAll, describe, expect, it } from '@jest/globals';
import { DEPARTMENT_NAMES } from '../../../subgraphs/shared/departments';
import { DATABASE_TARGETS, HUB_START_TIMEOUT_MS, sharedHub, type TestHub } from '../../support/test-hub';

/** A GET with no token, as an orchestrator's probe sends it. */
async function probe(base: string, path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(new URL(path, base));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe.each(DATABASE_TARGETS)('health endpoints (%s)', (target) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  it('the gateway answers /healthz and /readyz without a token, naming each department ready', async () => {
    expect(await probe(hub.gatewayUrl, '/healthz')).toEqual({ status: 200, body: { status: 'alive' } });
    const readiness = await probe(hub.gatewayUrl, '/readyz');
    expect(readiness.status).toBe(200);
    expect(readiness.body).toEqual({
      status: 'ready',
      supergraph: 'loaded',
      departments: Object.fromEntries(DEPARTMENT_NAMES.map((department) => [department, 'ready'])),
    });
  });

  it.each(DEPARTMENT_NAMES)(
    '%s answers /healthz without its database and /readyz with one statement that reads no record',
    async (department) => {
      const url = hub.subgraphUrl(department);
      const before = hub.statements(department);
      expect(await probe(url, '/healthz')).toEqual({ status: 200, body: { status: 'alive' } });
      expect(hub.statements(department)).toBe(before);
      expect(await probe(url, '/readyz')).toEqual({ status: 200, body: { status: 'ready', database: 'up' } });
      // `SELECT 1`: the database answers, and no table (no person) is read.
      expect(hub.statements(department)).toBe(before + 1);
    },
  );

  it('answers a body that is not JSON with a GraphQL BAD_REQUEST error', async () => {
    const response = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ __typename }"',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});
