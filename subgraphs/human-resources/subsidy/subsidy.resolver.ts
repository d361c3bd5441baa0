import { Arg, Authorized, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { transaction } from '../../shared/db/transaction';
import { checkedPage, PageInput, PageOf } from '../../shared/paging/page';
import { can } from '../access-policy';
import { Caregiver } from '../caregiver/caregiver.entity';
import type { HumanResourcesContext } from '../context';
import { CaregiverSubsidy } from './subsidy.entity';
import {
  CaregiverSubsidyFilter,
  DecideCaregiverSubsidyInput,
  RecordCaregiverSubsidyPaymentInput,
} from './subsidy.inputs';
import { decideSubsidy, listSubsidies, recordSubsidyPayment } from './subsidy.service';

@ObjectType({ description: 'A page of caregiver subsidies.' })
export class CaregiverSubsidyPage extends PageOf(CaregiverSubsidy, 'A page of caregiver subsidies.') {}

@Authorized(can('subsidies'))
@Resolver(() => CaregiverSubsidy)
export class CaregiverSubsidyResolver {
  @Query(() => CaregiverSubsidyPage, { description: 'Subsidies decided for caregivers, newest decision first.' })
  caregiverSubsidies(
    @Arg('filter', () => CaregiverSubsidyFilter, { nullable: true, description: 'Which subsidies.' })
    filter: CaregiverSubsidyFilter | undefined,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page.' }) page: PageInput | undefined,
    @Ctx() { dataSource, config }: HumanResourcesContext,
  ): Promise<CaregiverSubsidyPage> {
    return listSubsidies(dataSource.manager, filter, checkedPage(page, config.maxPageSize));
  }

  @Authorized(can('write'))
  @Mutation(() => CaregiverSubsidy, {
    description:
      'Decides a subsidy for a caregiver, checking eligibility from the records (a hiring award needs a current employer and, for certified caregivers, a valid certificate) at the amount the rate table sets. Refused when not eligible or already decided for the same occasion.',
  })
  decideCaregiverSubsidy(
    @Arg('input', () => DecideCaregiverSubsidyInput) input: DecideCaregiverSubsidyInput,
    @Ctx() { dataSource }: HumanResourcesContext,
  ): Promise<CaregiverSubsidy> {
    return transaction(dataSource, (manager) => decideSubsidy(manager, input));
  }

  @Authorized(can('write'))
  @Mutation(() => CaregiverSubsidy, {
    description:
      'Records that finance paid a decided subsidy, with finance’s disbursement reference. Refused for an unknown subsidy, one already paid, or a payment dated before the decision.',
  })
  recordCaregiverSubsidyPayment(
    @Arg('input', () => RecordCaregiverSubsidyPaymentInput) input: RecordCaregiverSubsidyPaymentInput,
    @Ctx() { dataSource }: HumanResourcesContext,
  ): Promise<CaregiverSubsidy> {
    return transaction(dataSource, (manager) => recordSubsidyPayment(manager, input));
  }

  @FieldResolver(() => Caregiver, { description: 'The caregiver.' })
  caregiver(@Root() subsidy: CaregiverSubsidy, @Ctx() { loaders }: HumanResourcesContext): Promise<Caregiver | null> {
    return loaders.caregiverByKey.load(subsidy.personKey);
  }
}

/** The subsidies section of a caregiver's record, for the bureau and finance. */
@Authorized(can('subsidies'))
@Resolver(() => Caregiver)
export class CaregiverSubsidiesResolver {
  @FieldResolver(() => [CaregiverSubsidy], { description: 'Subsidies decided for the caregiver, newest first.' })
  subsidies(@Root() caregiver: Caregiver, @Ctx() { loaders }: HumanResourcesContext): Promise<CaregiverSubsidy[]> {
    return loaders.subsidiesByPerson.load(caregiver.personKey);
  }
}
