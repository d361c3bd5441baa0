import { buildSubgraphSchema as buildApolloSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema, parse } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { auditResolverFor } from '../audit/audit.resolver';
import { changeFeedResolverFor } from '../changes/change-feed.resolver';
import { keepsChangeLog } from '../changes/change-log';
import type { ClassType } from '../class-type';
import type { Department } from '../departments';
import { policyAuthChecker } from '../auth/auth-checker';
import { boundEntityRepresentations } from './entity-representations';
import { FEDERATION_LINK } from './federation';
import { LocalDate, LocalDateScalar } from './local-date';
import { equipMutations } from './mutation-middlewares';
import { directResolvers } from './direct-resolvers';
import { ResolverInstances } from './resolver-instances';
import { validateInput } from './validate-input';

export interface SchemaParts {
  department: Department;
  resolvers: NonEmptyArray<ClassType>;
  /** The records the subgraph holds; with none it serves no change feed. */
  entities: ClassType[];
  /** Types no resolver returns directly, such as stubs of entities another department owns. */
  orphanedTypes?: ClassType[];
  /** `__resolveReference` per entity type this subgraph owns. */
  referenceResolvers: GraphQLResolverMap<unknown>;
}

/**
 * Builds a Federation 2 subgraph schema from type-graphql classes: print the type-graphql schema
 * with its directives under the federation `@link`, then let @apollo/subgraph add `_entities`
 * and `_service`, with type-graphql's resolvers and the reference resolvers merged.
 */
export async function buildSubgraphSchema(parts: SchemaParts): Promise<GraphQLSchema> {
  equipMutations();
  const resolverClasses: NonEmptyArray<ClassType> = [
    ...parts.resolvers,
    auditResolverFor(parts.department),
    ...(keepsChangeLog(parts) ? [changeFeedResolverFor(parts.department)] : []),
  ];
  const instances = new ResolverInstances();
  const schema = await buildSchema({
    resolvers: resolverClasses,
    container: instances,
    orphanedTypes: parts.orphanedTypes,
    scalarsMap: [{ type: LocalDate, scalar: LocalDateScalar }],
    validateFn: validateInput,
    authChecker: policyAuthChecker,
    skipCheck: true,
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  directResolvers(resolvers, resolverClasses, instances);
  for (const [typeName, reference] of Object.entries(parts.referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(reference as object) };
  }
  return boundEntityRepresentations(buildApolloSubgraphSchema({ typeDefs, resolvers }));
}
