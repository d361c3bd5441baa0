import { ConfigError, EnvReader } from '../../../../subgraphs/shared/config/env-reader';
import { readTracingConfig } from '../../../../subgraphs/shared/config/tracing-config';

function tracing(env: NodeJS.ProcessEnv) {
  const read = new EnvReader(env);
  const result = readTracingConfig(read);
  read.finish('test');
  return result;
}

describe('where traces go', () => {
  it('nowhere by default, every request traced once an endpoint is set', () => {
    expect(tracing({})).toEqual({ endpoint: undefined, sampleRatio: 1 });
  });

  it('to the collector’s /v1/traces under OTEL_EXPORTER_OTLP_ENDPOINT, or exactly OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', () => {
    expect(tracing({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318/' }).endpoint).toBe(
      'http://otel-collector:4318/v1/traces',
    );
    expect(
      tracing({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.city.internal/otlp',
      }).endpoint,
    ).toBe('https://traces.city.internal/otlp');
  });

  it('samples TRACE_SAMPLE_RATIO of new traces', () => {
    expect(tracing({ TRACE_SAMPLE_RATIO: '0.25' }).sampleRatio).toBe(0.25);
    expect(tracing({ TRACE_SAMPLE_RATIO: '0' }).sampleRatio).toBe(0);
  });

  it('refuses an endpoint that is no http(s) URL and a ratio outside 0 to 1, naming them', () => {
    expect(() => tracing({ OTEL_EXPORTER_OTLP_ENDPOINT: 'otel-collector:4317' })).toThrow(ConfigError);
    expect(() => tracing({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'grpc://collector:4317' })).toThrow(
      /OTEL_EXPORTER_OTLP_TRACES_ENDPOINT must be an http\(s\) URL/,
    );
    expect(() => tracing({ TRACE_SAMPLE_RATIO: '1.5' })).toThrow(/TRACE_SAMPLE_RATIO must be a number from 0 to 1/);
    expect(() => tracing({ TRACE_SAMPLE_RATIO: 'half' })).toThrow(/got "half"/);
  });
});
