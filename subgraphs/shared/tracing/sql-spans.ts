import { context, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import {
  ATTR_DB_COLLECTION_NAME,
  ATTR_DB_OPERATION_NAME,
  ATTR_DB_SYSTEM_NAME,
} from '@opentelemetry/semantic-conventions';
import { activeServiceTracer } from './service-tracing';

/** The statement's verb (SELECT, INSERT, BEGIN, …). */
const VERB = /^\s*([A-Za-z]+)/;
/** The first table it names: an identifier, quoted or not, after FROM, INTO or UPDATE. */
const TABLE = /\b(?:FROM|INTO|UPDATE)\s+[`"]?([A-Za-z_][A-Za-z0-9_]*)/i;

export interface FinishedStatement {
  /** The database product, as OpenTelemetry names it (`sqlite`, `mariadb`). */
  system: string;
  /** The statement's text, read for its verb and table only. */
  query: string;
  ms: number;
  ok: boolean;
}

/**
 * Records a statement that has just run as a span under the request's active span, named
 * `<VERB> <table>`: the text itself is not recorded (nor, of course, its parameters), so no
 * literal or person value reaches a trace. Statements outside a traced request are not recorded.
 */
export function recordSqlSpan({ system, query, ms, ok }: FinishedStatement): void {
  const tracer = activeServiceTracer();
  if (!tracer) return;
  const verb = VERB.exec(query)?.[1]?.toUpperCase() ?? 'SQL';
  const table = TABLE.exec(query)?.[1];
  const end = Date.now();
  const span = tracer.startSpan(
    table ? `${verb} ${table}` : verb,
    {
      kind: SpanKind.CLIENT,
      startTime: end - ms,
      attributes: {
        [ATTR_DB_SYSTEM_NAME]: system,
        [ATTR_DB_OPERATION_NAME]: verb,
        ...(table ? { [ATTR_DB_COLLECTION_NAME]: table } : {}),
      },
    },
    context.active(),
  );
  if (!ok) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end(end);
}
