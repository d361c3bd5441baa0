import { can } from '../access-policy';
import { transaction } from '../../shared/db/transaction';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { checkedPage, PageInput, PageOf } from '../../shared/paging/page';
import type { CivilAffairsContext } from '../context';
import { Elder } from '../elder/elder.entity';
import { Institution } from '../institution/institution.entity';
import { FamilyBed } from './family-bed.entity';
import { CloseFamilyBedInput, FamilyBedFilter, OpenFamilyBedInput } from './family-bed.inputs';
import { closeFamilyBed, countOpenFamilyBeds, listFamilyBeds, openFamilyBed } from './family-bed.service';

@ObjectType({ description: 'A page of family elder-care beds.' })
export class FamilyBedPage extends PageOf(FamilyBed, 'A page of family elder-care beds.') {}

@Authorized(can('careRecords'))
@Resolver(() => FamilyBed)
export class FamilyBedResolver {
  @Query(() => FamilyBedPage, {
    description: 'Family elder-care beds matching a filter (open ones unless asked), ordered by record number.',
  })
  familyBeds(
    @Arg('filter', () => FamilyBedFilter, { nullable: true, description: 'Which family beds.' })
    filter: FamilyBedFilter | undefined,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page.' }) page: PageInput | undefined,
    @Ctx() { dataSource, config }: CivilAffairsContext,
  ): Promise<FamilyBedPage> {
    return listFamilyBeds(dataSource.manager, filter, checkedPage(page, config.maxPageSize));
  }

  @Authorized(can('publicRecords'))
  @Query(() => Int, {
    description:
      'Family elder-care beds open today, in an area at any level or citywide (indicator 10: ≥500 citywide).',
  })
  currentFamilyBedCount(
    @Arg('areaCode', () => ID, {
      nullable: true,
      description: 'District, town/street or village/community code; citywide when omitted.',
    })
    areaCode: string | undefined,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<number> {
    return countOpenFamilyBeds(dataSource.manager, areaCode);
  }

  @Authorized(can('write'))
  @Mutation(() => FamilyBed, {
    description: 'Opens a family elder-care bed. Refused if the elder has a family bed open on or after that date.',
  })
  openFamilyBed(
    @Arg('input', () => OpenFamilyBedInput) input: OpenFamilyBedInput,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<FamilyBed> {
    return transaction(dataSource, (manager) => openFamilyBed(manager, input));
  }

  @Authorized(can('write'))
  @Mutation(() => FamilyBed, { description: 'Closes a family elder-care bed, recording why.' })
  closeFamilyBed(
    @Arg('input', () => CloseFamilyBedInput) input: CloseFamilyBedInput,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<FamilyBed> {
    return transaction(dataSource, (manager) => closeFamilyBed(manager, input));
  }

  @FieldResolver(() => Elder, { description: 'The elder at whose home the bed is.' })
  elder(@Root() bed: FamilyBed, @Ctx() { loaders }: CivilAffairsContext): Promise<Elder | null> {
    return loaders.elderByKey.load(bed.personKey);
  }

  @FieldResolver(() => Institution, { description: 'The operating institution.' })
  operator(@Root() bed: FamilyBed, @Ctx() { loaders }: CivilAffairsContext): Promise<Institution | null> {
    return loaders.institutionByCode.load(bed.operatorCode);
  }
}

/** The family-bed section of an elder's record. */
@Authorized(can('careRecords'))
@Resolver(() => Elder)
export class ElderFamilyBedResolver {
  @FieldResolver(() => FamilyBed, { nullable: true, description: 'The family elder-care bed open today, if any.' })
  currentFamilyBed(@Root() elder: Elder, @Ctx() { loaders }: CivilAffairsContext): Promise<FamilyBed | null> {
    return loaders.currentFamilyBedByPerson.load(elder.personKey);
  }

  @FieldResolver(() => [FamilyBed], { description: 'Every family elder-care bed, newest first.' })
  familyBeds(@Root() elder: Elder, @Ctx() { loaders }: CivilAffairsContext): Promise<FamilyBed[]> {
    return loaders.familyBedsByPerson.load(elder.personKey);
  }
}

/** The family beds an institution operates. */
@Authorized(can('careRecords'))
@Resolver(() => Institution)
export class InstitutionFamilyBedResolver {
  @FieldResolver(() => [FamilyBed], { description: 'Family elder-care beds it operates today, oldest first.' })
  operatedFamilyBeds(@Root() institution: Institution, @Ctx() { loaders }: CivilAffairsContext): Promise<FamilyBed[]> {
    return loaders.openFamilyBedsByOperator.load(institution.code);
  }
}
