import type http from 'node:http';
import { type Context, context, defaultTextMapGetter, defaultTextMapSetter, ROOT_CONTEXT } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

/** W3C trace context alone (`traceparent`, `tracestate`): no baggage, which could carry anything a caller put in it. */
const w3c = new W3CTraceContextPropagator();

/**
 * The caller's trace as its `traceparent` header names it, or no trace. Read from the header and
 * nothing else, so a department's span links to the gateway's fetch through what crossed the wire,
 * even when both run in one process.
 */
export function callerTraceContext(headers: http.IncomingHttpHeaders): Context {
  return w3c.extract(ROOT_CONTEXT, headers, defaultTextMapGetter);
}

/** The outgoing headers with the active span as their `traceparent`; unchanged when no span is active. */
export function withTraceHeaders(headers: Record<string, string>): Record<string, string> {
  const traced = { ...headers };
  w3c.inject(context.active(), traced, defaultTextMapSetter);
  return traced;
}
