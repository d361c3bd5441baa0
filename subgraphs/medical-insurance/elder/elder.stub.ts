import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { can } from '../access-policy';

/** The elder as medical insurance knows them: the key only. Civil affairs owns the registry and resolves the rest. */
@Directive('@key(fields: "personKey")')
@Authorized(can('enrolment'))
@ObjectType({
  description:
    'An elder in the civil-affairs registry (老年人信息库); medical insurance adds LTCI enrolment, disability grades and settlements.',
})
export class Elder {
  @Field(() => ID, {
    description: 'Pseudonymous person key: keyed hash of the ID number, the same in every department.',
  })
  personKey: string;
}

export const elderReference = {
  Elder: {
    __resolveReference: (reference: Pick<Elder, 'personKey'>): Elder => elderStub(reference.personKey),
  },
};

/** The stub of an elder, to point at from an insurance record. */
export function elderStub(personKey: string): Elder {
  return Object.assign(new Elder(), { personKey });
}
