import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';

/**
 * Keeps the gateway inside the city's network: Apollo's libraries report to Apollo's servers unless
 * told not to, and a government hub must not call out (architecture.md, "Resilience").
 */

/**
 * `@apollo/gateway` starts an OpenTelemetry exporter in its constructor (cloud metadata probes at
 * once, a report to usage-reporting.api.apollographql.com hourly and on stop) unless this variable
 * is `true` when it is constructed. It reads only the process environment, so it is set there,
 * whatever the environment said: call before every `new ApolloGateway`.
 */
export function disableGatewayTelemetry(): void {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
}

/** Apollo Server reports usage and the schema to Apollo when `APOLLO_KEY` is set; these keep both off regardless. */
export function apolloReportingDisabled(): Array<ApolloServerPlugin<BaseContext>> {
  return [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled()];
}
