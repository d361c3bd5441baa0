import type http from 'node:http';
import {
  context,
  createContextKey,
  ProxyTracerProvider,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
  type Tracer,
  type TracerProvider,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  ParentBasedSampler,
  SimpleSpanProcessor,
  type SpanExporter,
  TraceIdRatioBasedSampler,
} from '@opentelemetry/sdk-trace-base';
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_SERVICE_NAME,
  ATTR_SERVICE_NAMESPACE,
  ATTR_URL_PATH,
} from '@opentelemetry/semantic-conventions';
import type { TracingConfig } from '../config/tracing-config';
import { callerTraceContext } from './trace-context';

/** The tracer of the service a request runs in, for the spans of code shared by all services (SQL). */
export const SERVICE_TRACER = createContextKey('weihai-hub service tracer');
/** The span of the request's GraphQL operation, which the operation-spans plugin names once the operation is known. */
export const OPERATION_SPAN = createContextKey('weihai-hub operation span');

/** One service's tracing: a span per HTTP request and per GraphQL operation, or nothing when tracing is off. */
export interface ServiceTracing {
  /**
   * Runs one request inside a server span that continues the trace of its `traceparent` header
   * (a new trace, sampled at `TRACE_SAMPLE_RATIO`, when it has none).
   */
  serve<T>(req: http.IncomingMessage, res: http.ServerResponse, work: () => Promise<T>): Promise<T>;
  /** Runs a GraphQL operation inside a span of its own, under the request's. */
  operation<T>(work: () => Promise<T>): Promise<T>;
  /** Sends the spans still buffered, then stops. */
  shutdown(): Promise<void>;
}

/** What a service does with tracing off: the work alone. */
export const UNTRACED: ServiceTracing = {
  serve: (_req, _res, work) => work(),
  operation: (work) => work(),
  shutdown: () => Promise.resolve(),
};

let installedExporter: SpanExporter | undefined;

/**
 * Sends the spans of every service this process starts from now on to `exporter` as well as (or,
 * without an endpoint, instead of) the OTLP endpoint: for a process embedding the hub, such as the
 * tests with the SDK's in-memory exporter. `undefined` removes it.
 */
export function installSpanExporter(exporter: SpanExporter | undefined): void {
  installedExporter = exporter;
}

let asyncContext: AsyncLocalStorageContextManager | undefined;

/** Spans follow a request through its awaits; one manager per process, shared by the services in it. */
function useAsyncContext(): void {
  if (asyncContext) return;
  asyncContext = new AsyncLocalStorageContextManager().enable();
  context.setGlobalContextManager(asyncContext);
}

/** The running gateway's provider, to which the process's global provider forwards. */
let gatewayProvider: TracerProvider | undefined;
let forwarding = false;

/**
 * Makes the running gateway's provider the one `@apollo/gateway` creates its spans with. Its tracer
 * comes from the API's global provider once, at load; the API lets that provider be set only once,
 * and a tracer already handed out keeps it. So the global provider is registered once and forwards
 * each span to whichever gateway runs now, and a gateway started after another stopped in the same
 * process (the tests' hubs) still gets Apollo's spans.
 */
function forwardGlobalSpansTo(provider: TracerProvider | undefined): void {
  gatewayProvider = provider;
  if (forwarding) return;
  forwarding = true;
  // A provider of its own with nothing behind it: no-op spans between gateways (the global one would forward here, round and round).
  const untraced = new ProxyTracerProvider().getTracer('untraced');
  trace.setGlobalTracerProvider({
    getTracer: (name, version, options) => {
      const current = () => gatewayProvider?.getTracer(name, version, options) ?? untraced;
      return {
        startSpan: (...args) => current().startSpan(...args),
        startActiveSpan: (...args: unknown[]) => (current().startActiveSpan as (...a: unknown[]) => unknown)(...args),
      };
    },
  });
}

/**
 * Starts a service's tracing from its configuration: off (no span, no export) unless an OTLP
 * endpoint is configured or an exporter installed. Spans go to that endpoint only, batched. The
 * gateway registers its provider as the process's global one (`global`), which is where
 * `@apollo/gateway` creates its own spans (request, plan, fetch per department); departments keep
 * theirs to themselves, so in the embedded hub each service's spans carry its own `service.name`.
 */
export function startTracing(service: string, config: TracingConfig, { global = false } = {}): ServiceTracing {
  const processors = [
    ...(config.endpoint ? [new BatchSpanProcessor(new OTLPTraceExporter({ url: config.endpoint }))] : []),
    ...(installedExporter ? [new SimpleSpanProcessor(installedExporter)] : []),
  ];
  if (!processors.length) return UNTRACED;
  useAsyncContext();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: service, [ATTR_SERVICE_NAMESPACE]: 'weihai-hub' }),
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(config.sampleRatio) }),
    spanProcessors: processors,
  });
  if (global) forwardGlobalSpansTo(provider);
  const tracer = provider.getTracer('weihai-hub');
  return {
    serve(req, res, work) {
      const parent = callerTraceContext(req.headers).setValue(SERVICE_TRACER, tracer);
      const method = req.method?.toUpperCase() ?? 'GET';
      // The path only: a GET's query string holds the operation's text and variables.
      const path = new URL(req.url ?? '/', 'http://service').pathname;
      const span = tracer.startSpan(
        method,
        { kind: SpanKind.SERVER, attributes: { [ATTR_HTTP_REQUEST_METHOD]: method, [ATTR_URL_PATH]: path } },
        parent,
      );
      return context.with(trace.setSpan(parent, span), () =>
        ended(span, work(), () => {
          span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, res.statusCode);
          if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        }),
      );
    },
    operation(work) {
      const span = tracer.startSpan('graphql', { kind: SpanKind.INTERNAL });
      const active = trace.setSpan(context.active(), span).setValue(OPERATION_SPAN, span);
      return context.with(active, () => ended(span, work()));
    },
    async shutdown() {
      if (gatewayProvider === provider) forwardGlobalSpansTo(undefined);
      await provider.shutdown();
    },
  };
}

/** Ends the span when the work settles; a failure is marked by its error's class, never its message (which may quote a person). */
async function ended<T>(span: Span, work: Promise<T>, finish?: () => void): Promise<T> {
  try {
    const result = await work;
    finish?.();
    return result;
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR });
    span.setAttribute(ATTR_ERROR_TYPE, error instanceof Error ? error.name : 'unknown');
    throw error;
  } finally {
    span.end();
  }
}

/** The tracer of the service whose request is running, if that request is traced. */
export function activeServiceTracer(): Tracer | undefined {
  return context.active().getValue(SERVICE_TRACER) as Tracer | undefined;
}
