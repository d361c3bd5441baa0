import 'reflect-metadata';
import { createLogger } from '../subgraphs/shared/logging/logger';
import { exitOnStartFailure, stopOnSignals } from '../subgraphs/shared/server/process-lifecycle';
import { DEFAULT_RANDOM_SEED, DEFAULT_SEED_ELDERS } from '../subgraphs/shared/seed/seed-options';
import { cliArgs } from './cli-args';
import { startHub } from './start-hub';

/**
 * The embedded hub in one command: every department subgraph on its own database file (seeded on
 * first start), then the gateway in front of them. `--reseed` starts the data afresh;
 * `--elders N` sets the synthetic population (e.g. 800000 for the benchmark).
 */
async function main(): Promise<void> {
  const args = cliArgs();
  const hub = await startHub({
    env: process.env,
    elders: Math.max(1, args.integer('elders', DEFAULT_SEED_ELDERS)),
    randomSeed: args.integer('random-seed', DEFAULT_RANDOM_SEED),
    reseed: args.flag('reseed'),
  });
  createLogger('hub').info('hub ready', { gateway: hub.gateway.url });
  process.stdout.write(
    `\nWeihai elder-care hub is running.\n  Explorer and GraphQL endpoint: ${hub.gateway.url}\n  Stop with Ctrl-C.\n\n`,
  );
  stopOnSignals(() => hub.stop());
}

main().catch(exitOnStartFailure('the hub'));
