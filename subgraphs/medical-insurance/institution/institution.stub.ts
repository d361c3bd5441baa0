import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { can } from '../access-policy';

/** The elder-care institution as medical insurance knows it: the credit code only. Civil affairs owns the record. */
@Directive('@key(fields: "code")')
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'An elder-care institution (养老机构), owned by civil affairs; medical insurance adds its LTCI designation (定点).',
})
export class Institution {
  @Field(() => ID, { description: 'Unified social credit code (统一社会信用代码), 18 characters.' })
  code: string;
}

export const institutionReference = {
  Institution: {
    __resolveReference: (reference: Pick<Institution, 'code'>): Institution => institutionStub(reference.code),
  },
};

/** The stub of an elder-care institution, to point at from an insurance record. */
export function institutionStub(code: string): Institution {
  return Object.assign(new Institution(), { code });
}
