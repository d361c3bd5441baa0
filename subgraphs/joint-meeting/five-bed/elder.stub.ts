import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { can } from '../access-policy';
import { CivilAffairsBedEpisode, FiveBedEpisodeRecord, LtciCareMonth } from './five-bed.types';

/**
 * The elder as the joint meeting knows them: the key, and what the departments hand over
 * (`@requires`) for the five-bed journey — civil affairs' beds, health's beds, insurance's settled
 * months. Civil affairs owns the registry and resolves the rest; the joint meeting keeps no person.
 */
@Directive('@key(fields: "personKey")')
@Authorized(can('careRecords'))
@ObjectType({
  description:
    'An elder in the civil-affairs registry (老年人信息库); the joint meeting adds the five-bed journey composed from every department’s beds.',
})
export class Elder {
  @Field(() => ID, {
    description: 'Pseudonymous person key: keyed hash of the ID number, the same in every department.',
  })
  personKey: string;

  @Directive('@external')
  @Field(() => [CivilAffairsBedEpisode], {
    nullable: true,
    description:
      'Civil affairs: the elder’s institution stays and family beds as five-bed episodes. Not in the public API.',
  })
  civilAffairsBedEpisodes?: CivilAffairsBedEpisode[] | null;

  @Directive('@external')
  @Field(() => [FiveBedEpisodeRecord], {
    nullable: true,
    description:
      'Health: the elder’s hospital stays, home sickbeds and hospice stays as five-bed episodes (resolved by health).',
  })
  healthBedEpisodes?: FiveBedEpisodeRecord[] | null;

  @Directive('@external')
  @Field(() => [LtciCareMonth], {
    nullable: true,
    description: 'Medical insurance: the elder’s settled months of LTCI care (resolved by medical insurance).',
  })
  ltciCareMonths?: LtciCareMonth[] | null;
}

export const elderReference = {
  Elder: {
    // What the departments hand over through `@requires` arrives in the representation and stays on the elder.
    __resolveReference: (reference: Pick<Elder, 'personKey'> & Partial<Elder>): Elder =>
      Object.assign(new Elder(), reference),
  },
};
