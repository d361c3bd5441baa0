import type { GatewayConfigSupergraph, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { gatewaySignatureHeaders } from '../../subgraphs/shared/auth/gateway-signature';
import { IDEMPOTENCY_KEY_HEADER } from '../../subgraphs/shared/idempotency/idempotency-key';

/**
 * The hub's graph served by Hive Gateway instead of the Apollo gateway: the committed supergraph,
 * the caller's headers passed on, and every subgraph request signed as the Apollo gateway signs it
 * (auth/gateway-signature.ts), without which no department answers the composition-only fields
 * that cross-department views `@requires`. Nothing in the departments knows which gateway calls
 * them — the point: a city that outgrows the JavaScript gateway can move to a faster router.
 *
 * What the Apollo gateway adds on top (gateway/start-gateway.ts) is not repeated here: token checks
 * at the edge (each subgraph checks the token again anyway), the depth/alias/cost limits, the
 * department breakers and metrics. A deployment on Hive configures its own equivalents.
 */
export function hiveGatewayConfig({
  supergraphSdl,
  subgraphUrls,
  signingKey,
}: {
  supergraphSdl: string;
  /** Where each subgraph answers, by its name in the supergraph; the URLs recorded there otherwise. */
  subgraphUrls: Partial<Record<string, string>>;
  signingKey: string;
}): GatewayConfigSupergraph & { plugins: () => GatewayPlugin[] } {
  return {
    supergraph: routedSupergraph(supergraphSdl, subgraphUrls),
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({
        authorization: request.headers.get('authorization'),
        'x-request-id': request.headers.get('x-request-id'),
        [IDEMPOTENCY_KEY_HEADER]: request.headers.get(IDEMPOTENCY_KEY_HEADER),
      }),
    },
    plugins: () => [signSubgraphRequests(signingKey)],
    // The graph's documentation and explorer live on the hub's own gateway; telemetry stays in the city.
    landingPage: false,
    graphiql: false,
    maskedErrors: true,
  };
}

/**
 * Signs each subgraph request at the point its body is final — Hive's fetch hook, after header
 * propagation — as the Apollo gateway's data source does in its fetcher.
 */
function signSubgraphRequests(signingKey: string): GatewayPlugin {
  return {
    onFetch(payload) {
      const { options } = payload;
      if (typeof options.body !== 'string') return;
      const headers = new Headers(options.headers);
      const signature = gatewaySignatureHeaders(signingKey, {
        body: options.body,
        authorization: headers.get('authorization') ?? undefined,
      });
      for (const [name, value] of Object.entries(signature)) headers.set(name, value);
      payload.setOptions({ ...options, headers: Object.fromEntries(headers) });
    },
  };
}

/**
 * The supergraph with each subgraph's recorded URL replaced where one is given, as the Apollo
 * gateway's `<DEPARTMENT>_URL` settings do; a name given that the supergraph lacks is a mistake.
 */
export function routedSupergraph(supergraphSdl: string, subgraphUrls: Partial<Record<string, string>>): string {
  let routed = supergraphSdl;
  for (const [name, url] of Object.entries(subgraphUrls)) {
    if (!url) continue;
    const recorded = new RegExp(`(@join__graph\\(name: "${name}", url: )"[^"]*"`);
    if (!recorded.test(routed)) throw new Error(`the supergraph has no subgraph named "${name}"`);
    routed = routed.replace(recorded, `$1${JSON.stringify(url)}`);
  }
  return routed;
}
