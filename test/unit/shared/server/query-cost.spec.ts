import { buildSchema, parse } from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../../../../subgraphs/shared/paging/page-size';
import { DEFAULT_LIST_SIZE, LIST_SIZES, queryCost } from '../../../../subgraphs/shared/server/query-cost';

const schema = buildSchema(`
  scalar _Any
  input PageInput { offset: Int! = 0, limit: Int! = 50 }
  type Query {
    elders(page: PageInput): ElderPage!
    civilAffairsChanges(after: String, first: Int): RecordChangePage!
    areas(level: String, parentCode: ID): [Area!]!
    _entities(representations: [_Any!]!): [_Entity]!
  }
  union _Entity = Elder
  type ElderPage { items: [Elder!]! total: Int! offset: Int! limit: Int! }
  type Mutation { importElders(input: _Any): BulkWriteResult! }
  type BulkWriteResult { created: Int! items: [BulkItemResult!]! }
  type BulkItemResult { index: Int! outcome: String! }
  type RecordChangePage { items: [RecordChange!]! endCursor: String hasNextPage: Boolean! }
  type RecordChange { recordId: ID! operation: String! }
  type Elder {
    personKey: ID!
    tags: [String!]!
    district: Area!
    hospitalStays: [HospitalStay!]!
    ltciSettlements: [LtciSettlement!]!
  }
  type HospitalStay { admittedOn: String! }
  type LtciSettlement { month: String! amountFen: Int! }
  type Area { code: ID! }
`);

const cost = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
  queryCost(schema, parse(query), variables, operationName);

const SETTLEMENTS = LIST_SIZES['Elder.ltciSettlements'] as number;

describe('the query cost', () => {
  it('counts a page’s rows at its limit and its total once', () => {
    expect(cost('{ elders(page: { limit: 1000 }) { total items { personKey } } }').cost).toBe(1 + 1 + 1000 * (1 + 1));
  });

  it('counts a page read by cursor at its first rows, its cursor fields once', () => {
    expect(cost('{ civilAffairsChanges(first: 1000) { endCursor items { recordId operation } } }').cost).toBe(
      1 + 1 + 1000 * (1 + 2),
    );
    expect(cost('{ civilAffairsChanges { items { recordId } } }').cost).toBe(1 + DEFAULT_PAGE_SIZE * (1 + 1));
  });

  it('counts a bulk load’s answer at the most items a load may send', () => {
    expect(cost('mutation { importElders(input: {}) { created items { index outcome } } }').cost).toBe(
      1 + 1 + 1 + 10_000 * (1 + 1),
    );
  });

  it('counts a page without a limit at the default page size', () => {
    const rows = DEFAULT_PAGE_SIZE * (1 + 1);
    expect(cost('{ elders { items { personKey } } }').cost).toBe(1 + rows);
    expect(cost('{ elders(page: { offset: 10 }) { items { personKey } } }').cost).toBe(1 + rows);
  });

  it('reads a limit given in a variable', () => {
    const query = 'query Elders($limit: Int!) { elders(page: { limit: $limit }) { items { personKey } } }';
    expect(cost(query, { limit: 1000 }).cost).toBe(1 + 1000 * 2);
    expect(cost(query, { limit: 10 }).cost).toBe(1 + 10 * 2);
  });

  it('multiplies a nested list by its assumed rows per parent, the default where none is named', () => {
    const stays = 1 + DEFAULT_LIST_SIZE * 1;
    const settlements = 1 + SETTLEMENTS * 2;
    expect(
      cost(
        '{ elders(page: { limit: 100 }) { items { hospitalStays { admittedOn } ltciSettlements { month amountFen } } } }',
      ).cost,
    ).toBe(1 + 100 * (1 + stays + settlements));
  });

  it('counts a single object and a list of scalars like any field, not per row', () => {
    expect(cost('{ elders(page: { limit: 10 }) { items { tags district { code } } } }').cost).toBe(
      1 + 10 * (1 + 1 + 2),
    );
  });

  it('adds up aliases', () => {
    const one = cost('{ elders(page: { limit: 1000 }) { items { hospitalStays { admittedOn } } } }').cost;
    const three = cost(
      `{ a: elders(page: { limit: 1000 }) { items { hospitalStays { admittedOn } } }
         b: elders(page: { limit: 1000 }) { items { hospitalStays { admittedOn } } }
         c: elders(page: { limit: 1000 }) { items { hospitalStays { admittedOn } } } }`,
    ).cost;
    expect(three).toBe(3 * one);
  });

  it('counts fields selected through named and inline fragments as if written out', () => {
    const written = cost('{ elders(page: { limit: 1000 }) { items { personKey ltciSettlements { month } } } }').cost;
    expect(
      cost(`
        query WithFragments { elders(page: { limit: 1000 }) { ...Rows } }
        fragment Rows on ElderPage { items { ... on Elder { personKey } ...Settlements } }
        fragment Settlements on Elder { ltciSettlements { month } }
      `).cost,
    ).toBe(written);
  });

  it('leaves out what @skip and @include leave out', () => {
    const query = `query Maybe($stays: Boolean!) {
      elders(page: { limit: 1000 }) { items { personKey hospitalStays @include(if: $stays) { admittedOn } } }
    }`;
    expect(cost(query, { stays: false }).cost).toBe(1 + 1000 * 2);
    expect(cost(query, { stays: true }).cost).toBeGreaterThan(1 + 1000 * 2);
  });

  it('reads the number of areas from the level or parent asked for', () => {
    expect(cost('{ areas(level: "CITY") { code } }').cost).toBe(1 + 1);
    expect(cost('{ areas(level: "VILLAGE") { code } }').cost).toBe(1 + 3000);
    expect(cost('{ areas(parentCode: "371002") { code } }').cost).toBe(1 + 100);
  });

  it('counts what each entity of an _entities call selects once, however many representations it names', () => {
    const query = `query Fetch($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Elder { hospitalStays { admittedOn } } }
    }`;
    const representations = Array.from({ length: 5000 }, (_, i) => ({ __typename: 'Elder', personKey: `${i}` }));
    expect(cost(query, { representations }).cost).toBe(1 + (1 + DEFAULT_LIST_SIZE));
  });

  it('costs nothing for introspection and __typename', () => {
    expect(cost('{ __typename __schema { types { name fields { name } } } }').cost).toBe(0);
  });

  it('names the lists that make most of the cost, with their rows', () => {
    const { heaviest } = cost(`{
      areas(level: "TOWN") { code }
      elders(page: { limit: 1000 }) { total items { hospitalStays { admittedOn } ltciSettlements { month } } }
    }`);
    expect(heaviest).toEqual([
      { field: 'elders', rows: 1000 },
      { field: 'ltciSettlements', rows: SETTLEMENTS },
    ]);
  });

  it('prices only the operation a request runs', () => {
    const document = `
      query Small { elders(page: { limit: 1 }) { items { personKey } } }
      query Large { elders(page: { limit: 1000 }) { items { personKey } } }
    `;
    expect(cost(document, undefined, 'Small').cost).toBe(1 + 2);
    expect(cost(document, undefined, 'Large').cost).toBe(1 + 2000);
  });
});
