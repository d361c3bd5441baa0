import type { EntityManager } from 'typeorm';
import { rowLock } from '../../shared/db/row-lock';
import { BadUserInputError, ConflictError } from '../../shared/errors/errors';
import { AreaLevel } from '../area/area-level.enum';
import { Area } from '../area/area.entity';
import { resolveServiceArea } from '../area/service-area';
import { AgeFriendlyCommunity } from './age-friendly-community.entity';
import type { DesignateAgeFriendlyCommunityInput } from './age-friendly.inputs';

/** Records a designation; the community is locked so it cannot be designated twice at one level. */
export async function designateAgeFriendlyCommunity(
  manager: EntityManager,
  input: DesignateAgeFriendlyCommunityInput,
): Promise<AgeFriendlyCommunity> {
  const community = await manager.findOne(Area, { where: { code: input.areaCode }, ...rowLock(manager) });
  if (!community) throw new BadUserInputError('areaCode', `${input.areaCode} is not a known area code`);
  if (community.level !== AreaLevel.COMMUNITY && community.level !== AreaLevel.VILLAGE) {
    throw new BadUserInputError(
      'areaCode',
      `only a community (社区) or village (村) can be designated; ${community.name} is a ${community.level}`,
    );
  }
  const designations = manager.getRepository(AgeFriendlyCommunity);
  const previous = await designations.findOneBy({ communityCode: community.code, level: input.level });
  if (previous)
    throw new ConflictError(
      `${community.name} was already designated at ${input.level} level in ${previous.designatedYear}`,
      'areaCode',
    );
  const { districtCode, townCode } = await resolveServiceArea(manager, community.code);
  return designations.save(
    designations.create({
      communityCode: community.code,
      townCode: townCode!,
      districtCode,
      level: input.level,
      designatedYear: input.designatedYear,
      name: input.name.trim(),
    }),
  );
}
