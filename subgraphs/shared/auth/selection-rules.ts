import {
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isAbstractType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { AccessPolicy } from './access-policy';
import { allows } from './auth-checker';
import type { Caller } from './caller';

/** The rule names of every `@Authorized(...)` field of a subgraph's schema, by `Type.field`. */
export type FieldRules = ReadonlyMap<string, readonly string[]>;

/**
 * Reads the `@Authorized(...)` rules type-graphql recorded for the fields of this schema. Several
 * departments name a type alike (their stubs of `Elder`), so a type's rules are taken from the
 * class whose fields are exactly the schema type's.
 */
export function fieldRulesOf(schema: GraphQLSchema): FieldRules {
  const storage = getMetadataStorage();
  const rules = new Map<string, readonly string[]>();
  const add = (type: string, field: string, roles: unknown[] | undefined) => {
    if (roles?.length) rules.set(`${type}.${field}`, roles.map(String));
  };
  for (const [root, definitions] of [
    [schema.getQueryType(), storage.queries],
    [schema.getMutationType(), storage.mutations],
  ] as const) {
    if (!root) continue;
    for (const definition of definitions)
      if (root.getFields()[definition.schemaName]) add(root.name, definition.schemaName, definition.roles);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of classFieldsOf(type) ?? []) add(type.name, field.schemaName, field.roles);
  }
  return rules;
}

/**
 * The type-graphql fields (inherited ones too, as of a page) of the class a schema type was built
 * from: of the classes named like the type, the one whose fields are exactly the type's.
 */
export function classFieldsOf(type: GraphQLObjectType): Array<{ schemaName: string; roles?: unknown[] }> | undefined {
  const storage = getMetadataStorage();
  const fieldsOf = (target: unknown) => {
    const fields = new Map<string, { schemaName: string; roles?: unknown[] }>();
    for (let current = target; typeof current === 'function'; current = Object.getPrototypeOf(current) as unknown) {
      const metadata = storage.objectTypes.find((candidate) => candidate.target === current);
      for (const field of metadata?.fields ?? [])
        if (!fields.has(field.schemaName)) fields.set(field.schemaName, field);
    }
    return [...fields.values()];
  };
  const names = Object.keys(type.getFields()).sort().join();
  return storage.objectTypes
    .filter((candidate) => candidate.name === type.name)
    .map((candidate) => fieldsOf(candidate.target))
    .find(
      (fields) =>
        fields
          .map((field) => field.schemaName)
          .sort()
          .join() === names,
    );
}

/**
 * Whether an operation selects, anywhere in its selection set, a field whose rules the caller
 * satisfies none of: the check `@Authorized` makes as each field resolves, made on the whole
 * selection before anything runs. `@skip`/`@include` are not evaluated: a field that may be
 * selected counts as selected.
 */
export function selectsForbiddenField(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  rules: FieldRules,
  caller: Caller,
  policy: AccessPolicy,
  composedByGateway: boolean,
): boolean {
  const permitted = (names: readonly string[]) =>
    names.some((name) => {
      const rule = policy.rules[name];
      return rule !== undefined && allows(caller, rule, policy.owner, composedByGateway);
    });
  const visit = (type: GraphQLNamedType, selectionSet: SelectionSetNode): boolean => {
    if (isAbstractType(type)) return schema.getPossibleTypes(type).some((object) => visit(object, selectionSet));
    if (!isObjectType(type)) return false;
    return selectionSet.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return visitField(type, selection.name.value, selection.selectionSet);
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
      if (!fragment) return false;
      const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
      if (!condition || !appliesTo(schema, condition, type)) return false;
      return visit(type, fragment.selectionSet);
    });
  };
  const visitField = (type: GraphQLObjectType, name: string, selectionSet: SelectionSetNode | undefined): boolean => {
    const field = type.getFields()[name];
    if (!field) return false;
    const names = rules.get(`${type.name}.${name}`);
    if (names && !permitted(names)) return true;
    return selectionSet ? visit(getNamedType(field.type), selectionSet) : false;
  };
  const root = schema.getRootType(operation.operation);
  return root ? visit(root, operation.selectionSet) : false;
}

function appliesTo(schema: GraphQLSchema, condition: GraphQLNamedType, type: GraphQLObjectType): boolean {
  if (condition === type) return true;
  return isAbstractType(condition) && schema.isSubType(condition, type);
}
