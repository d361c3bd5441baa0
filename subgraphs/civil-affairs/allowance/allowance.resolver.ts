import { can } from '../access-policy';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { transaction } from '../../shared/db/transaction';
import { checkIntegerRange } from '../../shared/validation/checks';
import type { CivilAffairsContext } from '../context';
import { Elder } from '../elder/elder.entity';
import { AllowancePayment } from './allowance.entity';
import { RecordAllowancePaymentInput, RecordAllowancePaymentsInput } from './allowance.inputs';
import { recordAllowancePayment, recordAllowancePayments } from './allowance.service';

@Authorized(can('allowances'))
@Resolver(() => AllowancePayment)
export class AllowancePaymentResolver {
  @Authorized(can('write'))
  @Mutation(() => AllowancePayment, {
    description:
      'Records a month of an allowance paid to one elder, at the amount the rate table sets. Refused for an ineligible elder, a month already paid, or a month after the elder’s death.',
  })
  recordAllowancePayment(
    @Arg('input', () => RecordAllowancePaymentInput) input: RecordAllowancePaymentInput,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<AllowancePayment> {
    return transaction(dataSource, (manager) => recordAllowancePayment(manager, input));
  }

  @Authorized(can('write'))
  @Mutation(() => [AllowancePayment], {
    description:
      'Records a month of an allowance paid to a list of elders: all are recorded, or, if any is refused, none.',
  })
  recordAllowancePayments(
    @Arg('input', () => RecordAllowancePaymentsInput) input: RecordAllowancePaymentsInput,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<AllowancePayment[]> {
    return transaction(dataSource, (manager) => recordAllowancePayments(manager, input));
  }

  @FieldResolver(() => Elder, { description: 'The elder paid.' })
  elder(@Root() payment: AllowancePayment, @Ctx() { loaders }: CivilAffairsContext): Promise<Elder | null> {
    return loaders.elderByKey.load(payment.personKey);
  }
}

/** The allowances section of an elder's record. */
@Authorized(can('allowances'))
@Resolver(() => Elder)
export class ElderAllowanceResolver {
  @FieldResolver(() => [AllowancePayment], { description: 'Allowance payments, newest month first.' })
  allowances(
    @Root() elder: Elder,
    @Arg('year', () => Int, { nullable: true, description: 'Only the months of this year; every year if omitted.' })
    year: number | undefined,
    @Ctx() { loaders }: CivilAffairsContext,
  ): Promise<AllowancePayment[]> {
    checkIntegerRange('year', year, 1990, 2100);
    return loaders.allowancesByPerson.load({ key: elder.personKey, args: year ?? null });
  }
}
