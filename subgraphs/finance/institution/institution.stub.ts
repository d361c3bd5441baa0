import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { can } from '../access-policy';

/** The institution as finance knows it: the credit code only. Civil affairs owns the record. */
@Directive('@key(fields: "code")')
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'An elder-care institution (养老机构) registered with civil affairs; finance adds the lottery-fund awards and subsidies it received.',
})
export class Institution {
  @Field(() => ID, { description: 'Unified social credit code (统一社会信用代码).' })
  code: string;
}

export const institutionReference = {
  Institution: {
    __resolveReference: (reference: Pick<Institution, 'code'>): Institution =>
      Object.assign(new Institution(), { code: reference.code }),
  },
};
