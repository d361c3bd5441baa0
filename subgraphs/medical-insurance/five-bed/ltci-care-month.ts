import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { can } from '../access-policy';
import { LtciCareForm } from '../../shared/ltci/ltci-care-form.enum';

/**
 * One settled month of an elder's LTCI care by one provider, as the five-bed journey needs it. A
 * value type shared with the joint meeting (`@shareable`, the same fields there), which `@requires` it
 * to say which care form paid for each bed.
 */
@Directive('@shareable')
@Authorized(can('settlements'))
@ObjectType({
  description:
    'A month of long-term care insurance care (长期护理保险) settled for an elder with one designated provider: the care form and the provider.',
})
export class LtciCareMonth {
  @Field({ description: 'Month of care settled, YYYY-MM.' })
  month: string;

  @Field(() => LtciCareForm, { description: 'Form of care paid for (护理形式).' })
  careForm: LtciCareForm;

  @Field(() => ID, { description: 'Unified social credit code of the designated provider paid for the care.' })
  providerCode: string;
}
