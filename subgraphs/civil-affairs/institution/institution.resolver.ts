import { can } from '../access-policy';
import { transaction } from '../../shared/db/transaction';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { checkedPage, PageInput, PageOf } from '../../shared/paging/page';
import { Area } from '../area/area.entity';
import { mostSpecificCode } from '../area/service-area';
import type { CivilAffairsContext } from '../context';
import { Institution } from './institution.entity';
import { InstitutionFilter, RegisterInstitutionInput, UpdateInstitutionInput } from './institution.inputs';
import { listInstitutions, registerInstitution, updateInstitution } from './institution.service';

@ObjectType({ description: 'A page of institutions.' })
export class InstitutionPage extends PageOf(Institution, 'A page of institutions.') {}

@Authorized(can('publicRecords'))
@Resolver(() => Institution)
export class InstitutionResolver {
  @Query(() => Institution, { nullable: true, description: 'An institution by credit code; null if none.' })
  institution(
    @Arg('code', () => ID, { description: 'Unified social credit code.' }) code: string,
    @Ctx() { loaders }: CivilAffairsContext,
  ): Promise<Institution | null> {
    return loaders.institutionByCode.load(code.toUpperCase());
  }

  @Query(() => InstitutionPage, { description: 'Institutions matching a filter, ordered by credit code.' })
  institutions(
    @Arg('filter', () => InstitutionFilter, { nullable: true, description: 'Which institutions.' })
    filter: InstitutionFilter | undefined,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page.' }) page: PageInput | undefined,
    @Ctx() { dataSource, config }: CivilAffairsContext,
  ): Promise<InstitutionPage> {
    return listInstitutions(dataSource.manager, filter, checkedPage(page, config.maxPageSize));
  }

  @Authorized(can('write'))
  @Mutation(() => Institution, { description: 'Registers (files) a new elder-care institution.' })
  registerInstitution(
    @Arg('input', () => RegisterInstitutionInput) input: RegisterInstitutionInput,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<Institution> {
    return transaction(dataSource, (manager) => registerInstitution(manager, input));
  }

  @Authorized(can('write'))
  @Mutation(() => Institution, {
    description: 'Updates an institution’s rating, features or compliance, or records its closure.',
  })
  updateInstitution(
    @Arg('code', () => ID, { description: 'Credit code.' }) code: string,
    @Arg('input', () => UpdateInstitutionInput) input: UpdateInstitutionInput,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<Institution> {
    return transaction(dataSource, (manager) => updateInstitution(manager, code.toUpperCase(), input));
  }

  @FieldResolver(() => Area, { description: 'The most specific known area where it operates.' })
  area(@Root() institution: Institution, @Ctx() { loaders }: CivilAffairsContext): Promise<Area | null> {
    return loaders.areaByCode.load(mostSpecificCode(institution));
  }

  @FieldResolver(() => Area, { description: 'The district where it operates.' })
  district(@Root() institution: Institution, @Ctx() { loaders }: CivilAffairsContext): Promise<Area | null> {
    return loaders.areaByCode.load(institution.districtCode);
  }
}
