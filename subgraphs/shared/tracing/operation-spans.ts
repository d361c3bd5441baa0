import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { context, type Span, SpanStatusCode } from '@opentelemetry/api';
import { OPERATION_SPAN } from './service-tracing';

/** Attribute names of OpenTelemetry's GraphQL conventions (still incubating there). */
const OPERATION_NAME = 'graphql.operation.name';
const OPERATION_TYPE = 'graphql.operation.type';
/** The first error's `extensions.code` (a fixed vocabulary), never its message. */
const ERROR_CODE = 'graphql.error.code';

/**
 * Names the request's operation span `<type> <name>` once the operation is resolved, with its type
 * and name as attributes; never the document or its variables, which hold literals and person data.
 */
export function operationSpans<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    requestDidStart() {
      const span = context.active().getValue(OPERATION_SPAN) as Span | undefined;
      if (!span) return Promise.resolve();
      return Promise.resolve({
        didResolveOperation({ operationName, operation }) {
          const type = operation?.operation ?? 'query';
          span.updateName(operationName ? `${type} ${operationName}` : type);
          span.setAttribute(OPERATION_TYPE, type);
          if (operationName) span.setAttribute(OPERATION_NAME, operationName);
          return Promise.resolve();
        },
        willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          if (errors.length) {
            const code = errors[0].extensions?.code;
            span.setStatus({ code: SpanStatusCode.ERROR });
            span.setAttribute(ERROR_CODE, typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR');
          }
          return Promise.resolve();
        },
      });
    },
  };
}
