import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { type AreaOnDateKey, checkAreaOnDateKey } from '../../shared/areas/area-on-date';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';

/** The city or a district on a day, as medical insurance knows it: the key only. The joint meeting owns it and computes the indicators. */
@Directive('@key(fields: "areaCode asOf")')
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'The city or a district as of a day (截至日期), owned by the joint meeting (联席会议); medical insurance adds the persons insured by long-term care insurance and the elder-care institutions LTCI-designated on the day.',
})
export class AreaOnDate {
  @Field(() => ID, { description: 'Division code of the city (371000) or a district.' })
  areaCode: string;

  @Field(() => LocalDate, { description: 'The day the figures are as of (inclusive).' })
  asOf: string;
}

export const areaOnDateReference = {
  AreaOnDate: {
    // The whole representation stays on the object, so fields another subgraph hands over are there too.
    __resolveReference: (reference: AreaOnDateKey): AreaOnDate =>
      Object.assign(new AreaOnDate(), reference, checkAreaOnDateKey(reference)),
  },
};
