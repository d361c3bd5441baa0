import 'reflect-metadata';
import path from 'node:path';
import { Elder } from '../subgraphs/civil-affairs/elder/elder.entity';
import { Institution } from '../subgraphs/civil-affairs/institution/institution.entity';
import { readGatewayConfig } from '../gateway/gateway-config';
import { DEVELOPMENT_CALLERS, mintDevelopmentToken } from '../subgraphs/shared/auth/development-callers';
import { type Department } from '../subgraphs/shared/departments';
import { exitWithError } from '../subgraphs/shared/server/process-lifecycle';
import { Random } from '../subgraphs/shared/seed/random';
import { rssMb } from './bench-memory/rss-probe';
import { startServiceProcesses } from './bench-memory/service-processes';
import { type TrafficRequest, type TrafficSample, trafficRequest } from './bench-memory/traffic';
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
  // The caps docker-compose.yml and the Dockerfile give each service (`--max-old-space-size`).
  const heapMb = { gateway: args.integer('gateway-heap-mb', 384), subgraph: args.integer('subgraph-heap-mb', 256) };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LOG_LEVEL: 'warn',
    DATA_DIR: process.env.DATA_DIR ?? path.resolve('data', `bench-memory-${elders}`),
  };

  const sample = await seedAndSample(env, elders);
  const auth = readGatewayConfig(env).auth;
  const tokens: Record<TrafficRequest['caller'], string> = {
    'civil-affairs-system': await mintDevelopmentToken(auth, DEVELOPMENT_CALLERS['civil-affairs-system']),
    'finance-system': await mintDevelopmentToken(auth, DEVELOPMENT_CALLERS['finance-system']),
    analyst: await mintDevelopmentToken(auth, DEVELOPMENT_CALLERS.analyst),
  };
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

    const random = new Random(7);
    const queue = Array.from({ length: requests }, () => trafficRequest(random, sample));
    let sent = 0;
    let done = 0;
    let failed = 0;
    const timeByOperation = new Map<string, { count: number; ms: number }>();
    const firstFailures: string[] = [];
    const started = Date.now();
    const worker = async () => {
      while (sent < queue.length) {
        const request = queue[sent++];
        const requestStarted = Date.now();
        const failure = await send(processes.gateway.url, request, tokens[request.caller]);
        const operation = operationName(request.query);
        const time = timeByOperation.get(operation) ?? { count: 0, ms: 0 };
        timeByOperation.set(operation, { count: time.count + 1, ms: time.ms + Date.now() - requestStarted });
        if (failure) {
          failed++;
          if (firstFailures.length < 5) firstFailures.push(failure);
        }
        if (++done % every === 0) print(`${done.toLocaleString('en')}`);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (Date.now() - started) / 1000;
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
    const manager = hub.subgraphs['civil-affairs'].database.dataSource.manager;
    const idNumbers = (await manager.find(Elder, { select: { idNumber: true }, take: 1000 })).map((e) => e.idNumber);
    const institutions = await manager.find(Institution, { select: { code: true, districtCode: true } });
    const institutionCodes = institutions.map((institution) => institution.code);
    const districtCodes = [...new Set(institutions.map((institution) => institution.districtCode))];
    return { idNumbers, institutionCodes, districtCodes };
  } finally {
    await hub.stop();
  }
}

/** Sends one request; a failure's short description, or undefined when it succeeded without errors. */
async function send(url: string, request: TrafficRequest, token: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: request.query, variables: request.variables }),
    });
    const body = (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
    if (!body.errors?.length) return undefined;
    const error = body.errors[0];
    return `${operationName(request.query)}: ${error.extensions?.code ?? ''} ${error.message}`;
  } catch (error) {
    return `${operationName(request.query)}: ${(error as Error).message}`;
  }
}

function operationName(query: string): string {
  return /^query (\w+)/.exec(query)?.[1] ?? 'anonymous';
}

main().catch(exitWithError('bench:memory: '));
