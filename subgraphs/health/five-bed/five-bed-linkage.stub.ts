import { Authorized, Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { checkFiveBedLinkageKey, type FiveBedLinkageKey } from '../../shared/five-bed/linkage-key';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';

/** The per-area view of the five-bed pilot, owned by the joint meeting; health contributes its beds and episodes. */
@Directive('@key(fields: "areaCode from to windowDays")')
@Authorized(can('publicRecords'))
// The public description, the same in every subgraph that names the type.
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
}

export const fiveBedLinkageReference = {
  FiveBedLinkage: {
    __resolveReference: (reference: FiveBedLinkageKey): FiveBedLinkage =>
      Object.assign(new FiveBedLinkage(), reference, checkFiveBedLinkageKey(reference)),
  },
};
