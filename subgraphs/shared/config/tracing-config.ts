import type { EnvReader } from './env-reader';

/** Where and how much a service traces; off unless an OTLP endpoint is configured. */
export interface TracingConfig {
  /** The OTLP/HTTP URL spans are posted to (`…/v1/traces`), or undefined: tracing off. */
  endpoint: string | undefined;
  /** The share of requests a trace is started for (0 to 1); a request arriving with a sampled `traceparent` is traced as its caller decided. */
  sampleRatio: number;
}

/**
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` (the full URL) or `OTEL_EXPORTER_OTLP_ENDPOINT` (the
 * collector's base URL, `/v1/traces` appended), as every OpenTelemetry SDK reads them; and
 * `TRACE_SAMPLE_RATIO`. Nothing else decides where spans go: without an endpoint nothing is sent.
 */
export function readTracingConfig(read: EnvReader): TracingConfig {
  const full = read.optional('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT');
  const base = read.optional('OTEL_EXPORTER_OTLP_ENDPOINT');
  const endpoint = full ?? (base ? `${base.replace(/\/+$/, '')}/v1/traces` : undefined);
  const name = full ? 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT' : 'OTEL_EXPORTER_OTLP_ENDPOINT';
  if (endpoint && !isHttpUrl(endpoint)) read.problem(`${name} must be an http(s) URL, got "${full ?? base}"`);
  const ratioText = read.optional('TRACE_SAMPLE_RATIO');
  const sampleRatio = ratioText === undefined ? 1 : Number(ratioText);
  if (!Number.isFinite(sampleRatio) || sampleRatio < 0 || sampleRatio > 1)
    read.problem(`TRACE_SAMPLE_RATIO must be a number from 0 to 1, got "${ratioText}"`);
  return {
    endpoint: endpoint && isHttpUrl(endpoint) ? endpoint : undefined,
    sampleRatio: Number.isFinite(sampleRatio) ? Math.min(Math.max(sampleRatio, 0), 1) : 1,
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
