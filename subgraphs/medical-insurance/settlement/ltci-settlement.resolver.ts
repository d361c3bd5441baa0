import { Arg, Authorized, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { transaction } from '../../shared/db/transaction';
import { checkedPage, PageInput, PageOf } from '../../shared/paging/page';
import { can } from '../access-policy';
import type { MedicalInsuranceContext } from '../context';
import { LtciProviderKind } from '../designation/ltci-provider.enums';
import { Elder, elderStub } from '../elder/elder.stub';
import { Institution, institutionStub } from '../institution/institution.stub';
import { MedicalInstitution, medicalInstitutionStub } from '../medical-institution/medical-institution.stub';
import { LtciSettlement } from './ltci-settlement.entity';
import { LtciSettlementFilter, SettleLtciMonthInput } from './ltci-settlement.inputs';
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
