import { ApolloServer } from '@apollo/server';
import { GraphQLInt, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, GraphQLUnionType } from 'graphql';
import { compiledExecution } from '../../../../subgraphs/shared/server/compiled-execution';

const Cat = new GraphQLObjectType({ name: 'Cat', fields: { meows: { type: GraphQLInt } } });
const Dog = new GraphQLObjectType({ name: 'Dog', fields: { barks: { type: GraphQLInt } } });

function schemaWith(resolveType: GraphQLUnionType['resolveType']) {
  const Pet = new GraphQLUnionType({ name: 'Pet', types: [Cat, Dog], resolveType });
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        repeat: {
          type: GraphQLString,
          args: { word: { type: new GraphQLNonNull(GraphQLString) }, times: { type: new GraphQLNonNull(GraphQLInt) } },
          resolve: (_, { word, times }: { word: string; times: number }) => word.repeat(times),
        },
        pet: {
          type: Pet,
          args: { barking: { type: GraphQLInt } },
          resolve: (_, { barking }: { barking?: number }) => (barking ? { barks: barking } : { meows: 1 }),
        },
      },
    }),
  });
}

const byShape: GraphQLUnionType['resolveType'] = (value: { barks?: number }) => (value.barks ? 'Dog' : 'Cat');

async function serverOver(schema: GraphQLSchema) {
  const server = new ApolloServer({ gateway: compiledExecution(schema) });
  await server.start();
  return server;
}

async function run(server: ApolloServer, query: string, variables?: Record<string, unknown>) {
  const { body } = await server.executeOperation({ query, variables });
  if (body.kind !== 'single') throw new Error('expected a single result');
  return body.singleResult;
}

describe('compiled execution', () => {
  it('answers as graphql-js does, a union member taken from resolveType', async () => {
    const server = await serverOver(schemaWith(byShape));
    const result = await run(
      server,
      '{ pet(barking: 4) { ... on Dog { barks } ... on Cat { meows } } again: pet { __typename } }',
    );
    expect(result).toEqual({ data: { pet: { barks: 4 }, again: { __typename: 'Cat' } } });
    await server.stop();
  });

  it("gives an omitted non-null variable the operation's default (graphql-jit alone refuses it)", async () => {
    const server = await serverOver(schemaWith(byShape));
    const query = 'query($word: String!, $times: Int! = 3) { repeat(word: $word, times: $times) }';
    expect(await run(server, query, { word: 'ab' })).toEqual({ data: { repeat: 'ababab' } });
    expect(await run(server, query, { word: 'ab', times: 1 })).toEqual({ data: { repeat: 'ab' } });
    await server.stop();
  });

  it('refuses a bad variable with BAD_USER_INPUT, in graphql-js words, running nothing', async () => {
    const server = await serverOver(schemaWith(byShape));
    const result = await run(server, 'query($times: Int!) { repeat(word: "x", times: $times) }', { times: 'many' });
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0].message).toMatch(/^Variable "\$times" got invalid value "many"/);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await server.stop();
  });

  it('refuses to start on a union whose member type is resolved asynchronously', () => {
    const resolveAsync: GraphQLUnionType['resolveType'] = async (value: { barks?: number }) =>
      Promise.resolve(value.barks ? 'Dog' : 'Cat');
    expect(() => compiledExecution(schemaWith(resolveAsync))).toThrow(/Pet resolves its member type asynchronously/);
  });
});
