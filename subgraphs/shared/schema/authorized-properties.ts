import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { GraphQLFieldResolver } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { authorize } from '../auth/auth-checker';
import type { SubgraphContext } from '../context/context';

interface PropertyRule {
  property: string;
  rules: string[];
}

/**
 * type-graphql answers every field under `@Authorized` through its async middleware chain, so each
 * plain property of a large answer (the joint meeting's 279 indicator values, a page of 1,000 elders)
 * became a promise and a dispatch: the largest per-field cost of a read (issue 18). This gives each
 * plain property — a class property with no field resolver and no middleware of its own — a
 * synchronous resolver running the same policy check (so the same refusals and the same audit notes)
 * before reading it. Several departments declare classes of one name (each its stub of a shared
 * entity): a field is replaced only where every class of that name that has it agrees on the
 * property and its rules, so whichever class this schema was built from, the check is the one
 * declared.
 */
export function synchronousAuthorizedProperties(resolvers: GraphQLResolverMap<unknown>): void {
  for (const [typeName, fields] of Object.entries(authorizedProperties())) {
    const typeResolvers = resolvers[typeName] as Record<string, unknown> | undefined;
    if (!typeResolvers) continue;
    for (const [fieldName, rule] of Object.entries(fields)) {
      if (!rule || !(fieldName in typeResolvers)) continue;
      typeResolvers[fieldName] = propertyResolver(rule);
    }
  }
}

function propertyResolver({ property, rules }: PropertyRule): GraphQLFieldResolver<unknown, SubgraphContext<unknown>> {
  return (root, _args, context, info) => {
    authorize({ root, context, info }, rules);
    return (root as Record<string, unknown>)[property];
  };
}

/** Per type name and field name: the property and rules, or null where the classes of that name disagree or it is not plain. */
function authorizedProperties(): Record<string, Record<string, PropertyRule | null>> {
  const storage = getMetadataStorage();
  const resolved = new Map<unknown, Set<string>>();
  for (const resolver of storage.fieldResolvers) {
    const objectClass = resolver.getObjectType?.();
    resolved.set(objectClass, (resolved.get(objectClass) ?? new Set()).add(resolver.methodName));
  }
  const byType: Record<string, Record<string, PropertyRule | null>> = {};
  for (const objectType of storage.objectTypes) {
    const fields = (byType[objectType.name] ??= {});
    for (const field of objectType.fields ?? []) {
      const plain =
        field.roles !== undefined &&
        !field.middlewares?.length &&
        !field.params?.length &&
        !resolved.get(objectType.target)?.has(field.name);
      const rule = plain ? { property: field.name, rules: field.roles!.map(String) } : null;
      const earlier = fields[field.schemaName];
      fields[field.schemaName] =
        earlier === undefined || (earlier && rule && sameRule(earlier, rule)) ? rule : null;
    }
  }
  return byType;
}

function sameRule(a: PropertyRule, b: PropertyRule): boolean {
  return a.property === b.property && a.rules.join() === b.rules.join();
}
