import { type GraphQLError, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { argumentsFingerprint } from '../../../../subgraphs/shared/idempotency/fingerprint';
import { idempotencyKeyOf, requireSingleMutation } from '../../../../subgraphs/shared/idempotency/idempotency-key';

describe('idempotency keys', () => {
  it('takes a bare key and the draft standard’s quoted form as the same key', () => {
    expect(idempotencyKeyOf('5f0c8a1e-3b7d-4e59-9a51-0c2f4e8b7d21')).toBe('5f0c8a1e-3b7d-4e59-9a51-0c2f4e8b7d21');
    expect(idempotencyKeyOf('"5f0c8a1e-3b7d-4e59-9a51-0c2f4e8b7d21"')).toBe('5f0c8a1e-3b7d-4e59-9a51-0c2f4e8b7d21');
    expect(idempotencyKeyOf(undefined)).toBeUndefined();
  });

  it.each(['short', 'x'.repeat(129), 'with space 123', 'two, keys-1234', '""'])(
    'refuses the malformed key %j',
    (key) => {
      let refusal: unknown;
      try {
        idempotencyKeyOf(key);
      } catch (error) {
        refusal = error;
      }
      expect((refusal as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    },
  );

  it('refuses a key on an operation of two mutation fields, counting fragments', () => {
    const operationOf = (text: string) => {
      const document = parse(text);
      const fragments = Object.fromEntries(
        document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
      );
      return () => requireSingleMutation(document.definitions[0] as OperationDefinitionNode, fragments);
    };
    expect(operationOf('mutation { a(x: 1) { id } __typename }')).not.toThrow();
    expect(operationOf('mutation { a(x: 1) { id } b: a(x: 2) { id } }')).toThrow(/one mutation field/);
    expect(operationOf('mutation { a(x: 1) { id } ...More } fragment More on Mutation { b { id } }')).toThrow();
    expect(operationOf('query { a { id } b { id } }')).not.toThrow();
  });

  it('fingerprints equal arguments alike whatever their key order, and other arguments otherwise', () => {
    const one = argumentsFingerprint({ input: { a: 1, b: ['x', { c: null }] }, id: '7' }, 'secret');
    expect(argumentsFingerprint({ id: '7', input: { b: ['x', { c: null }], a: 1 } }, 'secret')).toBe(one);
    expect(argumentsFingerprint({ id: '7', input: { b: ['x', { c: null }], a: 2 } }, 'secret')).not.toBe(one);
    expect(argumentsFingerprint({ id: '7', input: { b: ['x', { c: null }], a: 1 } }, 'other secret')).not.toBe(one);
  });
});
