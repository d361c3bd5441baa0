import { can } from '../access-policy';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { transaction } from '../../shared/db/transaction';
import { Area } from '../area/area.entity';
import { serviceAreaColumn } from '../area/service-area';
import type { CivilAffairsContext } from '../context';
import { AgeFriendlyLevel } from './age-friendly-level.enum';
import { AgeFriendlyCommunity } from './age-friendly-community.entity';
import { DesignateAgeFriendlyCommunityInput } from './age-friendly.inputs';
import { designateAgeFriendlyCommunity } from './age-friendly.service';

@Authorized(can('publicRecords'))
@Resolver(() => AgeFriendlyCommunity)
export class AgeFriendlyCommunityResolver {
  @Authorized(can('write'))
  @Mutation(() => AgeFriendlyCommunity, {
    description:
      'Records the designation of a community or village as a demonstration age-friendly community. Refused for any other kind of area, or a second designation at the same level.',
  })
  designateAgeFriendlyCommunity(
    @Arg('input', () => DesignateAgeFriendlyCommunityInput) input: DesignateAgeFriendlyCommunityInput,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<AgeFriendlyCommunity> {
    return transaction(dataSource, (manager) => designateAgeFriendlyCommunity(manager, input));
  }

  @FieldResolver(() => Area, { description: 'The community or village designated.' })
  area(@Root() designation: AgeFriendlyCommunity, @Ctx() { loaders }: CivilAffairsContext): Promise<Area | null> {
    return loaders.areaByCode.load(designation.communityCode);
  }

  @FieldResolver(() => Area, { description: 'The district it belongs to.' })
  district(@Root() designation: AgeFriendlyCommunity, @Ctx() { loaders }: CivilAffairsContext): Promise<Area | null> {
    return loaders.areaByCode.load(designation.districtCode);
  }
}

/** The age-friendly section of an area. */
@Authorized(can('publicRecords'))
@Resolver(() => Area)
export class AreaAgeFriendlyResolver {
  @FieldResolver(() => [AgeFriendlyCommunity], {
    description:
      'Age-friendly community designations in the area (measure 9: ≥2 per district by end-2025), newest first.',
  })
  ageFriendlyCommunities(
    @Root() area: Area,
    @Arg('level', () => AgeFriendlyLevel, { nullable: true, description: 'Only designations of this level.' })
    level: AgeFriendlyLevel | undefined,
    @Ctx() { loaders }: CivilAffairsContext,
  ): Promise<AgeFriendlyCommunity[]> {
    return loaders.ageFriendlyCommunitiesByArea.load({
      key: area.code,
      args: { column: serviceAreaColumn(area.level), level: level ?? null },
    });
  }
}
