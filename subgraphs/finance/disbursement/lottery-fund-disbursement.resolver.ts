import { Arg, Authorized, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { BULK_MAX_ITEMS } from '../../shared/bulk/bulk-limits';
import { BulkWriteResult } from '../../shared/bulk/bulk-outcome';
import { transaction } from '../../shared/db/transaction';
import { checkedPage, PageInput, PageOf } from '../../shared/paging/page';
import { can } from '../access-policy';
import { LotteryFundAllocation } from '../allocation/lottery-fund-allocation.entity';
import { Caregiver } from '../caregiver/caregiver.stub';
import type { FinanceContext } from '../context';
import { Elder } from '../elder/elder.stub';
import { Institution } from '../institution/institution.stub';
import { LotteryFundRecipientKind } from './lottery-fund-disbursement.enums';
import { LotteryFundDisbursement } from './lottery-fund-disbursement.entity';
import { importLotteryFundDisbursements } from './lottery-fund-disbursement-import';
import {
  DisburseLotteryFundInput,
  ImportLotteryFundDisbursementsInput,
  LotteryFundDisbursementFilter,
  ReverseLotteryFundDisbursementInput,
} from './lottery-fund-disbursement.inputs';
import {
  disburseLotteryFund,
  listLotteryFundDisbursements,
  reverseLotteryFundDisbursement,
} from './lottery-fund-disbursement.service';

@ObjectType({ description: 'A page of lottery-fund disbursements.' })
export class LotteryFundDisbursementPage extends PageOf(
  LotteryFundDisbursement,
  'A page of lottery-fund disbursements.',
) {}

@Authorized(can('disbursements'))
@Resolver(() => LotteryFundDisbursement)
export class LotteryFundDisbursementResolver {
  @Query(() => LotteryFundDisbursementPage, { description: 'Disbursements matching a filter, in payment order.' })
  lotteryFundDisbursements(
    @Arg('filter', () => LotteryFundDisbursementFilter, { nullable: true, description: 'Which disbursements.' })
    filter: LotteryFundDisbursementFilter | undefined,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page.' }) page: PageInput | undefined,
    @Ctx() { dataSource, config }: FinanceContext,
  ): Promise<LotteryFundDisbursementPage> {
    return listLotteryFundDisbursements(dataSource.manager, filter, checkedPage(page, config.maxPageSize));
  }

  @Authorized(can('write'))
  @Mutation(() => LotteryFundDisbursement, {
    description:
      'Pays from an allocation to a recipient on a department’s decision. Refused (CONFLICT) if it exceeds the allocation’s remainder or the decision was already paid and not reversed.',
  })
  disburseLotteryFund(
    @Arg('input', () => DisburseLotteryFundInput) input: DisburseLotteryFundInput,
    @Ctx() { dataSource }: FinanceContext,
  ): Promise<LotteryFundDisbursement> {
    return transaction(dataSource, (manager) => disburseLotteryFund(manager, input));
  }

  @Authorized(can('write'))
  @Mutation(() => BulkWriteResult, {
    description: `Loads up to ${BULK_MAX_ITEMS.toLocaleString('en')} lottery-fund disbursements from a finance system in one transaction: each item pays a decision, or is found already paid (by its source reference or its decision), and is answered by its index with CREATED, UPDATED, UNCHANGED or REFUSED (code, field, message). The load’s items together may not exceed an allocation’s remainder: an item that would is refused (CONFLICT).`,
  })
  importLotteryFundDisbursements(
    @Arg('input', () => ImportLotteryFundDisbursementsInput) input: ImportLotteryFundDisbursementsInput,
    @Ctx() { dataSource }: FinanceContext,
  ): Promise<BulkWriteResult> {
    return transaction(dataSource, (manager) => importLotteryFundDisbursements(manager, input));
  }

  @Authorized(can('sourceRefs'))
  @Query(() => LotteryFundDisbursement, {
    nullable: true,
    description:
      'A disbursement by its identifier in a finance system (来源系统编号), as that system sent it; null if none carries it. For finance’s own systems.',
  })
  lotteryFundDisbursementBySourceRef(
    @Arg('source', { description: 'The source system.' }) source: string,
    @Arg('ref', { description: 'The disbursement’s identifier in that system.' }) ref: string,
    @Ctx() { dataSource }: FinanceContext,
  ): Promise<LotteryFundDisbursement | null> {
    return dataSource.manager.findOneBy(LotteryFundDisbursement, { sourceSystem: source, sourceId: ref });
  }

  @Authorized(can('write'))
  @Mutation(() => LotteryFundDisbursement, {
    description:
      'Reverses a disbursement with a reason (冲销): kept on record as REVERSED, its amount back in the allocation’s remainder. Never deletes.',
  })
  reverseLotteryFundDisbursement(
    @Arg('input', () => ReverseLotteryFundDisbursementInput) input: ReverseLotteryFundDisbursementInput,
    @Ctx() { dataSource }: FinanceContext,
  ): Promise<LotteryFundDisbursement> {
    return transaction(dataSource, (manager) => reverseLotteryFundDisbursement(manager, input));
  }

  @FieldResolver(() => LotteryFundAllocation, { description: 'The allocation it was paid from.' })
  async allocation(
    @Root() disbursement: LotteryFundDisbursement,
    @Ctx() { loaders }: FinanceContext,
  ): Promise<LotteryFundAllocation> {
    return (await loaders.lotteryFundAllocationById.load(disbursement.allocationId))!;
  }

  @FieldResolver(() => Institution, {
    nullable: true,
    description: 'The institution paid; civil affairs resolves its name. Null for other recipients.',
  })
  institution(@Root() disbursement: LotteryFundDisbursement): Institution | null {
    return disbursement.institutionCode
      ? Object.assign(new Institution(), { code: disbursement.institutionCode })
      : null;
  }

  @Authorized(can('personPayments'))
  @FieldResolver(() => Elder, {
    nullable: true,
    description: 'The elder paid; civil affairs resolves who they are. Null for other recipients.',
  })
  elder(@Root() disbursement: LotteryFundDisbursement): Elder | null {
    return disbursement.recipientKind === LotteryFundRecipientKind.ELDER
      ? Object.assign(new Elder(), { personKey: disbursement.personKey })
      : null;
  }

  @Authorized(can('personPayments'))
  @FieldResolver(() => Caregiver, {
    nullable: true,
    description: 'The caregiver paid; human resources resolves who they are. Null for other recipients.',
  })
  caregiver(@Root() disbursement: LotteryFundDisbursement): Caregiver | null {
    return disbursement.recipientKind === LotteryFundRecipientKind.CAREGIVER
      ? Object.assign(new Caregiver(), { personKey: disbursement.personKey })
      : null;
  }
}
