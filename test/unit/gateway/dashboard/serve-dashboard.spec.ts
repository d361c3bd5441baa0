import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dashboardHandler } from '../../../../gateway/dashboard/serve-dashboard';
import { readAuthConfig } from '../../../../subgraphs/shared/config/auth-config';
import { EnvReader } from '../../../../subgraphs/shared/config/env-reader';
import type { HubMode } from '../../../../subgraphs/shared/config/subgraph-config';

/** A server with only the dashboard's handler, GraphQL's place taken by a 418 so a fall-through shows. */
async function serve(mode: HubMode, bundleDir: string): Promise<{ url: string; close(): void }> {
  const auth = readAuthConfig(new EnvReader({}), 'embedded');
  const handle = dashboardHandler({ mode, auth: mode === 'embedded' ? auth : { ...auth, secret: null } }, bundleDir);
  const server = http.createServer((req, res) => {
    if (!handle(req, res)) res.writeHead(418).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close() {
      // fetch keeps its connections alive: close them too, or the worker is left waiting.
      server.close();
      server.closeAllConnections();
    },
  };
}

describe('the dashboard’s request handler', () => {
  const bundle = fs.mkdtempSync(path.join(os.tmpdir(), 'dashboard-bundle-'));
  let embedded: Awaited<ReturnType<typeof serve>>;
  let production: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    fs.writeFileSync(path.join(bundle, 'index.html'), '<!doctype html><title>看板</title>');
    fs.writeFileSync(path.join(bundle, 'app.js'), 'void 0;');
    embedded = await serve('embedded', bundle);
    production = await serve('production', bundle);
  });
  afterAll(() => {
    embedded.close();
    production.close();
    fs.rmSync(bundle, { recursive: true });
  });

  it('serves the page and its script under /dashboard, gzipped when asked, and leaves every other path to GraphQL', async () => {
    const page = await fetch(`${embedded.url}/dashboard`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(await page.text()).toContain('看板');
    expect((await fetch(`${embedded.url}/dashboard/app.js`)).headers.get('cache-control')).toContain('max-age');
    expect((await fetch(`${embedded.url}/dashboard/missing.js`)).status).toBe(404);
    expect((await fetch(`${embedded.url}/`)).status).toBe(418);
    expect((await fetch(`${embedded.url}/dashboards`)).status).toBe(418);
  });

  it('signs a development token for a known caller in embedded mode only', async () => {
    const callers = (await (await fetch(`${embedded.url}/dashboard/dev-callers`)).json()) as Array<{ name: string }>;
    expect(callers.map((caller) => caller.name)).toContain('analyst');
    const token = await fetch(`${embedded.url}/dashboard/dev-token`, { method: 'POST', body: '{"caller":"analyst"}' });
    expect(((await token.json()) as { token: string }).token).toMatch(/^ey/);
    const unknown = await fetch(`${embedded.url}/dashboard/dev-token`, { method: 'POST', body: '{"caller":"root"}' });
    expect(unknown.status).toBe(400);

    expect((await fetch(`${production.url}/dashboard/dev-callers`)).status).toBe(404);
    expect(
      (await fetch(`${production.url}/dashboard/dev-token`, { method: 'POST', body: '{"caller":"analyst"}' })).status,
    ).toBe(404);
  });
});
