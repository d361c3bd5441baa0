import { Authorized, Field, Float, ID, ObjectType } from 'type-graphql';
import { SMALL_CELLS, suppressedFlag } from '../../shared/disclosure/disclosed-field';
import { can } from '../access-policy';

/** A part of an indicator's numerator shown beside it, over the same denominator. */
@Authorized(can('publicRecords'))
@ObjectType({
  description: `A part of an indicator’s numerator shown beside the indicator (e.g. measure 16 per insurance scheme, a training goal’s completions within its own year), over the indicator’s denominator and in its unit; it has no target or status of its own. ${SMALL_CELLS} Where the parts and the indicator’s numerator add up, a part is also withheld when the others would give a withheld figure back.`,
})
export class IndicatorBreakdown {
  @Field(() => ID, {
    description:
      'Stable key of the part within the indicator: RESIDENTS_SCHEME, EMPLOYEES_SCHEME (measure 16), GOAL_YEAR (the training goals).',
  })
  key: string;

  @Field({ description: 'What the part counts, in words (Chinese term and English).' })
  label: string;

  @Field(() => Float, {
    nullable: true,
    description: 'The part’s count; null with no data, or when withheld under the small-cell rule.',
  })
  numerator: number | null;

  @Field({ description: suppressedFlag('numerator') })
  numeratorSuppressed: boolean;

  @Field(() => Float, {
    nullable: true,
    description:
      'The indicator’s denominator (null for a plain count, with no data, or when withheld with the indicator’s).',
  })
  denominator: number | null;

  @Field({ description: suppressedFlag('denominator') })
  denominatorSuppressed: boolean;

  @Field(() => Float, {
    nullable: true,
    description:
      'The part’s value in the indicator’s unit, rounded to 2 decimals; null when there is nothing to measure, or when withheld with its numerator or denominator.',
  })
  value: number | null;

  @Field({ description: suppressedFlag('value') })
  valueSuppressed: boolean;
}
