import type { GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  isAbstractType,
  valueFromASTUntyped,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { BoundedLru } from '../cache/bounded-lru';

/**
 * Compiled operations kept: a department's own systems and the gateway's plans send it a few dozen
 * distinct operations. Each compiled one holds 30–40 KB of heap (the 1,000-row elder page: 33 KB)
 * and more in V8's code space: under bench:memory's mix of about 500 distinct operations civil
 * affairs, which compiles the most of them, settled 19–26 MB above graphql-js.
 */
const COMPILED_OPERATIONS = 256;

/**
 * Runs a department's operations with graphql-jit instead of graphql-js: each validated operation is
 * compiled once into a function that walks its selection with the resolvers called directly, where
 * graphql-js walks the operation's tree and the schema's maps for every field of every row. Parsing,
 * validation, the cost limit and every plugin stay Apollo Server's: the compiled function is handed
 * to it as a gateway's executor, the one place its request pipeline lets another executor in.
 *
 * The most recently used operations are kept compiled, by the hash of their text (the document
 * store's key); one more is compiled in 1–2 ms.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  refuseAsyncTypeResolvers(schema);
  const compiled = new BoundedLru<CompiledQuery>(COMPILED_OPERATIONS);
  const compile = (queryHash: string, document: DocumentNode, operationName: string | null) => {
    const key = `${queryHash}:${operationName ?? ''}`;
    let query = compiled.get(key);
    if (!query) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      // Apollo Server has resolved the operation already: a document graphql-jit still cannot
      // compile is answered with its errors.
      if (!isCompiledQuery(result)) return result;
      compiled.set(key, (query = result), 1);
    }
    return query;
  };
  // Apollo Server learns the schema from the listener it registers, called when loading.
  let listener: Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0] | undefined;
  return {
    onSchemaLoadOrUpdate(callback) {
      listener = callback;
      return () => {
        listener = undefined;
      };
    },
    load() {
      listener?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return Promise.resolve({
        executor: async ({ queryHash, document, operation, operationName, request, context }) => {
          const query = compile(queryHash, document, operationName);
          if (!('query' in query)) return query;
          const variables = withDefaults(operation, request.variables ?? {});
          const result = await query.query(undefined, context, variables);
          // No data at all: the variables were refused. graphql-js decides what a bad variable is and
          // words its error (Apollo Server gives BAD_USER_INPUT by that wording), so it runs the request.
          if (!('data' in result) || result.data === undefined) {
            return execute({
              schema,
              document,
              operationName,
              variableValues: request.variables,
              contextValue: context,
            });
          }
          return result;
        },
      });
    },
    stop: () => Promise.resolve(),
  };
}

/**
 * The operation's variables with the defaults it declares for those not given: graphql-jit refuses a
 * non-null variable with a default (`$limit: Int! = 1000`) when it is omitted, which the spec allows.
 */
function withDefaults(operation: OperationDefinitionNode, given: Record<string, unknown>): Record<string, unknown> {
  let variables = given;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (definition.defaultValue && !(name in given)) {
      if (variables === given) variables = { ...given };
      variables[name] = valueFromASTUntyped(definition.defaultValue);
    }
  }
  return variables;
}

/**
 * graphql-jit takes the member type of a union or interface from its resolveType synchronously: a
 * promise (type-graphql wraps any resolveType given to it in an async function) would fail every
 * answer holding that type at run time, so the department refuses to start instead.
 */
function refuseAsyncTypeResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (isAbstractType(type) && type.resolveType?.constructor.name === 'AsyncFunction') {
      throw new Error(
        `${type.name} resolves its member type asynchronously, which the compiled execution cannot wait for: leave resolveType out and let the value's class decide`,
      );
    }
  }
}
