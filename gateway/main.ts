import { readGatewayConfig } from './gateway-config';
import { startGateway } from './start-gateway';

/** Entry point of the gateway's own process (production). */
startGateway(readGatewayConfig())
  .then((running) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () =>
        running.stop().then(
          () => process.exit(0),
          () => process.exit(1),
        ),
      );
    }
  })
  .catch((error: Error) => {
    process.stderr.write(`gateway failed to start: ${error.stack ?? error.message}\n`);
    process.exit(1);
  });
