import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { can } from '../access-policy';
import type { MedicalInsuranceContext } from '../context';
import { Elder } from '../elder/elder.stub';
import { LtciCareMonth } from './ltci-care-month';

/** Medical insurance's part of an elder's five-bed journey: which care its settlements paid for, for the joint meeting to `@requires`. */
@Authorized(can('settlements'))
@Resolver(() => Elder)
export class ElderFiveBedMedicalInsuranceResolver {
  @FieldResolver(() => [LtciCareMonth], {
    nullable: true,
    description:
      'Every settled month of the elder’s LTCI care, oldest first (then by provider code): month, care form and provider. The joint meeting matches them to the beds of `fiveBedJourney`.',
  })
  async ltciCareMonths(@Root() elder: Elder, @Ctx() { loaders }: MedicalInsuranceContext): Promise<LtciCareMonth[]> {
    const settlements = await loaders.ltciSettlementsByPerson.load({ key: elder.personKey, args: null });
    return settlements
      .map(({ month, careForm, providerCode }) => Object.assign(new LtciCareMonth(), { month, careForm, providerCode }))
      .sort((a, b) => a.month.localeCompare(b.month) || a.providerCode.localeCompare(b.providerCode));
  }
}
