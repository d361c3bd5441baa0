import type { EnvReader } from './env-reader';

/** The default grace period of a drain; docker-compose's `stop_grace_period` (20 s) must exceed it. */
export const DEFAULT_SHUTDOWN_GRACE_MS = 15_000;

/**
 * How long a stopping service (subgraph, gateway, embedded hub) lets its requests in flight finish
 * before it closes their connections: `SHUTDOWN_GRACE_MS`, read the same way by every service.
 */
export function readShutdownGraceMs(read: EnvReader): number {
  return read.integer('SHUTDOWN_GRACE_MS', DEFAULT_SHUTDOWN_GRACE_MS, 0, 600_000);
}
