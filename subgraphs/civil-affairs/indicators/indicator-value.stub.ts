import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { checkAreaOnDateKey } from '../../shared/areas/area-on-date';
import { IndicatorRecordInputs } from '../../shared/indicators/indicator-record-inputs';
import { INDICATOR_VALUE_DESCRIPTION } from '../../shared/indicators/type-descriptions';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';

/**
 * An indicator the joint meeting evaluated, as civil affairs sees it: the key, and what the joint
 * meeting hands over (`@requires`) so civil affairs can list its own records behind the figure —
 * the records, and the audit of any elder listed, stay with the department that holds them.
 */
@Directive('@key(fields: "code areaCode asOf")')
@Authorized(can('publicRecords'))
@ObjectType({
  description: INDICATOR_VALUE_DESCRIPTION,
})
export class IndicatorValue {
  @Field(() => ID, { description: 'The indicator’s code.' })
  code: string;

  @Field(() => ID, { description: 'The city (371000) or the district evaluated.' })
  areaCode: string;

  @Field(() => LocalDate, { description: 'The day it is evaluated as of.' })
  asOf: string;

  @Directive('@external')
  @Field(() => IndicatorRecordInputs, {
    nullable: true,
    description:
      'The joint meeting: the catalogue’s reading of the indicator and the codes behind it. Not in the public API.',
  })
  recordInputs?: IndicatorRecordInputs;
}

export const indicatorValueReference = {
  IndicatorValue: {
    // The joint meeting's inputs arrive in the representation (`@requires`) and stay on the object.
    __resolveReference: (
      reference: Pick<IndicatorValue, 'code' | 'areaCode' | 'asOf' | 'recordInputs'>,
    ): IndicatorValue => Object.assign(new IndicatorValue(), reference, checkAreaOnDateKey(reference)),
  },
};
