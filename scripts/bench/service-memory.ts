import type { TrafficRequest, TrafficSample } from '../bench-memory/traffic';
import { COMPOSE_HEAP_MB, driveTraffic } from '../bench-memory/drive-traffic';
import { rssMb } from '../bench-memory/rss-probe';
import { startServiceProcesses } from '../bench-memory/service-processes';

/**
 * Each service's resident memory as production runs them — one process each, with docker-compose's
 * heap caps — on the city the bench seeded: started, then after `requests` of the mixed traffic
 * (bench-memory/traffic.ts). `npm run bench:memory` follows the growth over a long run; this is the
 * steady figure beside the bench's timings.
 */
export async function benchServiceMemory(
  env: NodeJS.ProcessEnv,
  sample: TrafficSample,
  tokens: Record<TrafficRequest['caller'], string>,
  requests: number,
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
    return (
      `RSS per service in MB, one process each (heap caps ${COMPOSE_HEAP_MB.gateway} gateway / ${COMPOSE_HEAP_MB.subgraph} departments): ` +
      `started, then after ${requests.toLocaleString('en')} requests of mixed traffic (${outcome.seconds.toFixed(0)} s, ${outcome.failed} failed)\n` +
      `  ${'service'.padEnd(width)}  started  after\n` +
      lines.join('\n') +
      `\n  ${'all'.padEnd(width)}  ${`${total(started)}`.padStart(5)}  ${`${total(after)}`.padStart(5)}\n` +
      outcome.firstFailures.map((failure) => `  failure: ${failure}\n`).join('')
    );
  } finally {
    await processes.stop();
  }
}
