import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { authorizeField } from '../auth/auth-checker';
import { type Mask, maskedFor, maskOf } from '../auth/personal-data';
import type { SubgraphContext } from '../context/context';
import type { ResolverInstances } from './resolver-instances';

type Resolver = GraphQLFieldResolver<unknown, SubgraphContext<unknown>>;
type Storage = ReturnType<typeof getMetadataStorage>;
type FieldResolverMetadata = Storage['fieldResolvers'][number];
type FieldMetadata = NonNullable<Storage['objectTypes'][number]['fields']>[number];
/** One argument of a field-resolver method, from the object, the context or the info. */
type Argument = (root: unknown, context: SubgraphContext<unknown>, info: GraphQLResolveInfo) => unknown;

/** Where a field's value comes from: a property of the object, or a method of a resolver class given the object. */
type Source =
  | { property: string }
  | { resolverClass: new () => object; method: string; params: readonly Argument[]; rootClass?: unknown };

interface FieldPlan {
  source: Source;
  /** The `@Authorized(...)` rule names; undefined for a field open to every caller the request admits. */
  rules: readonly string[] | undefined;
  /** Personal-data masks (auth/personal-data.ts), innermost first. */
  masks: readonly Mask[];
}

/**
 * type-graphql answers every field with an access rule or a middleware through its async dispatch:
 * the check, each middleware and the resolver each awaited, so every value of a large answer (a page
 * of 1,000 elders, the joint meeting's 279 indicator values) became several promises — the largest
 * per-field cost of a read (issue 18). This gives such fields a synchronous resolver making the same
 * policy check (so the same refusals and the same audit notes), then reading the property or calling
 * the field-resolver method, then masking personal data as `PersonalData` does; only a value the
 * method itself returns as a promise (a loader's) stays one. (The schema builder gives type-graphql
 * no global middleware, which these resolvers would bypass.)
 *
 * A field keeps type-graphql's resolver where its plan is not this simple: a middleware other than a
 * mask, an argument (validated and converted by type-graphql), or an object of another class than the
 * method's `@Root()` declares (type-graphql converts it). Where several departments declare a type
 * name (each its stub of a shared entity, all in one process in the embedded hub and the tests), their
 * classes may disagree on a field: the plan is then the one of the object's own class, found by its
 * constructor, and an object of no planned class keeps type-graphql's resolver.
 */
export function directResolvers(
  resolvers: GraphQLResolverMap<unknown>,
  resolverClasses: readonly unknown[],
  instances: ResolverInstances,
): void {
  for (const [typeName, fields] of Object.entries(fieldPlans(resolverClasses))) {
    const typeResolvers = resolvers[typeName] as Record<string, unknown> | undefined;
    if (!typeResolvers) continue;
    for (const [fieldName, plans] of Object.entries(fields)) {
      const original = typeResolvers[fieldName];
      if (typeof original !== 'function') continue;
      typeResolvers[fieldName] = resolverFor(
        plans,
        (plan) => directResolver(plan, fieldName, original as Resolver, instances),
        original as Resolver,
      );
    }
  }
}

/** One direct resolver where every class of the type name plans the field alike; otherwise the one of the object's own class. */
function resolverFor(
  plans: ReadonlyMap<unknown, FieldPlan | null>,
  direct: (plan: FieldPlan) => Resolver,
  original: Resolver,
): Resolver {
  const [first, ...others] = plans.values();
  if (first && others.every((plan) => plan && samePlan(first, plan))) return direct(first);
  const byClass = new Map<unknown, Resolver>();
  for (const [objectClass, plan] of plans) if (plan) byClass.set(objectClass, direct(plan));
  if (byClass.size === 0) return original;
  return (root, args, context, info) =>
    (byClass.get((root as object).constructor) ?? original)(root, args, context, info);
}

