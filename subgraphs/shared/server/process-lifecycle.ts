/** How a long-running process (gateway, subgraph, embedded hub) stops on signals and dies on a failed start. */

import { redactSecrets, secretsOf } from '../config/redact';

/** Stops cleanly on Ctrl-C or a container's SIGTERM: exit 0 once stopped, 1 if stopping failed. */
export function stopOnSignals(stop: () => Promise<void>, onSignal?: (signal: NodeJS.Signals) => void): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      onSignal?.(signal);
      stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

/** A start-up failure: the stack on stderr, then exit 1, so a supervisor sees the process die. */
export function exitOnStartFailure(what: string): (error: Error) => never {
  return exitWithError(`${what} failed to start: `);
}

/** A fatal error of a process or script: its stack on stderr with credentials hidden, then exit 1. */
export function exitWithError(prefix = ''): (error: Error) => never {
  return (error) => {
    process.stderr.write(redactSecrets(`${prefix}${error.stack ?? error.message}`, secretsOf(process.env)) + '\n');
    process.exit(1);
  };
}
