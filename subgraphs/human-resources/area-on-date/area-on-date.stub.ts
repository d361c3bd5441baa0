import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { type AreaOnDateKey, checkAreaOnDateKey } from '../../shared/areas/area-on-date';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';

/**
 * The city or a district on a day, as human resources knows it: the key, and the elder-care
 * institutions LTCI-designated on the day, which medical insurance resolves and the gateway hands
 * over for the long-term-carer figures (`@requires`).
 */
@Directive('@key(fields: "areaCode asOf")')
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'The city or a district as of a day (截至日期), owned by civil affairs; human resources adds its caregiver, social-worker, certified, long-term-carer and trainee counts and the enrolment in elder-care majors.',
})
export class AreaOnDate {
  @Field(() => ID, { description: 'Division code of the city (371000) or a district.' })
  areaCode: string;

  @Field(() => LocalDate, { description: 'The day the figures are as of (inclusive).' })
  asOf: string;

  @Directive('@external')
  @Field(() => [ID], {
    nullable: true,
    description:
      'Medical insurance: credit codes of the elder-care institutions of the area LTCI-designated on the day.',
  })
  ltciDesignatedInstitutionCodes?: string[];
}

export const areaOnDateReference = {
  AreaOnDate: {
    // The whole representation stays on the object: the designated institutions arrive in it (`@requires`).
    __resolveReference: (
      reference: AreaOnDateKey & Partial<Pick<AreaOnDate, 'ltciDesignatedInstitutionCodes'>>,
    ): AreaOnDate => Object.assign(new AreaOnDate(), reference, checkAreaOnDateKey(reference)),
  },
};
