import type { TrafficRequest, TrafficSample } from '../bench-memory/traffic';
import { COMPOSE_HEAP_MB, driveTraffic } from '../bench-memory/drive-traffic';
import { rssMb } from '../bench-memory/rss-probe';
import { startServiceProcesses } from '../bench-memory/service-processes';

/** A request the bench timed in one process, timed again against the services as separate processes. */
export interface DeployedProbe {
  name: string;
  /** The same rows read by hand (ms), which the time is a multiple of. */
  floorMs: number;
  run(gatewayUrl: string, round: number): Promise<void>;
}

/**
 * Each service's resident memory as production runs them — one process each, with docker-compose's
 * heap caps — on the city the bench seeded: started, then after `requests` of the mixed traffic
 * (bench-memory/traffic.ts). `npm run bench:memory` follows the growth over a long run; this is the
 * steady figure beside the bench's timings. Then the `probes`, `rounds` each in turn, through that
 * gateway: in one process the departments a view calls at once take turns on one thread; here, as
 * deployed, each has its own.
 */
export async function benchServiceMemory(
  env: NodeJS.ProcessEnv,
  sample: TrafficSample,
  tokens: Record<TrafficRequest['caller'], string>,
  requests: number,
  probes: DeployedProbe[] = [],
  rounds = 10,
): Promise<string> {
  const processes = await startServiceProcesses(env, (service) => [
    `--max-old-space-size=${service === 'gateway' ? COMPOSE_HEAP_MB.gateway : COMPOSE_HEAP_MB.subgraph}`,
  ]);
  try {
    const started = processes.services.map((service) => rssMb(service.pid));
    const outcome = await driveTraffic(processes.gateway.url, sample, tokens, { requests, concurrency: 8 });
    const after = processes.services.map((service) => rssMb(service.pid));
    const width = Math.max(...processes.services.map((service) => service.name.length));
    const lines = processes.services.map(
      (service, i) =>
        `  ${service.name.padEnd(width)}  ${`${started[i] ?? '—'}`.padStart(5)}  ${`${after[i] ?? '—'}`.padStart(5)}`,
    );
    const total = (figures: Array<number | undefined>) => figures.reduce<number>((sum, mb) => sum + (mb ?? 0), 0);
    const timings: string[] = [];
    for (const probe of probes) {
      await probe.run(processes.gateway.url, 0);
      const times: number[] = [];
      for (let round = 0; round < rounds; round++) {
        const started = process.hrtime.bigint();
        await probe.run(processes.gateway.url, round);
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      const median = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
      timings.push(
        `  ${probe.name}: ${median.toFixed(1)} ms, ${(median / probe.floorMs).toFixed(1)}× the same rows by hand\n`,
      );
    }
    return (
      `RSS per service in MB, one process each (heap caps ${COMPOSE_HEAP_MB.gateway} gateway / ${COMPOSE_HEAP_MB.subgraph} departments): ` +
      `started, then after ${requests.toLocaleString('en')} requests of mixed traffic (${outcome.seconds.toFixed(0)} s, ${outcome.failed} failed)\n` +
      `  ${'service'.padEnd(width)}  started  after\n` +
      lines.join('\n') +
      `\n  ${'all'.padEnd(width)}  ${`${total(started)}`.padStart(5)}  ${`${total(after)}`.padStart(5)}\n` +
      outcome.firstFailures.map((failure) => `  failure: ${failure}\n`).join('') +
      (timings.length
        ? `Through that gateway, one process per service (medians of ${rounds}):\n${timings.join('')}`
        : '')
    );
  } finally {
    await processes.stop();
  }
}
