import 'reflect-metadata';
import path from 'node:path';
import { readGatewayConfig } from '../gateway/gateway-config';
import { type Department } from '../subgraphs/shared/departments';
import { exitWithError } from '../subgraphs/shared/server/process-lifecycle';
import { COMPOSE_HEAP_MB, driveTraffic, sampleCity, trafficTokens } from './bench-memory/drive-traffic';
import { rssMb } from './bench-memory/rss-probe';
import { startServiceProcesses } from './bench-memory/service-processes';
import type { TrafficSample } from './bench-memory/traffic';
import { cliArgs } from './cli-args';
import { startHub } from './start-hub';
import { freePorts } from './bench/bench-env';

/**
 * Memory under steady load: starts every department and the gateway as separate processes (as in
 * production) on a seeded embedded city, drives a mix of mid-size requests through the gateway and
 * prints each process's RSS every `--every` requests, then after an idle pause. Not a test: read the
 * growth in the second half (`npm run bench:memory -- --requests 20000`). `--gateway-heap-mb` and
 * `--subgraph-heap-mb` set `--max-old-space-size` (default: docker-compose's; 0: V8's own).
 */
async function main(): Promise<void> {
  const args = cliArgs();
  const elders = args.integer('elders', 3000);
  const requests = args.integer('requests', 20_000);
  const every = Math.max(1, args.integer('every', 2000));
  const concurrency = Math.max(1, args.integer('concurrency', 8));
  const heapMb = {
    gateway: args.integer('gateway-heap-mb', COMPOSE_HEAP_MB.gateway),
    subgraph: args.integer('subgraph-heap-mb', COMPOSE_HEAP_MB.subgraph),
  };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LOG_LEVEL: 'warn',
    DATA_DIR: process.env.DATA_DIR ?? path.resolve('data', `bench-memory-${elders}`),
  };

  const sample = await seedAndSample(env, elders);
  const auth = readGatewayConfig(env).auth;
  const tokens = await trafficTokens(auth);
  const nodeOptions = (service: Department | 'gateway') => {
    const mb = service === 'gateway' ? heapMb.gateway : heapMb.subgraph;
    return mb ? [`--max-old-space-size=${mb}`] : [];
  };
  const processes = await startServiceProcesses(env, nodeOptions);
  try {
    const names = processes.services.map((service) => service.name);
    const width = Math.max(...names.map((name) => name.length), 8);
    const history: Array<{ label: string; rss: Array<number | undefined> }> = [];
    const print = (label: string) => {
      const rss = processes.services.map((service) => rssMb(service.pid));
      history.push({ label, rss });
      process.stdout.write(label.padEnd(16) + rss.map((mb) => `${mb ?? '—'}`.padStart(width)).join('  ') + '\n');
    };
    process.stdout.write(
      `\nRSS in MB, ${elders.toLocaleString('en')} elders, ${requests.toLocaleString('en')} requests, ${concurrency} in flight, ` +
        `heap cap ${heapMb.gateway || 'default'} (gateway) / ${heapMb.subgraph || 'default'} (subgraphs)\n`,
    );
    process.stdout.write('requests'.padEnd(16) + names.map((name) => name.padStart(width)).join('  ') + '\n');
    print('0 (started)');

    const { seconds, failed, timeByOperation, firstFailures } = await driveTraffic(
      processes.gateway.url,
      sample,
      tokens,
      {
        requests,
        concurrency,
        progress: (done) => {
          if (done % every === 0) print(done.toLocaleString('en'));
        },
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 30_000));
    print('idle 30 s');

    const half =
      history.find((row) => row.label === (Math.floor(requests / 2 / every) * every).toLocaleString('en')) ??
      history[0];
    const end = history[history.length - 2];
    const growth = (i: number) => {
      const [from, to] = [half.rss[i], end.rss[i]];
      return from === undefined || to === undefined ? '—' : `${to - from >= 0 ? '+' : ''}${to - from}`;
    };
    process.stdout.write(
      `second half (${half.label} → ${end.label})`.padEnd(16) +
        '\n' +
        ''.padEnd(16) +
        names.map((_, i) => growth(i).padStart(width)).join('  ') +
        '\n',
    );
    process.stdout.write(
      `${requests.toLocaleString('en')} requests in ${seconds.toFixed(0)} s (${(requests / seconds).toFixed(0)}/s), ${failed} failed\n`,
    );
    for (const [operation, time] of timeByOperation)
      process.stdout.write(`  ${operation}: ${time.count} requests, mean ${(time.ms / time.count).toFixed(0)} ms\n`);
    for (const failure of firstFailures) process.stdout.write(`  failure: ${failure}\n`);
  } finally {
    await processes.stop();
  }
}

/** Seeds the data folder once (in this process) and reads the keys the traffic draws from. */
async function seedAndSample(env: NodeJS.ProcessEnv, elders: number): Promise<TrafficSample> {
  const hub = await startHub({ env: { ...env, ...freePorts() }, elders });
  try {
    return await sampleCity(hub);
  } finally {
    await hub.stop();
  }
}

main().catch(exitWithError('bench:memory: '));
