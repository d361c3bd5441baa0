import pino from 'pino';
import { redactSecrets } from '../config/redact';
import type { LogLevel } from '../config/subgraph-config';
import { scrubPersonalData } from './personal-data-scrub';

/** One JSON line per event, so logs from six services can be merged and searched. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

/**
 * Fields that hold personal data or credentials wherever a log call names them (pino's redaction
 * configuration): their values are replaced, never logged. `name` is listed only at the top level,
 * because one level down it is an error's class name, which operators need.
 */
export const REDACTED_LOG_FIELDS = [
  ...['idNumber', 'phone', 'address', 'authorization', 'token', 'password', 'personKey', 'personKeys'].flatMap(
    (field) => [field, `*.${field}`],
  ),
  'name',
  'variables',
];

/** Any field may hold an error: serialised with name, message, stack, code and its cause chain (undici's "fetch failed" says why only in its cause). */
const ERROR_FIELDS = ['error', 'err', 'cause', 'reason'];

/** Lines are redacted as a whole before they are written, so a secret or an ID number is hidden wherever it hides: a field, a message or a stack. */
function redactingStream(out: () => NodeJS.WriteStream): pino.DestinationStream {
  return { write: (line: string) => out().write(scrubPersonalData(redactSecrets(line))) };
}

/** warn and error go to stderr, the rest to stdout, as container log collectors expect. */
function destination(): pino.MultiStreamRes {
  return pino.multistream(
    [
      { level: 'debug', stream: redactingStream(() => process.stdout) },
      { level: 'warn', stream: redactingStream(() => process.stderr) },
    ],
    { dedupe: true },
  );
}

export function createLogger(service: string, level: LogLevel = 'info', base: Record<string, unknown> = {}): Logger {
  const root = pino(
    {
      level,
      base: { service, ...base },
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: Object.fromEntries(ERROR_FIELDS.map((field) => [field, serializeIfError])),
      redact: { paths: REDACTED_LOG_FIELDS, censor: '***' },
    },
    destination(),
  );
  return wrap(root);
}

function wrap(log: pino.Logger): Logger {
  return {
    debug: (message, fields = {}) => log.debug(fields, message),
    info: (message, fields = {}) => log.info(fields, message),
    warn: (message, fields = {}) => log.warn(fields, message),
    error: (message, fields = {}) => log.error(fields, message),
    child: (fields) => wrap(log.child(fields)),
  };
}

/**
 * Errors from another realm (jest's, or undici's DOMException for a timeout) fail `instanceof Error`
 * and would otherwise serialise as `{}`: anything error-shaped is written out.
 */
function serializeIfError(value: unknown): unknown {
  if (!isErrorLike(value)) return value;
  const serialized = pino.stdSerializers.errWithCause(value) as unknown as Record<string, unknown>;
  return { ...serialized, name: value.name, message: value.message };
}

function isErrorLike(value: unknown): value is Error {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { message?: unknown }).message === 'string' &&
    typeof (value as { name?: unknown }).name === 'string'
  );
}
