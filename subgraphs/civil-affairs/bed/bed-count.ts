import { Field, Int, ObjectType } from 'type-graphql';
import { BedKind } from './bed-kind.enum';

/** Capacity and occupancy of one kind of bed, computed by the database. */
@ObjectType({ description: 'Beds of one kind in service today, and how many are occupied.' })
export class BedCount {
  @Field(() => BedKind, { description: 'Kind of bed.' })
  kind: BedKind;

  @Field(() => Int, { description: 'Beds in service.' })
  capacity: number;

  @Field(() => Int, { description: 'Beds with a resident staying today.' })
  occupied: number;
}
