import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import dns from 'node:dns';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expectData } from '../../support/builders/expect-data';
import { DATABASE_TARGETS, type DatabaseTarget, HUB_START_TIMEOUT_MS, startTestHub } from '../../support/test-hub';

/**
 * Issue 13, items 15 and 16: the hub calls nowhere outside the machine it runs on (Apollo's
 * libraries report to Apollo unless told not to), and a bad database URL never shows its password.
 */

/** A plain string: the test asserts where the hub connects, not the shape of the answer. */
const ELDER_TOTAL = 'query OutboundElderTotal { elders(page: { limit: 1 }) { total } }';

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|::ffff:127(\.\d{1,3}){3})$/i;

/**
 * Watches every socket this process opens and every name it looks up, for as long as it is
 * installed: a connection beyond this machine is recorded and refused before a packet leaves, so a
 * failing run does not call out either. `net` and `dns` are Node's own modules, shared by the hub under
 * test, `http`, `https` and the fetch of undici, which all connect through `net.Socket#connect`.
 */
function watchOutbound() {
  const outbound: string[] = [];
  let loopback = 0;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called with each socket as `this`, and put back
  const connect = net.Socket.prototype.connect;
  const lookup = dns.lookup;
  const promisesLookup = dns.promises.lookup;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    // `net.connect` passes its normalised [options, callback]; sockets connected by hand pass (options) or (port, host).
    const first = (Array.isArray(args[0]) ? args[0][0] : args[0]) as
      { host?: string; port?: number; path?: string } | number | string;
    const target =
      typeof first === 'object' ? first : typeof first === 'number' ? { port: first, host: args[1] as string } : null;
    if (!target || target.path !== undefined) return connect.apply(this, args as never); // a local pipe
    const host = target.host ?? 'localhost';
    if (LOOPBACK.test(host)) {
      loopback++;
      return connect.apply(this, args as never);
    }
    outbound.push(`connect ${host}:${target.port}`);
    process.nextTick(() => this.destroy(new Error(`outbound connection to ${host} refused by the test`)));
    return this;
  };
  const refuseLookup = (hostname: string) => {
    if (LOOPBACK.test(hostname)) return false;
    outbound.push(`lookup ${hostname}`);
    return true;
  };
  dns.lookup = function (hostname: string, ...rest: unknown[]) {
    if (!refuseLookup(hostname)) return (lookup as (...a: unknown[]) => void)(hostname, ...rest);
    const callback = rest[rest.length - 1] as (error: Error) => void;
    const error = Object.assign(new Error(`lookup of ${hostname} refused by the test`), { code: 'ENOTFOUND' });
    process.nextTick(() => callback(error));
  } as typeof dns.lookup;
  dns.promises.lookup = function (hostname: string, ...rest: unknown[]) {
    if (!refuseLookup(hostname)) return (promisesLookup as (...a: unknown[]) => Promise<unknown>)(hostname, ...rest);
    return Promise.reject(Object.assign(new Error(`lookup of ${hostname} refused by the test`), { code: 'ENOTFOUND' }));
  } as typeof dns.promises.lookup;
  return {
    outbound,
    loopbackConnections: () => loopback,
    restore() {
      net.Socket.prototype.connect = connect;
      dns.lookup = lookup;
      dns.promises.lookup = promisesLookup;
    },
  };
}

