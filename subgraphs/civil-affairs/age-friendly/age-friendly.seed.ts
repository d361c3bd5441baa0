import { insertRows } from '../../shared/seed/insert-rows';
import { DISTRICTS, isCommunity, shortName, TOWNS, VILLAGES } from '../../shared/seed/weihai';
import type { CivilAffairsSeedContext, CivilAffairsSeeder } from '../seed/seed-context';
import { AgeFriendlyLevel } from './age-friendly-level.enum';
import { AgeFriendlyCommunity } from './age-friendly-community.entity';

/**
 * One to three designations per district (so measure 9's two per district is not met everywhere),
 * mostly urban communities; two districts have none at national level. 南海新区 has no communities
 * in the division data, so it has none.
 */
export class AgeFriendlySeeder implements CivilAffairsSeeder {
  async seedOnce(context: CivilAffairsSeedContext): Promise<void> {
    const townOf = new Map(TOWNS.map((town) => [town.code, town]));
    const districts = DISTRICTS.filter((district) =>
      VILLAGES.some((village) => townOf.get(village.parent)?.parent === district.code),
    );
    const withoutNational = new Set(
      districts
        .map((district, i) => ({ code: district.code, score: context.random('age-friendly-national', i).next() }))
        .sort((a, b) => a.score - b.score)
        .slice(0, 2)
        .map(({ code }) => code),
    );
    const rows: Partial<AgeFriendlyCommunity>[] = [];
    districts.forEach((district, i) => {
      const random = context.random('age-friendly', i);
      const candidates = VILLAGES.filter((village) => townOf.get(village.parent)!.parent === district.code);
      const communities = candidates.filter(isCommunity);
      const count = random.int(1, 3);
      const chosen = new Set<string>();
      while (chosen.size < Math.min(count, candidates.length)) {
        chosen.add(random.pick(communities.length && random.chance(0.8) ? communities : candidates).code);
      }
      [...chosen].forEach((code, n) => {
        const village = candidates.find((candidate) => candidate.code === code)!;
        const town = townOf.get(village.parent)!;
        const national = n === 0 && !withoutNational.has(district.code);
        rows.push({
          communityCode: village.code,
          townCode: town.code,
          districtCode: district.code,
          level: national
            ? AgeFriendlyLevel.NATIONAL
            : random.weighted([
                [AgeFriendlyLevel.PROVINCIAL, 60],
                [AgeFriendlyLevel.CITY, 40],
              ]),
          designatedYear: random.int(2021, Math.min(2025, Number(context.today.slice(0, 4)))),
          name: `${district.name}${town.name}${shortName(village)}`,
        });
      });
    });
    await insertRows(context.manager, AgeFriendlyCommunity, rows);
  }
}
