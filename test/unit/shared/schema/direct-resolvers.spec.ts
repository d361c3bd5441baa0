import type { GraphQLFieldResolver, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { isObjectType } from 'graphql';
import { civilAffairsPolicy } from '../../../../subgraphs/civil-affairs/access-policy';
import { AbilityAssessment } from '../../../../subgraphs/civil-affairs/assessment/ability-assessment.entity';
import { Elder } from '../../../../subgraphs/civil-affairs/elder/elder.entity';
import { humanResourcesPolicy } from '../../../../subgraphs/human-resources/access-policy';
import { AreaOnDate } from '../../../../subgraphs/human-resources/area-on-date/area-on-date.stub';
import { SUBGRAPHS } from '../../../../subgraphs/registry';
import type { AccessPolicy } from '../../../../subgraphs/shared/auth/access-policy';
import { AuditCollector } from '../../../../subgraphs/shared/audit/audit-collector';
import type { Caller } from '../../../../subgraphs/shared/auth/caller';
import type { SubgraphContext } from '../../../../subgraphs/shared/context/context';
import { ForbiddenError } from '../../../../subgraphs/shared/errors/errors';
import { buildSubgraphSchema } from '../../../../subgraphs/shared/schema/build-subgraph-schema';

type Resolver = GraphQLFieldResolver<unknown, SubgraphContext<unknown>>;

const healthSystem: Caller = { id: 'health-system', role: 'department-system', department: 'health', scopes: new Set() };
const financeSystem: Caller = {
  id: 'finance-system',
  role: 'department-system',
  department: 'finance',
  scopes: new Set(['personal-data']),
};

function elder(): Elder {
  return Object.assign(new Elder(), { personKey: 'a'.repeat(32), name: '王秀英', birthDate: '1950-03-01' });
}

function contextFor(caller: Caller, loaders: unknown = {}, policy: AccessPolicy = civilAffairsPolicy): SubgraphContext<unknown> {
  return {
    caller,
    composedByGateway: false,
    policy,
    audit: new AuditCollector(),
    loaders,
  } as unknown as SubgraphContext<unknown>;
}

describe('fields answered without type-graphql’s async dispatch', () => {
  let schema: GraphQLSchema;
  let humanResources: GraphQLSchema;
  const resolverOf = (type: string, field: string, of = schema): Resolver => {
    const object = of.getType(type);
    if (!isObjectType(object)) throw new Error(`${type} is not an object type`);
    return object.getFields()[field].resolve as Resolver;
  };
  const info = (fieldName: string) => ({ fieldName }) as GraphQLResolveInfo;

  beforeAll(async () => {
    // Every department's schema in one process, as the test hubs run them: their stubs of `Elder` share its name.
    for (const definition of SUBGRAPHS) {
      const built = await buildSubgraphSchema(definition);
      if (definition.department === 'civil-affairs') schema = built;
      if (definition.department === 'human-resources') humanResources = built;
    }
  }, 60_000);

  it('masks a personal-data property at once, notes the read, and refuses an unentitled caller on the spot', () => {
    const name = resolverOf('Elder', 'name');
    const context = contextFor(healthSystem);

    expect(name(elder(), {}, context, info('name'))).toBe('王**');
    expect([...context.audit.fields]).toEqual(['Elder.name']);
    expect([...context.audit.personKeys]).toEqual(['a'.repeat(32)]);
    const analyst = contextFor({ id: 'analyst', role: 'analyst', department: null, scopes: new Set() });
    expect(() => name(elder(), {}, analyst, info('name'))).toThrow(ForbiddenError);
    expect(analyst.audit.isEmpty).toBe(true);
  });

  it('calls a field-resolver method after the check, its loader’s promise the only one', async () => {
    const latest = Object.assign(new AbilityAssessment(), { personKey: 'a'.repeat(32) });
    const loaders = { assessmentsByPerson: { load: (key: string) => Promise.resolve(key === latest.personKey ? [latest] : []) } };
    const context = contextFor(healthSystem, loaders);

    await expect(resolverOf('Elder', 'latestAssessment')(elder(), {}, context, info('latestAssessment'))).resolves.toBe(
      latest,
    );
    expect([...context.audit.fields]).toEqual(['Elder.latestAssessment']);
    // Finance sees who an elder is, not their ability assessments.
    const finance = contextFor(financeSystem, loaders);
    expect(() => resolverOf('Elder', 'latestAssessment')(elder(), {}, finance, info('latestAssessment'))).toThrow(
      ForbiddenError,
    );
    expect(resolverOf('Elder', 'age')(elder(), {}, finance, info('age'))).toEqual(expect.any(Number));
  });

  it('checks a field of an entity every department stubs by the rule of the object’s own class, at once', () => {
    // The joint meeting declares AreaOnDate.socialWorkers as an external field, human resources with a rule.
    const socialWorkers = resolverOf('AreaOnDate', 'socialWorkers', humanResources);
    const area = Object.assign(new AreaOnDate(), { areaCode: '371000', asOf: '2025-12-31' });
    const analyst = contextFor(
      { id: 'analyst', role: 'analyst', department: null, scopes: new Set() },
      {},
      humanResourcesPolicy,
    );
    expect(() => socialWorkers(area, {}, analyst, info('socialWorkers'))).toThrow(ForbiddenError);
  });
});
