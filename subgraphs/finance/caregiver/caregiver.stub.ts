import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { can } from '../access-policy';

/** The caregiver as finance knows them: the key only. Human resources owns the record. */
@Directive('@key(fields: "personKey")')
@Authorized(can('personPayments'))
@ObjectType({
  description:
    'A caregiver (养老护理员), owned by human resources; finance adds the lottery-fund payments (e.g. hiring awards) they received.',
})
export class Caregiver {
  @Field(() => ID, { description: 'Person key of the caregiver: the same keyed hash of the ID number as for elders.' })
  personKey: string;
}

export const caregiverReference = {
  Caregiver: {
    __resolveReference: (reference: Pick<Caregiver, 'personKey'>): Caregiver =>
      Object.assign(new Caregiver(), { personKey: reference.personKey }),
  },
};
