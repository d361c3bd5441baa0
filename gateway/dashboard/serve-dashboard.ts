import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEVELOPMENT_CALLERS, mintDevelopmentToken } from '../../subgraphs/shared/auth/development-callers';
import type { AuthConfig } from '../../subgraphs/shared/config/auth-config';
import type { HubMode } from '../../subgraphs/shared/config/subgraph-config';
import { repoRoot } from '../../subgraphs/shared/paths';

/** Where `npm run build` (scripts/build-dashboard.ts) writes the bundled page, script and style. */
export function dashboardBundleDir(): string {
  return path.join(repoRoot(), 'dist', 'dashboard');
}

export const DASHBOARD_PATH = '/dashboard';

interface Asset {
  type: string;
  body: Buffer;
  gzipped: Buffer;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * The analysts' dashboard under `/dashboard` on the gateway's port: static files bundled at build
 * time (nothing from a CDN), read once, sent gzipped where the browser accepts it. The page itself
 * asks only the public GraphQL endpoint, with the token of the person using it. In embedded mode
 * `/dashboard/dev-callers` and `/dashboard/dev-token` give a development sign-in; in production
 * they do not exist (tokens come from the city's identity provider).
 * Returns whether it answered the request (false: not a dashboard path, GraphQL's to answer).
 */
export function dashboardHandler(
  options: { mode: HubMode; auth: AuthConfig },
  bundleDir = dashboardBundleDir(),
): (req: http.IncomingMessage, res: http.ServerResponse) => boolean {
  // Read on first use rather than at start, so a hub started before `npm run build` serves it once built.
  let bundle: Map<string, Asset> | null = null;
  const developmentSignIn = options.mode === 'embedded' && options.auth.secret !== null;
  return (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://gateway');
    if (pathname !== DASHBOARD_PATH && !pathname.startsWith(`${DASHBOARD_PATH}/`)) return false;
    const assets = (bundle ??= readAssets(bundleDir));
    const file = pathname === DASHBOARD_PATH || pathname === `${DASHBOARD_PATH}/` ? 'index.html' : pathname.slice(11);
    if (developmentSignIn && file === 'dev-callers' && req.method === 'GET') {
      sendJson(res, 200, developmentCallerList());
    } else if (developmentSignIn && file === 'dev-token' && req.method === 'POST') {
      void answerDevelopmentToken(req, res, options.auth);
    } else if (req.method === 'GET' && assets?.has(file)) {
      sendAsset(req, res, assets.get(file)!, file === 'index.html');
    } else if (!assets && file === 'index.html') {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The dashboard is not built: run `npm run build`.\n');
    } else {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
    }
    return true;
  };
}

function readAssets(dir: string): Map<string, Asset> | null {
  if (!fs.existsSync(path.join(dir, 'index.html'))) return null;
  const assets = new Map<string, Asset>();
  for (const name of fs.readdirSync(dir)) {
    const type = TYPES[path.extname(name)];
    if (!type) continue;
    const body = fs.readFileSync(path.join(dir, name));
    assets.set(name, { type, body, gzipped: gzipSync(body) });
  }
  return assets;
}

function sendAsset(req: http.IncomingMessage, res: http.ServerResponse, asset: Asset, isPage: boolean): void {
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(200, {
    'content-type': asset.type,
    // The page is small and names the script; the script and style change only with a new build.
    'cache-control': isPage ? 'no-cache' : 'public, max-age=3600',
    vary: 'accept-encoding',
    // Only the hub itself: no script, style, font or request may come from elsewhere.
    'content-security-policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; base-uri 'none'",
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(gzip ? asset.gzipped : asset.body);
}

/** Names and roles only: what the sign-in offers to pick from. */
function developmentCallerList(): Array<{ name: string; role: string }> {
  return Object.entries(DEVELOPMENT_CALLERS).map(([name, claims]) => ({ name, role: claims.role }));
}

async function answerDevelopmentToken(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  auth: AuthConfig,
): Promise<void> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > 1024) return sendJson(res, 413, { error: 'body too large' });
  }
  const name = parseCallerName(body);
  const claims = name === null ? undefined : DEVELOPMENT_CALLERS[name];
  if (!claims) return sendJson(res, 400, { error: 'unknown caller' });
  sendJson(res, 200, { token: await mintDevelopmentToken(auth, claims) });
}

function parseCallerName(body: string): string | null {
  try {
    const parsed: unknown = JSON.parse(body);
    const caller = parsed && typeof parsed === 'object' ? (parsed as { caller?: unknown }).caller : undefined;
    return typeof caller === 'string' && Object.hasOwn(DEVELOPMENT_CALLERS, caller) ? caller : null;
  } catch {
    return null;
  }
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
