import { exitOnStartFailure, stopOnSignals } from '../subgraphs/shared/server/process-lifecycle';
import { readGatewayConfig } from './gateway-config';
import { startGateway } from './start-gateway';

/** Entry point of the gateway's own process (production). */
startGateway(readGatewayConfig())
  .then((running) => stopOnSignals(() => running.stop()))
  .catch(exitOnStartFailure('gateway'));
