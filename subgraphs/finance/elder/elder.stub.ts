import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { can } from '../access-policy';

/** The elder as finance knows them: the key only. Civil affairs owns the registry and resolves the rest. */
@Directive('@key(fields: "personKey")')
@Authorized(can('personPayments'))
@ObjectType({
  description: 'An elder in the civil-affairs registry; finance adds the lottery-fund payments they received.',
})
export class Elder {
  @Field(() => ID, { description: 'Person key: keyed hash of the ID number, the same in every department.' })
  personKey: string;
}

export const elderReference = {
  Elder: {
    __resolveReference: (reference: Pick<Elder, 'personKey'>): Elder =>
      Object.assign(new Elder(), { personKey: reference.personKey }),
  },
};
