import { Field, Int, ObjectType } from 'type-graphql';
import { FacilityKind } from './facility-kind.enum';

/** Open facilities of one kind in an area, counted by the database. */
@ObjectType({ description: 'How many community elder-care facilities of one kind are open in an area today.' })
export class FacilityCount {
  @Field(() => FacilityKind, { description: 'Kind of facility.' })
  kind: FacilityKind;

  @Field(() => Int, { description: 'Facilities of this kind open today (0 if none).' })
  count: number;
}
