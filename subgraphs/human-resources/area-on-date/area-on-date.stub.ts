import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { type AreaOnDateKey, checkAreaOnDateKey } from '../../shared/areas/area-on-date';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';

/** The city or a district on a day, as human resources knows it: the key its figures hang on. */
@Directive('@key(fields: "areaCode asOf")')
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'The city or a district as of a day (截至日期), owned by the joint meeting; human resources adds its caregiver, social-worker, certified, per-employer, trainee, induction and institution-specialist counts and the enrolment in elder-care majors.',
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
