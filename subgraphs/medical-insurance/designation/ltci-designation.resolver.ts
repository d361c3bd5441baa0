import { Arg, Authorized, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { transaction } from '../../shared/db/transaction';
import { checkedPage, PageInput, PageOf } from '../../shared/paging/page';
import { todayIso } from '../../shared/time/today';
import { can } from '../access-policy';
import type { MedicalInsuranceContext } from '../context';
import { Institution, institutionStub } from '../institution/institution.stub';
import { MedicalInstitution, medicalInstitutionStub } from '../medical-institution/medical-institution.stub';
import { LtciDesignation } from './ltci-designation.entity';
import {
  DesignateLtciProviderInput,
  LtciDesignationFilter,
  UndesignateLtciProviderInput,
} from './ltci-designation.inputs';
import {
  designateLtciProvider,
  inForceOn,
  listLtciDesignations,
  undesignateLtciProvider,
} from './ltci-designation.service';
import { LtciProviderKind } from './ltci-provider.enums';

@ObjectType({ description: 'A page of LTCI designations.' })
export class LtciDesignationPage extends PageOf(LtciDesignation, 'A page of LTCI designations.') {}

@Authorized(can('publicRecords'))
@Resolver(() => LtciDesignation)
export class LtciDesignationResolver {
  @Query(() => LtciDesignationPage, {
    description:
      'LTCI designations (定点) matching a filter (those in force today unless asked), ordered by record number.',
  })
  ltciDesignations(
    @Arg('filter', () => LtciDesignationFilter, { nullable: true, description: 'Which designations.' })
    filter: LtciDesignationFilter | undefined,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page.' }) page: PageInput | undefined,
    @Ctx() { dataSource, config }: MedicalInsuranceContext,
  ): Promise<LtciDesignationPage> {
    return listLtciDesignations(dataSource.manager, filter, checkedPage(page, config.maxPageSize));
  }

  @Authorized(can('write'))
  @Mutation(() => LtciDesignation, {
    description:
      'Designates an elder-care or medical institution for LTCI (定点) from a date. Refused if it overlaps another designation of the same provider.',
  })
  designateLtciProvider(
    @Arg('input', () => DesignateLtciProviderInput) input: DesignateLtciProviderInput,
    @Ctx() { dataSource }: MedicalInsuranceContext,
  ): Promise<LtciDesignation> {
    return transaction(dataSource, (manager) => designateLtciProvider(manager, input));
  }

  @Authorized(can('write'))
  @Mutation(() => LtciDesignation, {
    description:
      'Ends a provider’s LTCI designation (取消定点) on a date. Refused if it has none in force or to come, or if the date falls before the end of a month already settled under it.',
  })
  undesignateLtciProvider(
    @Arg('input', () => UndesignateLtciProviderInput) input: UndesignateLtciProviderInput,
    @Ctx() { dataSource }: MedicalInsuranceContext,
  ): Promise<LtciDesignation> {
    return transaction(dataSource, (manager) => undesignateLtciProvider(manager, input));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the designation is in force today.' })
  inForce(@Root() designation: LtciDesignation): boolean {
    return inForceOn(designation, todayIso());
  }

  @FieldResolver(() => Institution, {
    nullable: true,
    description: 'The elder-care institution designated (civil affairs); null for a medical institution.',
  })
  institution(@Root() designation: LtciDesignation): Institution | null {
    return designation.providerKind === LtciProviderKind.ELDER_CARE_INSTITUTION
      ? institutionStub(designation.providerCode)
      : null;
  }

  @FieldResolver(() => MedicalInstitution, {
    nullable: true,
    description: 'The medical institution designated (health); null for an elder-care institution.',
  })
  medicalInstitution(@Root() designation: LtciDesignation): MedicalInstitution | null {
    return designation.providerKind === LtciProviderKind.MEDICAL_INSTITUTION
      ? medicalInstitutionStub(designation.providerCode)
      : null;
  }
}

/** The designation in force today, else the newest (designations come newest first). */
function currentOrLatest(designations: LtciDesignation[]): LtciDesignation | null {
  const today = todayIso();
  return designations.find((d) => inForceOn(d, today)) ?? designations[0] ?? null;
}

/** The LTCI designation of an elder-care institution. */
@Authorized(can('publicRecords'))
@Resolver(() => Institution)
export class InstitutionMedicalInsuranceResolver {
  @FieldResolver(() => LtciDesignation, {
    nullable: true,
    description:
      'Its LTCI designation (长期护理保险定点): the one in force today, else the newest (see `inForce`); null if never designated.',
  })
  async ltciDesignation(
    @Root() institution: Institution,
    @Ctx() { loaders }: MedicalInsuranceContext,
  ): Promise<LtciDesignation | null> {
    const designations = await loaders.ltciDesignationsByProvider.load(institution.code);
    return currentOrLatest(designations.filter((d) => d.providerKind === LtciProviderKind.ELDER_CARE_INSTITUTION));
  }
}

/** The LTCI designation of a medical institution. */
@Authorized(can('publicRecords'))
@Resolver(() => MedicalInstitution)
export class MedicalInstitutionMedicalInsuranceResolver {
  @FieldResolver(() => LtciDesignation, {
    nullable: true,
    description:
      'Its LTCI designation (长期护理保险定点): the one in force today, else the newest (see `inForce`); null if never designated.',
  })
  async ltciDesignation(
    @Root() institution: MedicalInstitution,
    @Ctx() { loaders }: MedicalInsuranceContext,
  ): Promise<LtciDesignation | null> {
    const designations = await loaders.ltciDesignationsByProvider.load(institution.code);
    return currentOrLatest(designations.filter((d) => d.providerKind === LtciProviderKind.MEDICAL_INSTITUTION));
  }
}
