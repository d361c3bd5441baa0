import {
  type GraphQLObjectType,
  type GraphQLSchema,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { SUBGRAPHS } from '../../../../subgraphs/registry';
import type { Caller } from '../../../../subgraphs/shared/auth/caller';
import { classFieldsOf, fieldRulesOf, selectsForbiddenField } from '../../../../subgraphs/shared/auth/selection-rules';
import type { Department } from '../../../../subgraphs/shared/departments';
import { buildSubgraphSchema } from '../../../../subgraphs/shared/schema/build-subgraph-schema';

const system = (department: Department): Caller => ({
  id: `${department}-system`,
  role: 'department-system',
  department,
  scopes: new Set(['write', 'personal-data']),
});

describe('the field rules a mutation’s selection is checked against', () => {
  const schemas = new Map<Department, GraphQLSchema>();
  beforeAll(async () => {
    // Every department's schema in one process, as the test hubs run them: their stubs of a type share its name.
    for (const definition of SUBGRAPHS) schemas.set(definition.department, await buildSubgraphSchema(definition));
  }, 60_000);

  it.each(SUBGRAPHS.map((definition) => [definition.department, definition] as const))(
    'name a rule for every mutation of %s',
    (department) => {
      const schema = schemas.get(department)!;
      const rules = fieldRulesOf(schema);
      const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
      expect(mutations.filter((name) => !rules.has(`Mutation.${name}`))).toEqual([]);
    },
  );

  it.each(SUBGRAPHS.map((definition) => [definition.department, definition] as const))(
    'find the class of every object type of %s (its fields exactly)',
    (department) => {
      const schema = schemas.get(department)!;
      const classes = getMetadataStorage().objectTypes;
      const unmatched = Object.values(schema.getTypeMap())
        .filter((type) => isObjectType(type) && classes.some((candidate) => candidate.name === type.name))
        .filter((type) => !classFieldsOf(type as GraphQLObjectType))
        .map((type) => type.name);
      expect(unmatched).toEqual([]);
    },
  );

  const forbidden = (department: Department, caller: Caller, source: string, composedByGateway = false) => {
    const schema = schemas.get(department)!;
    const document = parse(source);
    const operation = document.definitions.find(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    )!;
    const definition = SUBGRAPHS.find((subgraph) => subgraph.department === department)!;
    return selectsForbiddenField(
      schema,
      operation,
      {},
      fieldRulesOf(schema),
      caller,
      definition.policy,
      composedByGateway,
    );
  };

  it('finds a field of another department’s stub the caller may not read, as the gateway plans it', () => {
    const entities = (selection: string) =>
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Elder { ${selection} } } }`;
    expect(forbidden('civil-affairs', system('health'), entities('allowances { month }'))).toBe(true);
    expect(forbidden('civil-affairs', system('finance'), entities('allowances { month }'))).toBe(false);
    expect(forbidden('civil-affairs', system('health'), entities('name'))).toBe(false);
  });

  it('lets a composition-only field through for the gateway composing, and directly only for those entitled to its records', () => {
    const episodes = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on FiveBedLinkage { linkedBedEpisodes } } }`;
    const analyst: Caller = { id: 'joint-meeting-analyst', role: 'analyst', department: null, scopes: new Set() };
    expect(forbidden('health', analyst, episodes)).toBe(true);
    expect(forbidden('health', system('finance'), episodes)).toBe(true);
    expect(forbidden('health', analyst, episodes, true)).toBe(false);
    expect(forbidden('health', system('civil-affairs'), episodes)).toBe(false);
  });
});
