import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { checkAreaOnDateKey } from '../../shared/areas/area-on-date';
import { IndicatorRecordInputs, RECORD_INPUTS_KEY } from '../../shared/indicators/indicator-record-inputs';
import { INDICATOR_VALUE_DESCRIPTION } from '../../shared/indicators/type-descriptions';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';

/**
 * An indicator the joint meeting evaluated, as civil affairs sees it: a key that carries the joint
 * meeting's reading of it (`recordInputs`), so civil affairs lists its own records behind the figure
 * from the reference alone — no `@external`, no `@requires`. The records, and the audit of any elder
 * listed, stay with the department that holds them.
 */
@Directive(`@key(fields: "${RECORD_INPUTS_KEY}")`)
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

  @Directive('@inaccessible')
  @Field(() => IndicatorRecordInputs, {
    nullable: true,
    description:
      'The catalogue’s reading of the indicator (record kind, target, whose persons the numerator counts) and the codes another department handed over for it, for civil affairs to list the records behind it. Not in the public API.',
  })
  recordInputs?: IndicatorRecordInputs;
}

export const indicatorValueReference = {
  IndicatorValue: {
    // The joint meeting's reading arrives in the key and stays on the object.
    __resolveReference: (
      reference: Pick<IndicatorValue, 'code' | 'areaCode' | 'asOf' | 'recordInputs'>,
    ): IndicatorValue => Object.assign(new IndicatorValue(), reference, checkAreaOnDateKey(reference)),
  },
};