/** Sets (or, with undefined, removes) process environment variables until the returned function puts them back. */
function withProcessEnv(values: Record<string, string | undefined>): () => void {
  const saved = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  const apply = (from: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(from)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(values);
  return () => apply(saved);
}

/**
 * Runs a department's real entry file (subgraphs/<department>/main.ts) as its own process, compiled
 * on the fly as jest compiles the tests, with exactly this environment; resolves when it exits.
 */
function runSubgraphProcess(
  department: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const register = `
    const fs = require('node:fs');
    const { transformSync } = require('@swc/core');
    const options = {
      jsc: { target: 'es2022', parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true } },
      module: { type: 'commonjs' },
    };
    require.extensions['.ts'] = (module, file) =>
      module._compile(transformSync(fs.readFileSync(file, 'utf8'), { ...options, filename: file }).code, file);
    require(require('node:path').resolve(process.argv[1]));
  `;
  const repo = path.resolve(__dirname, '../../..');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', register, `subgraphs/${department}/main.ts`], {
      cwd: repo,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** `host:port` of the MariaDB server the tests use. */
function testMysqlServer(): string {
  const url = new URL(process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306');
  return `${url.hostname}:${url.port || '3306'}`;
}

/** A production-mode environment that is valid except for what a test overrides. */
function productionEnv(): Record<string, string> {
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    HUB_MODE: 'production',
    PERSON_KEY_SECRET: 'k3Vq8Zr1Tn6Wx4Lp9Ys2Hd7Mb5Cf0Ga3Ju',
    HUB_GATEWAY_SIGNING_KEY: 'Rb7Tm2Xq9Wd4Ns6Kp1Vz8Hc3Lf5Gy0Je',
    AUDIT_KEYS: '2026a:Lp9Ys2Hd7Mb5Cf0Ga3Ju-k3Vq8Zr1Tn6Wx4',
    JWT_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    HOST: '127.0.0.1',
    CIVIL_AFFAIRS_PORT: '0',
    LOG_LEVEL: 'info',
  };
}

/** The bad database URLs of each target: its password, and what the start-up error must say instead. */
function badDatabaseUrls(target: DatabaseTarget): Array<{
  what: string;
  env: Record<string, string>;
  password: string;
  says: string[];
}> {
  if (target === 'embedded') {
    const password = 'Hub#Pass-7f3e9a';
    return [
      {
        what: 'a server URL whose password has an unencoded #',
        env: {
          HUB_MODE: 'embedded',
          DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'weihai-bad-url-')),
          CIVIL_AFFAIRS_PORT: '0',
          MYSQL_URL: `mysql://hub:${password}@127.0.0.1:3306`,
        },
        password,
        says: ['MYSQL_URL must be a URL like mysql://<user>:<password>@<host>:3306', 'mysql://hub:***@127.0.0.1:3306'],
      },
    ];
  }
  const server = testMysqlServer();
  const slashed = 'Ca/Pass-2b8d41';
  const wrong = 'Wrong-Pass-5c7e02';
  return [
    {
      what: 'a department URL whose password has an unencoded /',
      env: { ...productionEnv(), CIVIL_AFFAIRS_DATABASE_URL: `mysql://civil_affairs:${slashed}@${server}/weihai_x` },
      password: slashed,
      says: ['CIVIL_AFFAIRS_DATABASE_URL must be a URL like', `mysql://civil_affairs:***@${server}/weihai_x`],
    },
    {
      what: 'a department URL the server refuses (no such user)',
      env: {
        ...productionEnv(),
        CIVIL_AFFAIRS_DATABASE_URL: `mysql://weihai_no_such_user:${wrong}@${server}/weihai_no_such_database`,
      },
      password: wrong,
      says: ['Access denied'],
    },
  ];
}

describe.each(DATABASE_TARGETS)('outbound calls and secrets (%s)', (target) => {
  it(
    'connects nowhere but this machine, even with Apollo telemetry not switched off and an Apollo key set',
    async () => {
      const watch = watchOutbound();
      // The hub must switch Apollo's reporting off itself, whatever the environment says.
      const restoreEnv = withProcessEnv({
        APOLLO_TELEMETRY_DISABLED: undefined,
        APOLLO_KEY: 'service:weihai-hub:not-a-real-key',
        APOLLO_GRAPH_REF: 'weihai-hub@production',
      });
      // A hub of its own: what matters happens while the gateway is constructed and while it stops.
      let hub: Awaited<ReturnType<typeof startTestHub>> | undefined;
      try {
        hub = await startTestHub(target);
        const result = await hub.query<{ elders: { total: number } }>(ELDER_TOTAL);
        expect(expectData(result).elders.total).toBeGreaterThanOrEqual(0);
        // Cloud-metadata probes start in the background as the gateway is constructed.
        await new Promise((resolve) => setTimeout(resolve, 1000));
      } finally {
        await hub?.stop();
        restoreEnv();
        watch.restore();
      }
      expect(watch.outbound).toEqual([]);
      // The watch saw the hub's own traffic (gateway to subgraphs), so it was watching the right sockets.
      expect(watch.loopbackConnections()).toBeGreaterThan(0);
    },
    HUB_START_TIMEOUT_MS,
  );

  describe.each(badDatabaseUrls(target))('a subgraph started with $what', ({ env, password, says }) => {
    let run: Awaited<ReturnType<typeof runSubgraphProcess>>;

    beforeAll(async () => {
      run = await runSubgraphProcess('civil-affairs', env);
    }, 90_000);

    afterAll(() => {
      if (env.DATA_DIR) fs.rmSync(env.DATA_DIR, { recursive: true, force: true });
    });

    it('fails to start, saying what is wrong', () => {
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('civil-affairs subgraph failed to start');
      for (const text of says) expect(run.stderr).toContain(text);
    });

    it('never shows the password, on stderr or stdout', () => {
      expect(run.stderr).not.toContain(password);
      expect(run.stdout).not.toContain(password);
      expect(run.stderr).not.toContain(encodeURIComponent(password));
    });
  });
});
