import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { type AreaOnDateKey, checkAreaOnDateKey } from '../../shared/areas/area-on-date';
import { AREA_ON_DATE_DESCRIPTION } from '../../shared/indicators/type-descriptions';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';

/** The city or a district on a day, as civil affairs knows it: the key its counts hang on (the joint meeting owns it). */
@Directive('@key(fields: "areaCode asOf")')
@Authorized(can('publicRecords'))
@ObjectType({
  description: AREA_ON_DATE_DESCRIPTION,
})
export class AreaOnDate {
  @Field(() => ID, { description: 'Division code of the city (371000) or a district.' })
  areaCode: string;

  @Field(() => LocalDate, { description: 'The day the figures are as of (inclusive).' })
  asOf: string;
}

export const areaOnDateReference = {
  AreaOnDate: {
    __resolveReference: (reference: AreaOnDateKey): AreaOnDate =>
      Object.assign(new AreaOnDate(), checkAreaOnDateKey(reference)),
  },
};
