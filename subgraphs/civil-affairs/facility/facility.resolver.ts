import { can } from '../access-policy';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { transaction } from '../../shared/db/transaction';
import { checkedPage, PageInput, PageOf } from '../../shared/paging/page';
import { Area } from '../area/area.entity';
import { mostSpecificCode, serviceAreaColumn } from '../area/service-area';
import type { CivilAffairsContext } from '../context';
import { FACILITY_KINDS, FacilityKind } from './facility-kind.enum';
import { FacilityCount } from './facility-count';
import { CommunityFacility } from './facility.entity';
import { FacilityFilter, RegisterFacilityInput, UpdateFacilityInput } from './facility.inputs';
import { listFacilities, registerFacility, updateFacility } from './facility.service';

@ObjectType({ description: 'A page of community elder-care facilities.' })
export class CommunityFacilityPage extends PageOf(CommunityFacility, 'A page of community elder-care facilities.') {}

@Authorized(can('publicRecords'))
@Resolver(() => CommunityFacility)
export class CommunityFacilityResolver {
  @Query(() => CommunityFacility, {
    nullable: true,
    description: 'A community elder-care facility by record number; null if none.',
  })
  communityFacility(
    @Arg('id', () => ID, { description: 'Record number.' }) id: number,
    @Ctx() { loaders }: CivilAffairsContext,
  ): Promise<CommunityFacility | null> {
    return loaders.facilityById.load(Number(id));
  }

  @Query(() => CommunityFacilityPage, {
    description: 'Community elder-care facilities matching a filter, in order of registration.',
  })
  communityFacilities(
    @Arg('filter', () => FacilityFilter, { nullable: true, description: 'Which facilities.' })
    filter: FacilityFilter | undefined,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page.' }) page: PageInput | undefined,
    @Ctx() { dataSource, config }: CivilAffairsContext,
  ): Promise<CommunityFacilityPage> {
    return listFacilities(dataSource.manager, filter, checkedPage(page, config.maxPageSize));
  }

  @Authorized(can('write'))
  @Mutation(() => CommunityFacility, {
    description:
      'Registers a community elder-care facility. Refused if a street centre is not in a street, a town centre not in a town, or an open facility of the kind and name exists in the district.',
  })
  registerFacility(
    @Arg('input', () => RegisterFacilityInput) input: RegisterFacilityInput,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<CommunityFacility> {
    return transaction(dataSource, (manager) => registerFacility(manager, input));
  }

  @Authorized(can('write'))
  @Mutation(() => CommunityFacility, {
    description: 'Updates a facility’s name, operator, floor area or star rating, or records its closure.',
  })
  updateFacility(
    @Arg('id', () => ID, { description: 'Record number.' }) id: number,
    @Arg('input', () => UpdateFacilityInput) input: UpdateFacilityInput,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<CommunityFacility> {
    return transaction(dataSource, (manager) => updateFacility(manager, Number(id), input));
  }

  @FieldResolver(() => Area, { description: 'The most specific known area where it stands.' })
  area(@Root() facility: CommunityFacility, @Ctx() { loaders }: CivilAffairsContext): Promise<Area | null> {
    return loaders.areaByCode.load(mostSpecificCode(facility));
  }

  @FieldResolver(() => Area, { description: 'The district where it stands.' })
  district(@Root() facility: CommunityFacility, @Ctx() { loaders }: CivilAffairsContext): Promise<Area | null> {
    return loaders.areaByCode.load(facility.districtCode);
  }
}

/** The community-facilities section of an area. */
@Authorized(can('publicRecords'))
@Resolver(() => Area)
export class AreaFacilityResolver {
  @FieldResolver(() => [CommunityFacility], {
    description: 'Community elder-care facilities in the area (at any level below it), in order of registration.',
  })
  facilities(
    @Root() area: Area,
    @Arg('kind', () => FacilityKind, { nullable: true, description: 'Only facilities of this kind.' })
    kind: FacilityKind | undefined,
    @Arg('includeClosed', { defaultValue: false, description: 'Include closed facilities.' }) includeClosed: boolean,
    @Ctx() { loaders }: CivilAffairsContext,
  ): Promise<CommunityFacility[]> {
    return loaders.facilitiesByArea.load({
      key: area.code,
      args: { column: serviceAreaColumn(area.level), kind: kind ?? null, includeClosed },
    });
  }

  @FieldResolver(() => [FacilityCount], {
    description:
      'Open community elder-care facilities in the area, per kind, every kind listed (0 where there is none).',
  })
  async facilityCounts(@Root() area: Area, @Ctx() { loaders }: CivilAffairsContext): Promise<FacilityCount[]> {
    const counts = await loaders.facilityCountsByArea.load({ key: area.code, args: serviceAreaColumn(area.level) });
    return FACILITY_KINDS.map((kind) =>
      Object.assign(new FacilityCount(), { kind, count: counts.find((row) => row.kind === kind)?.count ?? 0 }),
    );
  }
}
