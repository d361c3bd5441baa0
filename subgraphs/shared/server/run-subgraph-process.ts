import { readSubgraphConfig } from '../config/subgraph-config';
import type { SubgraphDefinition } from '../subgraph/subgraph-definition';
import { exitOnStartFailure, stopOnSignals } from './process-lifecycle';
import { startSubgraph } from './start-subgraph';

/** Entry point of a department's own process (production): configuration from the environment, clean stop on signals. */
export function runSubgraphProcess<Loaders>(definition: SubgraphDefinition<Loaders>): void {
  // Inside the promise, so a configuration error too ends through `exitOnStartFailure` (redacted), not as an uncaught throw.
  Promise.resolve()
    .then(() => startSubgraph(definition, readSubgraphConfig(definition.department)))
    .then((running) =>
      stopOnSignals(
        () => running.stop(),
        (signal) => running.log.info('stopping', { signal }),
      ),
    )
    .catch(exitOnStartFailure(`${definition.department} subgraph`));
}
