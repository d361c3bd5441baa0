import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import type { SubgraphContext } from '../context/context';

/**
 * Skips running an operation whose client has already gone: a request that waited (behind a busy
 * event loop, a stopped process, a held test gate) past the gateway's deadline is answered with an
 * error no one reads instead of being run. One that is abandoned while it runs is stopped before its
 * next statement (db/abandoned-requests.ts).
 */
export function dropAbandoned(): ApolloServerPlugin<Pick<SubgraphContext<unknown>, 'abandoned' | 'log'>> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        responseForOperation: ({ contextValue }) => {
          if (!contextValue.abandoned.aborted) return Promise.resolve(null);
          contextValue.log.info('abandoned request not run');
          return Promise.resolve({
            body: { kind: 'single', singleResult: { errors: [{ message: 'the client abandoned this request' }] } },
            http: { status: 499, headers: new HeaderMap() },
          });
        },
      }),
  };
}
