import { readSubgraphConfig } from '../config/subgraph-config';
import type { SubgraphDefinition } from '../subgraph/subgraph-definition';
import { startSubgraph } from './start-subgraph';

/** Entry point of a department's own process (production): configuration from the environment, clean stop on signals. */
export function runSubgraphProcess<Loaders>(definition: SubgraphDefinition<Loaders>): void {
  startSubgraph(definition, readSubgraphConfig(definition.department))
    .then((running) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
          running.log.info('stopping', { signal });
          running.stop().then(
            () => process.exit(0),
            () => process.exit(1),
          );
        });
      }
    })
    .catch((error: Error) => {
      process.stderr.write(`${definition.department} subgraph failed to start: ${error.stack ?? error.message}\n`);
      process.exit(1);
    });
}
