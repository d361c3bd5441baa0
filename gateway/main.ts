import { exitOnStartFailure, stopOnSignals } from '../subgraphs/shared/server/process-lifecycle';
import { readGatewayConfig } from './gateway-config';
import { startGateway } from './start-gateway';

/** Entry point of the gateway's own process (production). */
// Inside the promise, so a configuration error too ends through `exitOnStartFailure` (redacted), not as an uncaught throw.
Promise.resolve()
  .then(() => startGateway(readGatewayConfig()))
  .then((running) => stopOnSignals(() => running.stop()))
  .catch(exitOnStartFailure('gateway'));
