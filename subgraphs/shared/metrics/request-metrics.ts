import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { CLIENT_CODES } from '../server/errors-and-logging';
import type { ServiceMetrics } from './service-metrics';

/** Counts every GraphQL request once its answer is ready, with its latency and outcome. */
export function requestMetrics<C extends BaseContext>(metrics: ServiceMetrics): ApolloServerPlugin<C> {
  return {
    requestDidStart() {
      const stopTimer = metrics.requestSeconds.startTimer();
      let operationName: string | null | undefined;
      return Promise.resolve({
        didResolveOperation({ operationName: name }) {
          operationName = name;
          return Promise.resolve();
        },
        willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const first = errors[0]?.extensions?.code;
          const code = !errors.length ? '' : typeof first === 'string' ? first : 'INTERNAL_SERVER_ERROR';
          const outcome = !errors.length
            ? 'ok'
            : errors.every((e) => CLIENT_CODES.has(String(e.extensions?.code)))
              ? 'refused'
              : 'failed';
          metrics.requests.inc({ operation: metrics.operationLabel(operationName), outcome, code });
          stopTimer({ outcome });
          return Promise.resolve();
        },
      });
    },
  };
}