function directResolver(
  { source, rules, masks }: FieldPlan,
  fieldName: string,
  original: Resolver,
  instances: ResolverInstances,
): Resolver {
  const masked = (value: unknown, context: SubgraphContext<unknown>) => {
    for (const mask of masks) value = maskedFor(context, value, mask);
    return value;
  };
  const finish = (value: unknown, context: SubgraphContext<unknown>) =>
    masks.length === 0
      ? value
      : value instanceof Promise
        ? value.then((resolved) => masked(resolved, context))
        : masked(value, context);
  if ('property' in source) {
    const { property } = source;
    return (root, _args, context) => {
      if (rules) authorizeField(root, context, fieldName, rules);
      return finish((root as Record<string, unknown>)[property], context);
    };
  }
  const { resolverClass, method, params, rootClass } = source;
  const instance = instances.get(resolverClass) as Record<string, (...values: unknown[]) => unknown>;
  return (root, args, context, info) => {
    if (typeof rootClass === 'function' && !(root instanceof rootClass)) return original(root, args, context, info);
    if (rules) authorizeField(root, context, fieldName, rules);
    return finish(instance[method](...params.map((argument) => argument(root, context, info))), context);
  };
}

/** Per type name and field name, per class declaring it: the plan, or null where it is not simple. */
function fieldPlans(resolverClasses: readonly unknown[]): Record<string, Record<string, Map<unknown, FieldPlan | null>>> {
  const storage = getMetadataStorage();
  // The field resolvers type-graphql wires into this schema (schema-generator.js does the same).
  const fieldResolvers = storage.fieldResolvers.filter(
    (resolver) => resolver.kind === 'internal' || resolverClasses.includes(resolver.target),
  );
  const byType: Record<string, Record<string, Map<unknown, FieldPlan | null>>> = {};
  for (const objectType of storage.objectTypes) {
    const plans = (byType[objectType.name] ??= {});
    for (const field of objectType.fields ?? []) {
      const resolver = fieldResolvers.find(
        (candidate) => candidate.getObjectType?.() === field.target && candidate.methodName === field.name,
      );
      (plans[field.schemaName] ??= new Map()).set(objectType.target, resolver ? methodPlan(resolver) : propertyPlan(field));
    }
  }
  return byType;
}

function propertyPlan(field: FieldMetadata): FieldPlan | null {
  const masks = masksOf(field.middlewares);
  if (!masks || field.params?.length || (!field.roles && !masks.length)) return null;
  return { source: { property: field.name }, rules: field.roles?.map(String), masks };
}

function methodPlan(resolver: FieldResolverMetadata): FieldPlan | null {
  const masks = masksOf(resolver.middlewares);
  const resolverClass = resolver.target as new () => object;
  const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
  const args = params.map(argumentOf);
  if (resolver.kind !== 'external' || !masks || resolverClass.length > 0 || !args.every(Boolean)) return null;
  const root = params.find((param) => param.kind === 'root');
  const rootClass = root && 'getType' in root ? root.getType?.() : undefined;
  return {
    source: { resolverClass, method: resolver.methodName, params: args as Argument[], rootClass },
    rules: resolver.roles?.map(String),
    masks,
  };
}

/** How a parameter of a field-resolver method is filled; undefined for arguments and the rest, which type-graphql converts. */
function argumentOf(param: NonNullable<FieldResolverMetadata['params']>[number]): Argument | undefined {
  if (param.kind === 'root' && !param.propertyName) return (root) => root;
  if (param.kind === 'info') return (_root, _context, info) => info;
  if (param.kind !== 'context') return undefined;
  const { propertyName } = param;
  return propertyName
    ? (_root, context) => (context as unknown as Record<string, unknown>)[propertyName]
    : (_root, context) => context;
}

/** The masks of a field's middlewares, innermost first; undefined if any middleware is not a mask. */
function masksOf(middlewares: readonly unknown[] | undefined): Mask[] | undefined {
  const masks = (middlewares ?? []).map(maskOf);
  return masks.every((mask) => mask !== undefined) ? masks.reverse() : undefined;
}

function samePlan(a: FieldPlan, b: FieldPlan): boolean {
  const sameSource =
    'property' in a.source
      ? 'property' in b.source && a.source.property === b.source.property
      : 'method' in b.source && a.source.resolverClass === b.source.resolverClass && a.source.method === b.source.method;
  return (
    sameSource &&
    (a.rules === undefined ? b.rules === undefined : b.rules !== undefined && a.rules.join() === b.rules.join()) &&
    a.masks.length === b.masks.length &&
    a.masks.every((mask, index) => mask === b.masks[index])
  );
}
