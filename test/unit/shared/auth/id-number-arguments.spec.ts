import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLSchema,
  isInputObjectType,
} from 'graphql';
import type { Caller } from '../../../../subgraphs/shared/auth/caller';
import { checkIdNumbersMaySend } from '../../../../subgraphs/shared/auth/id-number-arguments';

const schema = buildSchema(`
  input PatientInput { idNumber: String, personKey: ID, admittedOn: String }
  input Batch { patients: [PatientInput!]! }
  type Query { elderByIdNumber(idNumber: String!): Int, elder(personKey: ID!): Int }
  type Mutation { admit(input: PatientInput!): Int, admitAll(batch: Batch!): Int }
`);

const field = (schemaOf: GraphQLSchema, type: 'Query' | 'Mutation', name: string): GraphQLField<unknown, unknown> =>
  (type === 'Query' ? schemaOf.getQueryType() : schemaOf.getMutationType())!.getFields()[name];

const caller = (scope: string): Caller => ({
  id: 'health-statistics',
  role: 'department-system',
  department: 'health',
  scopes: new Set(scope.split(' ').filter(Boolean)),
});

const refusal = (check: () => void): string | undefined => {
  try {
    check();
    return undefined;
  } catch (error) {
    return (error as { extensions: { code: string } }).extensions.code;
  }
};

describe('ID numbers given by a caller', () => {
  const withoutScope = caller('write');

  it('refuses a lookup by ID number from a caller without the personal-data scope', () => {
    const lookup = field(schema, 'Query', 'elderByIdNumber');
    expect(refusal(() => checkIdNumbersMaySend(lookup, { idNumber: '371002194805060011' }, withoutScope))).toBe(
      'FORBIDDEN',
    );
  });

  it('refuses an ID number however deep in a write’s input, lists included', () => {
    const admitAll = field(schema, 'Mutation', 'admitAll');
    const batch = { patients: [{ personKey: 'a'.repeat(32) }, { idNumber: 'not even a number' }] };
    expect(refusal(() => checkIdNumbersMaySend(admitAll, { batch }, withoutScope))).toBe('FORBIDDEN');
  });

  it('takes the person key instead, and an absent or null ID number', () => {
    const admit = field(schema, 'Mutation', 'admit');
    for (const input of [{ personKey: 'a'.repeat(32) }, { personKey: 'a'.repeat(32), idNumber: null }])
      expect(refusal(() => checkIdNumbersMaySend(admit, { input }, withoutScope))).toBeUndefined();
    expect(refusal(() => checkIdNumbersMaySend(field(schema, 'Query', 'elder'), { personKey: 'x' }, null))).toBe(
      undefined,
    );
  });

  it('takes an ID number from a caller with the personal-data scope', () => {
    const lookup = field(schema, 'Query', 'elderByIdNumber');
    expect(
      refusal(() => checkIdNumbersMaySend(lookup, { idNumber: '371002194805060011' }, caller('personal-data'))),
    ).toBeUndefined();
  });

  it('covers every argument and input field of the public graph described as an ID number', () => {
    // The check finds ID numbers by name and type; one described as such under another name would slip past it.
    const api = buildSchema(readFileSync(join(__dirname, '../../../../schema/api.graphql'), 'utf8'));
    const isIdNumber = (input: GraphQLArgument | GraphQLInputField) =>
      /ID number|身份证号码/.test(input.description ?? '');
    const roots = [api.getQueryType()!, api.getMutationType()!].flatMap((root) => Object.values(root.getFields()));
    let checked = 0;
    for (const rootField of roots)
      for (const arg of rootField.args) {
        const named = getNamedType(arg.type);
        const inner = isInputObjectType(named) ? Object.values(named.getFields()).filter(isIdNumber) : [];
        for (const idNumber of isIdNumber(arg) ? [arg] : inner) {
          const given = idNumber === arg ? '371002194805060011' : { [idNumber.name]: '371002194805060011' };
          const code = refusal(() => checkIdNumbersMaySend(rootField, { [arg.name]: given }, withoutScope));
          expect([rootField.name, idNumber.name, code]).toEqual([rootField.name, idNumber.name, 'FORBIDDEN']);
          checked++;
        }
      }
    // Both lookups, both registrations, health's three admissions and LTCI enrolment.
    expect(checked).toBe(8);
  });
});
