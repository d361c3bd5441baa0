import { can } from '../access-policy';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { CivilAffairsContext } from '../context';
import { AreaLevel } from './area-level.enum';
import { Area } from './area.entity';

@Authorized(can('publicRecords'))
@Resolver(() => Area)
export class AreaResolver {
  @Query(() => Area, { nullable: true, description: 'An area by its code; null if there is none.' })
  area(
    @Arg('code', () => ID, { description: 'Division code, e.g. 371083 for 乳山市.' }) code: string,
    @Ctx() { loaders }: CivilAffairsContext,
  ): Promise<Area | null> {
    return loaders.areaByCode.load(code);
  }

  @Query(() => [Area], { description: 'Areas of one level, or the children of one area, ordered by code.' })
  areas(
    @Arg('level', () => AreaLevel, { nullable: true, description: 'Only areas of this level.' })
    level: AreaLevel | undefined,
    @Arg('parentCode', () => ID, { nullable: true, description: 'Only the areas directly under this one.' })
    parentCode: string | undefined,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<Area[]> {
    return dataSource.getRepository(Area).find({
      where: { ...(level ? { level } : {}), ...(parentCode ? { parentCode } : {}) },
      order: { code: 'ASC' },
    });
  }

  @FieldResolver(() => Area, { nullable: true, description: 'The area one level up; null for the city.' })
  parent(@Root() area: Area, @Ctx() { loaders }: CivilAffairsContext): Promise<Area | null> | null {
    return area.parentCode ? loaders.areaByCode.load(area.parentCode) : null;
  }

  @FieldResolver(() => [Area], { description: 'The areas directly under this one, ordered by code.' })
  children(@Root() area: Area, @Ctx() { loaders }: CivilAffairsContext): Promise<Area[]> {
    return loaders.areasByParent.load(area.code);
  }
}
