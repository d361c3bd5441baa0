import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { DEPARTMENT_NAMES, DEPARTMENTS, type Department } from '../../subgraphs/shared/departments';

export interface ServiceProcess {
  name: Department | 'gateway';
  pid: number;
  url: string;
}

export interface ServiceProcesses {
  services: ServiceProcess[];
  gateway: ServiceProcess;
  stop(): Promise<void>;
}

/**
 * Each department and the gateway as its own node process on a free port, as in production (one
 * container each), on the embedded databases under `env.DATA_DIR`. `nodeOptions` gives each its
 * command-line flags (the heap caps docker-compose sets).
 */
export async function startServiceProcesses(
  env: NodeJS.ProcessEnv,
  nodeOptions: (service: Department | 'gateway') => string[],
): Promise<ServiceProcesses> {
  const dist = path.resolve(__dirname, '..', '..');
  const children: ChildProcess[] = [];
  const services: ServiceProcess[] = [];
  const launch = async (name: Department | 'gateway', main: string, extraEnv: NodeJS.ProcessEnv) => {
    const child = spawn(process.execPath, [...nodeOptions(name), path.join(dist, main)], {
      env: { ...env, ...extraEnv },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    const port = Number(extraEnv[name === 'gateway' ? 'GATEWAY_PORT' : `${DEPARTMENTS[name].envPrefix}_PORT`]);
    const url = `http://127.0.0.1:${port}/`;
    await waitUntilAnswering(url, child, () => stderr);
    const service = { name, pid: child.pid ?? 0, url };
    services.push(service);
    return service;
  };
  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
  };
  try {
    const gatewayEnv: NodeJS.ProcessEnv = {};
    for (const department of DEPARTMENT_NAMES) {
      const { envPrefix } = DEPARTMENTS[department];
      const port = await freePort();
      const service = await launch(department, `subgraphs/${department}/main.js`, { [`${envPrefix}_PORT`]: `${port}` });
      gatewayEnv[`${envPrefix}_URL`] = service.url;
    }
    const gateway = await launch('gateway', 'gateway/main.js', { ...gatewayEnv, GATEWAY_PORT: `${await freePort()}` });
    return { services, gateway, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A port nothing listens on now (the OS's pick), for a child to listen on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `{ __typename }` until the service answers; fails with its stderr if it exits first. */
async function waitUntilAnswering(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited with ${child.exitCode}: ${stderr()}`);
    try {
      const response = await fetch(`${url}?query=%7B__typename%7D`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within 120 s: ${stderr()}`);
}
