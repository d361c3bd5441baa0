import {
  type AfterQueryEvent,
  type EntitySubscriberInterface,
  EventSubscriber,
  type Logger as TypeOrmLogger,
} from 'typeorm';
import type { Logger } from '../logging/logger';
import { isDeadlock } from './deadlock';
import { recordSqlSpan } from '../tracing/sql-spans';

/** The most of a statement's text a log line carries: a seeding INSERT of 2,000 rows is about 90 KB of placeholders. */
export const LOGGED_STATEMENT_CHARS = 1_000;

/** A statement's text as logged: whole up to {@link LOGGED_STATEMENT_CHARS}, else its beginning and how long it was. */
export function statementForLog(query: string): string {
  return query.length <= LOGGED_STATEMENT_CHARS
    ? query
    : `${query.slice(0, LOGGED_STATEMENT_CHARS)}… (${query.length.toLocaleString('en')} characters)`;
}

/**
 * Routes TypeORM's events into the service log and counts the statements sent, so tests and the
 * benchmark can show that a request's statement count does not grow with the rows it returns.
 */
export class SqlLogger implements TypeOrmLogger {
  statements = 0;
  /** Sees every statement with its parameters: the plan check (`npm run bench:plans`) collects them to EXPLAIN. */
  onStatement?: (query: string, parameters: readonly unknown[]) => void;

  constructor(private readonly out: Logger) {}

  logQuery(query: string, parameters?: unknown[] | object): void {
    this.statements++;
    this.onStatement?.(query, Array.isArray(parameters) ? parameters : []);
  }

  logQueryError(error: string | Error, query: string): void {
    // A deadlock's victim is run again (`retryingDeadlocks`); it fails the request only if every attempt does.
    if (isDeadlock(error))
      this.out.warn('sql deadlock, transaction run again', { query: statementForLog(query), error: String(error) });
    else this.out.error('sql failed', { query: statementForLog(query), error });
  }

  logQuerySlow(time: number, query: string): void {
    this.out.warn('slow sql', { ms: time, query: statementForLog(query) });
  }

  logSchemaBuild(message: string): void {
    this.out.debug('schema build', { detail: message });
  }

  logMigration(message: string): void {
    this.out.info('migration', { detail: message });
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.out.warn('typeorm', { detail: message });
    else this.out.info('typeorm', { detail: message });
  }
}

/**
 * Logs each statement at debug level once it has run, with its duration: the statement text with its
 * placeholders, never the parameter values, which are often personal data. In a traced request it
 * becomes a span too (verb and table, no text).
 */
export function sqlTimingSubscriber(out: Logger): new () => EntitySubscriberInterface {
  class SqlTiming implements EntitySubscriberInterface {
    afterQuery({ query, success, executionTime, connection }: AfterQueryEvent): void {
      out.debug('sql', { query: statementForLog(query), ms: executionTime, ok: success });
      recordSqlSpan({
        system: connection.options.type === 'better-sqlite3' ? 'sqlite' : connection.options.type,
        query,
        ms: executionTime ?? 0,
        ok: success,
      });
    }
  }
  // The decorator's registration, applied by hand: the class closes over this database's logger.
  EventSubscriber()(SqlTiming);
  return SqlTiming;
}
