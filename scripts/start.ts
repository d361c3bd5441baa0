import 'reflect-metadata';
import { readGatewayConfig } from '../gateway/gateway-config';
import { startGateway } from '../gateway/start-gateway';
import { readSubgraphConfig } from '../subgraphs/shared/config/subgraph-config';
import { DEPARTMENTS } from '../subgraphs/shared/departments';
import { createLogger } from '../subgraphs/shared/logging/logger';
import { seedIfEmpty } from '../subgraphs/shared/seed/prepare-database';
import { DEFAULT_RANDOM_SEED, DEFAULT_SEED_ELDERS } from '../subgraphs/shared/seed/seed-options';
import { startSubgraph, type RunningSubgraph } from '../subgraphs/shared/server/start-subgraph';
import { SUBGRAPHS } from '../subgraphs/registry';
import { cliArgs } from './cli-args';

/**
 * The embedded hub in one command: every department subgraph on its own database file (seeded on
 * first start), then the gateway in front of them. `--reseed` starts the data afresh;
 * `--elders N` sets the synthetic population (e.g. 800000 for the benchmark).
 */
async function main(): Promise<void> {
  const args = cliArgs();
  const log = createLogger('hub');
  const running: RunningSubgraph[] = [];
  const subgraphUrls: Record<string, string> = {};
  for (const definition of SUBGRAPHS) {
    const config = readSubgraphConfig(definition.department);
    const subgraph = await startSubgraph(definition, config);
    running.push(subgraph);
    await seedIfEmpty(definition, subgraph.database.dataSource, config, {
      elders: args.integer('elders', DEFAULT_SEED_ELDERS),
      randomSeed: args.integer('random-seed', DEFAULT_RANDOM_SEED),
      reseed: args.flag('reseed'),
      personKeySecret: config.personKeySecret,
      log: subgraph.log,
    });
    subgraphUrls[`${DEPARTMENTS[definition.department].envPrefix}_URL`] = subgraph.url;
  }
  const gateway = await startGateway(readGatewayConfig({ ...process.env, ...subgraphUrls }));
  log.info('hub ready', { gateway: gateway.url });
  process.stdout.write(`\nWeihai elder-care hub is running.\n  Explorer and GraphQL endpoint: ${gateway.url}\n  Stop with Ctrl-C.\n\n`);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      await gateway.stop();
      for (const subgraph of running) await subgraph.stop();
      process.exit(0);
    });
  }
}

main().catch((error: Error) => {
  process.stderr.write(`the hub failed to start: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
