import { buildSchema, type GraphQLField } from 'graphql';
import { checkRecordId, checkRecordIds } from '../../../../subgraphs/shared/validation/record-id';

const schema = buildSchema(`
  input Filter { allocationId: ID, areaCode: ID, nested: Nested }
  input Nested { stayIds: [ID!] }
  input PayInput { allocationId: ID!, personKey: ID! }
  type Query {
    fund(id: ID!): Int
    disbursements(filter: Filter): Int
    area(code: ID!): Int
  }
  type Mutation { pay(input: PayInput!): Int }
`);

const field = (type: 'Query' | 'Mutation', name: string): GraphQLField<unknown, unknown> =>
  (type === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields()[name];

/** The field a check refuses, or undefined when it passes. */
function refused(check: () => void): unknown {
  try {
    check();
    return undefined;
  } catch (error) {
    return (error as { extensions: { code: string; field: string } }).extensions;
  }
}

describe('record numbers', () => {
  it('accepts positive whole numbers, as strings or numbers', () => {
    for (const value of ['1', '42', '9999999999', 7, null, undefined])
      expect(refused(() => checkRecordId('id', value))).toBeUndefined();
  });

  it.each(['abc', '0', '-1', '1.5', '1e3', ' 1', '01', '10000000000', 'NaN', ''])('refuses %j', (value) => {
    expect(refused(() => checkRecordId('id', value))).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('finds them by name in arguments and inputs, naming the field as the inputs’ own checks do', () => {
    expect(refused(() => checkRecordIds(field('Query', 'fund'), { id: 'abc' }))).toMatchObject({ field: 'id' });
    expect(
      refused(() => checkRecordIds(field('Query', 'disbursements'), { filter: { allocationId: '1 OR 1=1' } })),
    ).toMatchObject({ field: 'filter.allocationId' });
    expect(
      refused(() => checkRecordIds(field('Query', 'disbursements'), { filter: { nested: { stayIds: ['1', 'x'] } } })),
    ).toMatchObject({ field: 'filter.nested.stayIds' });
    expect(
      refused(() => checkRecordIds(field('Mutation', 'pay'), { input: { allocationId: 'x', personKey: 'k' } })),
    ).toMatchObject({ field: 'allocationId' });
  });

  it('leaves codes and person keys to their own checks', () => {
    expect(refused(() => checkRecordIds(field('Query', 'area'), { code: '371000' }))).toBeUndefined();
    expect(
      refused(() => checkRecordIds(field('Mutation', 'pay'), { input: { allocationId: '3', personKey: 'not-hex' } })),
    ).toBeUndefined();
    expect(
      refused(() => checkRecordIds(field('Query', 'disbursements'), { filter: { areaCode: 'x' } })),
    ).toBeUndefined();
  });
});
