import type { ApolloGateway } from '@apollo/gateway';
import { Counter } from 'prom-client';
import type { ServiceMetrics } from '../subgraphs/shared/metrics/service-metrics';

/** The part of the gateway's plan cache read here: its lookup, whose miss means the operation is planned again. */
interface PlanStore {
  get(key: string): Promise<unknown>;
}

/**
 * Counts the gateway's query-plan cache lookups by result. `@apollo/gateway` exposes no hook for it:
 * its store's lookup is wrapped in place, the store itself (and its bound, QUERY_PLAN_CACHE_MB) unchanged.
 */
export function countQueryPlanCache(gateway: ApolloGateway, metrics: ServiceMetrics): void {
  const lookups = new Counter({
    name: 'hub_query_plan_cache_lookups_total',
    help: 'Lookups in the gateway’s query-plan cache, by result: hit (the plan was reused) or miss (the operation was planned again; many misses mean QUERY_PLAN_CACHE_MB is small for the operations clients send).',
    labelNames: ['result'] as const,
    registers: [metrics.registry],
  });
  const store = (gateway as unknown as { queryPlanStore?: PlanStore }).queryPlanStore;
  if (!store)
    throw new Error('@apollo/gateway no longer keeps its plans in queryPlanStore: see query-plan-cache-metrics.ts');
  const get = store.get.bind(store);
  store.get = async (key) => {
    const plan = await get(key);
    lookups.inc({ result: plan === undefined ? 'miss' : 'hit' });
    return plan;
  };
}
