import {
  type Experimental_DidResolveQueryPlanCallback,
  type GraphQLDataSourceProcessOptions,
  type ServiceMap,
} from '@apollo/gateway';
import { GraphQLError, OperationTypeNode } from 'graphql';
import { SELECTION_CHECK_HEADER } from '../subgraphs/shared/auth/selection-check';
import type { GatewayContext } from './start-gateway';

type PlanNode = NonNullable<Parameters<Experimental_DidResolveQueryPlanCallback>[0]['queryPlan']['node']>;

/** One subgraph's part of a mutation's plan, to be checked against the caller's field rules before anything is written. */
interface PlannedFetch {
  serviceName: string;
  operation: string;
}

/** The fetches of a planned mutation, waiting to be checked before its first fetch writes. */
export interface PendingSelectionCheck {
  fetches: PlannedFetch[];
  serviceMap: ServiceMap;
}

/**
 * Notes the fetches of every mutation's plan on the request: each subgraph sees only its own part
 * of the plan, so the gateway asks each one to check its part before the first fetch writes.
 */
export const noteMutationPlan: Experimental_DidResolveQueryPlanCallback = ({
  queryPlan,
  serviceMap,
  operationContext,
  requestContext,
}) => {
  if (operationContext.operation.operation !== OperationTypeNode.MUTATION || !queryPlan.node) return;
  const fetches: PlannedFetch[] = [];
  collectFetches(queryPlan.node, fetches);
  (requestContext.context as GatewayContext).selectionCheck = { fetches, serviceMap };
};

/**
 * Before the first fetch of a mutation is sent, every subgraph of its plan checks its part
 * ({@link SELECTION_CHECK_HEADER}); the first refusal is the mutation's answer, and nothing is written.
 */
export async function checkMutationPlan(
  options: GraphQLDataSourceProcessOptions<GatewayContext>,
  context: GatewayContext,
): Promise<void> {
  const pending = context.selectionCheck;
  if (!pending || !('incomingRequestContext' in options)) return;
  context.selectionCheck = undefined;
  const answers = await Promise.all(
    pending.fetches.map(({ serviceName, operation }) => {
      const service = pending.serviceMap[serviceName];
      if (!service) throw new Error(`the plan names an unknown subgraph ${serviceName}`);
      // A department that cannot answer the check refuses nothing: the write goes ahead and that
      // department's fields fail on their own, as they would in any query while it is down.
      return (
        service
          .process({
            ...options,
            request: {
              query: operation,
              http: { method: 'POST', url: '', headers: new Headers({ [SELECTION_CHECK_HEADER]: 'only' }) },
            },
            pathInIncomingRequest: undefined,
          })
          // A refusal arrives as a non-2xx answer, which the data source throws as a GraphQLError.
          .catch((error: unknown) => ({ errors: error instanceof GraphQLError ? [error] : undefined }))
      );
    }),
  );
  const refusal = answers
    .flatMap((answer) => answer.errors ?? [])
    .find((error) => REFUSALS.has(String(error.extensions?.code)));
  if (refusal)
    throw new GraphQLError(refusal.message, {
      extensions: { code: refusal.extensions?.code },
    });
}

/** The answers of a check that refuse the mutation; anything else (a department down) is not a refusal. */
const REFUSALS = new Set(['FORBIDDEN', 'UNAUTHENTICATED', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']);

function collectFetches(node: PlanNode, into: PlannedFetch[]): void {
  switch (node.kind) {
    case 'Fetch':
      into.push({ serviceName: node.serviceName, operation: node.operation });
      return;
    case 'Sequence':
    case 'Parallel':
      node.nodes.forEach((child) => collectFetches(child, into));
      return;
    case 'Flatten':
      collectFetches(node.node, into);
      return;
    case 'Defer':
      if (node.primary.node) collectFetches(node.primary.node, into);
      node.deferred.forEach((deferred) => deferred.node && collectFetches(deferred.node, into));
      return;
    case 'Condition':
      if (node.ifClause) collectFetches(node.ifClause, into);
      if (node.elseClause) collectFetches(node.elseClause, into);
  }
}
