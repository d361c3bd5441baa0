import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { installSpanExporter, startTracing, UNTRACED } from '../../../../subgraphs/shared/tracing/service-tracing';

const CONFIG = { endpoint: undefined, sampleRatio: 1 };

describe('tracing a service', () => {
  afterEach(() => installSpanExporter(undefined));

  it('gives @apollo/gateway’s tracer, taken before any gateway started, to whichever gateway runs now, and nothing between them', async () => {
    // As @apollo/gateway does at load: one tracer from the global provider, kept.
    const apollo = trace.getTracer('apollo/gateway-js');
    const spansOf = (exporter: InMemorySpanExporter) =>
      exporter.getFinishedSpans().map((span) => [span.resource.attributes['service.name'], span.name]);

    const first = new InMemorySpanExporter();
    installSpanExporter(first);
    const firstGateway = startTracing('gateway', CONFIG, { global: true });
    apollo.startActiveSpan('gateway.request', (span) => span.end());
    expect(spansOf(first)).toEqual([['gateway', 'gateway.request']]);
    await firstGateway.shutdown();

    apollo.startSpan('between').end();

    const second = new InMemorySpanExporter();
    installSpanExporter(second);
    const secondGateway = startTracing('gateway', CONFIG, { global: true });
    apollo.startSpan('gateway.plan').end();
    expect(spansOf(second)).toEqual([['gateway', 'gateway.plan']]);
    await secondGateway.shutdown();
  });

  it('is off without an endpoint or an installed exporter', () => {
    expect(startTracing('health', CONFIG)).toBe(UNTRACED);
  });
});
