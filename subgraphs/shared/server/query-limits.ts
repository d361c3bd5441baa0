import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';

/**
 * Bounds on a query, applied at the gateway and again at every subgraph. Depth, aliases, directives and
 * tokens are graphql-armor's defaults, which the hub does not loosen. The cost (query-cost.ts, refused by
 * cost-limit.ts) counts list sizes; its limit is calibrated in the README (Query limits). Page sizes are
 * bounded by `MAX_PAGE_SIZE` in each list.
 */
export const QUERY_LIMITS = { depth: 6, aliases: 15, cost: 250_000, directives: 50, tokens: 1000 } as const;

/** Parser limit: a token bomb is refused before it is even parsed into a document. */
export const PARSE_OPTIONS = { maxTokens: QUERY_LIMITS.tokens };

export function queryLimitRules(): ValidationRule[] {
  // Reported as validation errors (GRAPHQL_VALIDATION_FAILED) rather than thrown, which Apollo would answer as internal.
  const common = {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
  };
  return [
    maxDepthRule({ ...common, n: QUERY_LIMITS.depth, ignoreIntrospection: true }),
    maxAliasesRule({ ...common, n: QUERY_LIMITS.aliases }),
    maxDirectivesRule({ ...common, n: QUERY_LIMITS.directives }),
  ] as ValidationRule[];
}
