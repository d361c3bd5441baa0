import { redactSecrets } from '../config/redact';
import type { LogLevel } from '../config/subgraph-config';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** One JSON line per event, so logs from six services can be merged and searched. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

export function createLogger(service: string, level: LogLevel = 'info', base: Record<string, unknown> = {}): Logger {
  const write =
    (at: LogLevel) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      if (RANK[at] < RANK[level]) return;
      // Redacted as a whole, so a credential is hidden wherever it hides: a field, an error's message or stack.
      const line = redactSecrets(
        JSON.stringify(
          { time: new Date().toISOString(), level: at, service, message, ...base, ...fields },
          errorsAsObjects,
        ),
      );
      (RANK[at] >= RANK.warn ? process.stderr : process.stdout).write(line + '\n');
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (fields) => createLogger(service, level, { ...base, ...fields }),
  };
}

function errorsAsObjects(_key: string, value: unknown): unknown {
  return value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value;
}
