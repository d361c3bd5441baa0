import { Elder } from '../../subgraphs/civil-affairs/elder/elder.entity';
import { Institution } from '../../subgraphs/civil-affairs/institution/institution.entity';
import type { AuthConfig } from '../../subgraphs/shared/config/auth-config';
import { DEVELOPMENT_CALLERS, mintDevelopmentToken } from '../../subgraphs/shared/auth/development-callers';
import { Random } from '../../subgraphs/shared/seed/random';
import type { RunningHub } from '../start-hub';
import { type TrafficRequest, type TrafficSample, trafficRequest } from './traffic';

/** The heap caps docker-compose.yml and the Dockerfile give each service (`--max-old-space-size`), in MB. */
export const COMPOSE_HEAP_MB = { gateway: 384, subgraph: 256 };

/** The keys the traffic draws from, read from a running hub's seeded city. */
export async function sampleCity(hub: RunningHub): Promise<TrafficSample> {
  const manager = hub.subgraphs['civil-affairs'].database.dataSource.manager;
  const idNumbers = (await manager.find(Elder, { select: { idNumber: true }, take: 1000 })).map((e) => e.idNumber);
  const institutions = await manager.find(Institution, { select: { code: true, districtCode: true } });
  const institutionCodes = institutions.map((institution) => institution.code);
  const districtCodes = [...new Set(institutions.map((institution) => institution.districtCode))];
  return { idNumbers, institutionCodes, districtCodes };
}

/** A token for each development caller the traffic sends as. */
export async function trafficTokens(auth: AuthConfig): Promise<Record<TrafficRequest['caller'], string>> {
  return {
    'civil-affairs-system': await mintDevelopmentToken(auth, DEVELOPMENT_CALLERS['civil-affairs-system']),
    'finance-system': await mintDevelopmentToken(auth, DEVELOPMENT_CALLERS['finance-system']),
    analyst: await mintDevelopmentToken(auth, DEVELOPMENT_CALLERS.analyst),
  };
}

export interface TrafficOutcome {
  seconds: number;
  failed: number;
  /** Requests and summed milliseconds per operation name. */
  timeByOperation: Map<string, { count: number; ms: number }>;
  /** The first few failures, described without personal data (operation, code, message). */
  firstFailures: string[];
}

/**
 * Sends `requests` requests of the weighted mix (traffic.ts) through the gateway, `concurrency` in
 * flight, calling `progress` after each one with the number done.
 */
export async function driveTraffic(
  gatewayUrl: string,
  sample: TrafficSample,
  tokens: Record<TrafficRequest['caller'], string>,
  { requests, concurrency, progress }: { requests: number; concurrency: number; progress?: (done: number) => void },
): Promise<TrafficOutcome> {
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
      const failure = await send(gatewayUrl, request, tokens[request.caller]);
      const operation = operationName(request.query);
      const time = timeByOperation.get(operation) ?? { count: 0, ms: 0 };
      timeByOperation.set(operation, { count: time.count + 1, ms: time.ms + Date.now() - requestStarted });
      if (failure) {
        failed++;
        if (firstFailures.length < 5) firstFailures.push(failure);
      }
      progress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { seconds: (Date.now() - started) / 1000, failed, timeByOperation, firstFailures };
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
