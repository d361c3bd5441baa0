import { Arg, Authorized, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { BULK_MAX_ITEMS } from '../../shared/bulk/bulk-limits';
import { BulkWriteResult } from '../../shared/bulk/bulk-outcome';
import { transaction } from '../../shared/db/transaction';
import { checkedPage, PageInput, PageOf } from '../../shared/paging/page';
import { can } from '../access-policy';
import type { MedicalInsuranceContext } from '../context';
import { LtciProviderKind } from '../designation/ltci-provider.enums';
import { Elder, elderStub } from '../elder/elder.stub';
import { Institution, institutionStub } from '../institution/institution.stub';
import { MedicalInstitution, medicalInstitutionStub } from '../medical-institution/medical-institution.stub';
import { LtciSettlement } from './ltci-settlement.entity';
import { ImportLtciSettlementsInput, LtciSettlementFilter, SettleLtciMonthInput } from './ltci-settlement.inputs';
import { importLtciSettlements } from './ltci-settlement-import';
import { listLtciSettlements, settleLtciMonth } from './ltci-settlement.service';

@ObjectType({ description: 'A page of LTCI settlements.' })
export class LtciSettlementPage extends PageOf(LtciSettlement, 'A page of LTCI settlements.') {}

@Authorized(can('settlements'))
@Resolver(() => LtciSettlement)
export class LtciSettlementResolver {
  @Query(() => LtciSettlementPage, {
    description:
      'LTCI settlements matching a filter (a provider’s statement of a month, say), ordered by record number.',
  })
  ltciSettlements(
    @Arg('filter', () => LtciSettlementFilter, { nullable: true, description: 'Which settlements.' })
    filter: LtciSettlementFilter | undefined,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page.' }) page: PageInput | undefined,
    @Ctx() { dataSource, config }: MedicalInsuranceContext,
  ): Promise<LtciSettlementPage> {
    return listLtciSettlements(dataSource.manager, filter, checkedPage(page, config.maxPageSize));
  }

  @Authorized(can('write'))
  @Mutation(() => LtciSettlement, {
    description:
      'Settles a month of one person’s LTCI care by one designated provider, amounts from the rate table. Refused for a person not insured (ACTIVE) or without a valid qualifying grade, a provider not designated in the month or not paid for the care form, a person-provider-month already settled, or days the month cannot hold.',
  })
  settleLtciMonth(
    @Arg('input', () => SettleLtciMonthInput) input: SettleLtciMonthInput,
    @Ctx() { dataSource }: MedicalInsuranceContext,
  ): Promise<LtciSettlement> {
    return transaction(dataSource, (manager) => settleLtciMonth(manager, input));
  }

  @Authorized(can('write'))
  @Mutation(() => BulkWriteResult, {
    description: `Loads up to ${BULK_MAX_ITEMS.toLocaleString('en')} monthly LTCI settlements from the medical-insurance system in one transaction: each item, matched by its source reference or else by its person, provider and month, settles that month (checked as settleLtciMonth checks it) or finds it settled alike, and is answered by its index with CREATED, UPDATED (a settlement taking its source reference), UNCHANGED or REFUSED (code, field, message).`,
  })
  importLtciSettlements(
    @Arg('input', () => ImportLtciSettlementsInput) input: ImportLtciSettlementsInput,
    @Ctx() { dataSource }: MedicalInsuranceContext,
  ): Promise<BulkWriteResult> {
    return transaction(dataSource, (manager) => importLtciSettlements(manager, input));
  }

  @Authorized(can('sourceRefs'))
  @Query(() => LtciSettlement, {
    nullable: true,
    description:
      'An LTCI settlement by its identifier in a medical-insurance system, as that system sent it; null if none carries it. For medical insurance’s own systems.',
  })
  ltciSettlementBySourceRef(
    @Arg('source', { description: 'The source system.' }) source: string,
    @Arg('ref', { description: 'The settlement’s identifier in that system.' }) ref: string,
    @Ctx() { dataSource }: MedicalInsuranceContext,
  ): Promise<LtciSettlement | null> {
    return dataSource.manager.findOneBy(LtciSettlement, { sourceSystem: source, sourceId: ref });
  }

  @FieldResolver(() => Elder, { description: 'The insured elder (civil affairs’ registry).' })
  elder(@Root() settlement: LtciSettlement): Elder {
    return elderStub(settlement.personKey);
  }

  @FieldResolver(() => Institution, {
    nullable: true,
    description: 'The elder-care institution that gave the care (civil affairs); null for a medical institution.',
  })
  institution(@Root() settlement: LtciSettlement): Institution | null {
    return settlement.providerKind === LtciProviderKind.ELDER_CARE_INSTITUTION
      ? institutionStub(settlement.providerCode)
      : null;
  }

  @FieldResolver(() => MedicalInstitution, {
    nullable: true,
    description: 'The medical institution that gave the care (health); null for an elder-care institution.',
  })
  medicalInstitution(@Root() settlement: LtciSettlement): MedicalInstitution | null {
    return settlement.providerKind === LtciProviderKind.MEDICAL_INSTITUTION
      ? medicalInstitutionStub(settlement.providerCode)
      : null;
  }
}
