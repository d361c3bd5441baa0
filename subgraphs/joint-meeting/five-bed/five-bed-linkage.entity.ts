import { Authorized, Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { checkFiveBedLinkageKey, type FiveBedLinkageKey } from '../../shared/five-bed/linkage-key';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';
import { LinkedBedEpisodesScalar } from '../../shared/five-bed/linked-episodes';
import { FiveBedCount } from './five-bed.types';

/**
 * The five-bed linkage pilot (五床联动) of the city or a district over a period: a joint-meeting view.
 * The joint meeting owns it and computes its figures from the contributions of civil affairs (the
 * pilot's lead: elder-care and family beds) and health (medical beds, home sickbeds, hospice beds),
 * which the gateway fetches from both in one wave and hands over through `@requires` (the external
 * fields below); it reads no department's tables. The arguments are the key because `@requires`
 * cannot take arguments. Each department marks its contributions `@inaccessible` (composition
 * refuses the directive on an `@external` declaration), so they are out of the public API.
 */
@Directive('@key(fields: "areaCode from to windowDays")')
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'The five-bed linkage (五床联动) of the city or a district over a period: capacity and occupancy of the five beds, transfers between them, and the days from hospital discharge to the next bed. Aggregates only; civil affairs leads, health contributes its beds.',
})
export class FiveBedLinkage implements FiveBedLinkageKey {
  @Field(() => ID, { description: 'Division code of the city (371000) or a district.' })
  areaCode: string;

  @Field(() => LocalDate, { description: 'First day of the period (inclusive).' })
  from: string;

  @Field(() => LocalDate, { description: 'Last day of the period (inclusive); bed figures are as of this day.' })
  to: string;

  @Field(() => Int, { description: 'Days after leaving a bed within which the next bed counts as a transfer.' })
  windowDays: number;

  @Directive('@external')
  @Field(() => [FiveBedCount], {
    description: 'Health: its three beds in the area on the last day. Not in the public API.',
  })
  healthBedCounts?: FiveBedCount[];

  @Directive('@external')
  @Field(() => LinkedBedEpisodesScalar, {
    description: 'Health: its bed episodes for the linkage, under per-query pseudonyms, packed. Not in the public API.',
  })
  linkedBedEpisodes?: unknown;

  @Directive('@external')
  @Field(() => [FiveBedCount], {
    description: 'Civil affairs: its two beds in the area on the last day. Not in the public API.',
  })
  civilAffairsBedCounts?: FiveBedCount[];

  @Directive('@external')
  @Field(() => LinkedBedEpisodesScalar, {
    description:
      'Civil affairs: its bed episodes for the linkage, under per-query pseudonyms, packed. Not in the public API.',
  })
  civilAffairsLinkedBedEpisodes?: unknown;
}

export const fiveBedLinkageReference = {
  FiveBedLinkage: {
    __resolveReference: (reference: FiveBedLinkageKey): FiveBedLinkage =>
      Object.assign(new FiveBedLinkage(), reference, checkFiveBedLinkageKey(reference)),
  },
};
