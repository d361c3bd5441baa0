import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { transaction } from '../../shared/db/transaction';
import { parseCreditCode } from '../../shared/identity/credit-code';
import { checkedPage, PageInput, PageOf } from '../../shared/paging/page';
import { can } from '../access-policy';
import { Area, areaStub } from '../area/area.stub';
import type { HealthContext } from '../context';
import { HealthBedCount, healthBedCount, HealthBedKind } from './health-bed-count';
import { MedicalInstitution } from './medical-institution.entity';
import {
  MedicalInstitutionFilter,
  RegisterMedicalInstitutionInput,
  UpdateMedicalInstitutionInput,
} from './medical-institution.inputs';
import {
  listMedicalInstitutions,
  registerMedicalInstitution,
  updateMedicalInstitution,
} from './medical-institution.service';

@ObjectType({ description: 'A page of medical institutions.' })
export class MedicalInstitutionPage extends PageOf(MedicalInstitution, 'A page of medical institutions.') {}

@Authorized(can('publicRecords'))
@Resolver(() => MedicalInstitution)
export class MedicalInstitutionResolver {
  @Query(() => MedicalInstitution, {
    nullable: true,
    description: 'A medical institution by credit code; null if none is registered.',
  })
  medicalInstitution(
    @Arg('code', () => ID, { description: 'Unified social credit code.' }) code: string,
    @Ctx() { loaders }: HealthContext,
  ): Promise<MedicalInstitution | null> {
    return loaders.medicalInstitutionByCode.load(code.toUpperCase());
  }

  @Query(() => MedicalInstitutionPage, {
    description: 'Medical institutions matching a filter, ordered by credit code.',
  })
  medicalInstitutions(
    @Arg('filter', () => MedicalInstitutionFilter, { nullable: true, description: 'Which institutions.' })
    filter: MedicalInstitutionFilter | undefined,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page.' }) page: PageInput | undefined,
    @Ctx() { dataSource, config }: HealthContext,
  ): Promise<MedicalInstitutionPage> {
    return listMedicalInstitutions(dataSource.manager, filter, checkedPage(page, config.maxPageSize));
  }

  @Authorized(can('write'))
  @Mutation(() => MedicalInstitution, {
    description:
      'Registers a medical institution (医疗机构执业登记). Refused if its credit code is already registered.',
  })
  registerMedicalInstitution(
    @Arg('input', () => RegisterMedicalInstitutionInput) input: RegisterMedicalInstitutionInput,
    @Ctx() { dataSource }: HealthContext,
  ): Promise<MedicalInstitution> {
    return transaction(dataSource, (manager) => registerMedicalInstitution(manager, input));
  }

  @Authorized(can('write'))
  @Mutation(() => MedicalInstitution, {
    description:
      'Changes a medical institution’s grade, bed stock, Internet+nursing or hospice status. Refused if the stock would fall below the beds occupied today.',
  })
  updateMedicalInstitution(
    @Arg('code', () => ID, { description: 'Credit code.' }) code: string,
    @Arg('input', () => UpdateMedicalInstitutionInput) input: UpdateMedicalInstitutionInput,
    @Ctx() { dataSource }: HealthContext,
  ): Promise<MedicalInstitution> {
    return transaction(dataSource, (manager) =>
      updateMedicalInstitution(manager, parseCreditCode(code, 'code'), input),
    );
  }

  @FieldResolver(() => [HealthBedCount], { description: 'Its medical and hospice beds: stock and occupancy today.' })
  async bedCounts(
    @Root() institution: MedicalInstitution,
    @Ctx() { loaders }: HealthContext,
  ): Promise<HealthBedCount[]> {
    const occupied = await loaders.occupiedBedsByMedicalInstitution.load(institution.code);
    return [
      healthBedCount(HealthBedKind.MEDICAL, institution.medicalBeds, occupied.medical),
      healthBedCount(HealthBedKind.HOSPICE, institution.hospiceBeds, occupied.hospice),
    ];
  }

  @FieldResolver(() => Area, { description: 'The district where it stands.' })
  district(@Root() institution: MedicalInstitution): Area {
    return areaStub(institution.districtCode);
  }

  @FieldResolver(() => Area, { nullable: true, description: 'The town or street where it stands, if recorded.' })
  town(@Root() institution: MedicalInstitution): Area | null {
    return institution.townCode ? areaStub(institution.townCode) : null;
  }
}
