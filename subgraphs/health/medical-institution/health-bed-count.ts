import { Authorized, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { can } from '../access-policy';

/** The kinds of bed the health commission keeps a stock of. */
export enum HealthBedKind {
  MEDICAL = 'MEDICAL',
  HOSPICE = 'HOSPICE',
}

registerEnumType(HealthBedKind, {
  name: 'HealthBedKind',
  description: 'A kind of bed in a medical institution’s stock.',
  valuesConfig: {
    MEDICAL: { description: 'Medical bed (医疗床位), for hospital stays.' },
    HOSPICE: { description: 'Hospice bed (安宁疗护床位), for hospice stays.' },
  },
});

/** Capacity and occupancy of one kind of health bed, computed by the database. */
@Authorized(can('publicRecords'))
@ObjectType({ description: 'Medical or hospice beds in stock today and how many are occupied by an open stay.' })
export class HealthBedCount {
  @Field(() => HealthBedKind, { description: 'Kind of bed.' })
  kind: HealthBedKind;

  @Field(() => Int, { description: 'Beds in stock; unit: beds.' })
  capacity: number;

  @Field(() => Int, { description: 'Beds occupied today (stays not yet discharged); unit: beds.' })
  occupied: number;
}

export function healthBedCount(kind: HealthBedKind, capacity: number, occupied: number): HealthBedCount {
  return Object.assign(new HealthBedCount(), { kind, capacity, occupied });
}
