import { insertRows } from '../../shared/seed/insert-rows';
import { addDays, type Random } from '../../shared/seed/random';
import { type Division, DISTRICTS, isCommunity, isStreet, shortName, TOWNS, VILLAGES } from '../../shared/seed/weihai';
import type { ServiceArea } from '../area/service-area';
import type { CivilAffairsSeedContext, CivilAffairsSeeder } from '../seed/seed-context';
import { FacilityKind } from './facility-kind.enum';
import { CommunityFacility } from './facility.entity';

/** Typical floor areas (m²) and opening years of each kind, so the seeded network looks like Weihai's. */
const PROFILE: Record<FacilityKind, { floorArea: [number, number]; openedFrom: string; openedTo: string }> = {
  STREET_CENTRE: { floorArea: [800, 3000], openedFrom: '2019-01-01', openedTo: '2025-10-31' },
  TOWN_REGIONAL_CENTRE: { floorArea: [600, 2500], openedFrom: '2019-01-01', openedTo: '2025-10-31' },
  DAY_CARE: { floorArea: [200, 800], openedFrom: '2012-01-01', openedTo: '2025-06-30' },
  RURAL_HAPPINESS_HOME: { floorArea: [100, 400], openedFrom: '2013-01-01', openedTo: '2023-12-31' },
  MEAL_POINT: { floorArea: [60, 300], openedFrom: '2018-01-01', openedTo: '2025-10-31' },
  REHAB_AID_RENTAL_POINT: { floorArea: [50, 200], openedFrom: '2021-01-01', openedTo: '2025-10-31' },
  EMBEDDED_SMALL_INSTITUTION: { floorArea: [500, 1500], openedFrom: '2020-01-01', openedTo: '2025-10-31' },
  ELDERLY_UNIVERSITY: { floorArea: [1500, 8000], openedFrom: '1990-01-01', openedTo: '2015-12-31' },
};

const COMPANIES = ['颐和', '康宁', '福寿', '惠民', '安康', '乐龄', '海韵', '福海', '康泰', '仁和'];

/**
 * The community network of the plans: a university for the elderly in all districts but one or two,
 * centres in about two thirds of streets and over half of towns (indicators 6, 7, 13 below target),
 * day care and meal points in communities, happiness homes in villages, a few dozen rental points
 * and a handful of embedded small institutions. A few village facilities have closed.
 */
export class FacilitySeeder implements CivilAffairsSeeder {
  async seedOnce(context: CivilAffairsSeedContext): Promise<void> {
    const rows: Partial<CommunityFacility>[] = [];
    const add = (
      kind: FacilityKind,
      area: ServiceArea,
      name: string,
      operatorName: string,
      random: Random,
      closable = false,
    ) => {
      const profile = PROFILE[kind];
      const openedOn = random.dateBetween(profile.openedFrom, [profile.openedTo, addDays(context.today, -1)].sort()[0]);
      const closed = closable && random.chance(0.03) && openedOn < addDays(context.today, -400);
      rows.push({
        kind,
        name,
        ...area,
        operatorName,
        floorAreaSqm: random.int(...profile.floorArea),
        starRating:
          kind === FacilityKind.MEAL_POINT
            ? random.weighted([
                [1, 10],
                [2, 25],
                [3, 35],
                [4, 20],
                [5, 10],
              ])
            : null,
        openedOn,
        closedOn: closed ? random.dateBetween(addDays(openedOn, 365), addDays(context.today, -30)) : null,
      });
    };
    const company = (random: Random) => `威海市${random.pick(COMPANIES)}养老服务有限公司`;

    const missing = context.random('facility-university-missing').int(1, 2);
    const withoutUniversity = new Set(
      lowest(DISTRICTS, missing, (_, i) => context.random('facility-university-missing', i + 1).next()).map(
        (d) => d.code,
      ),
    );
    DISTRICTS.forEach((district, i) => {
      if (withoutUniversity.has(district.code)) return;
      add(
        FacilityKind.ELDERLY_UNIVERSITY,
        { districtCode: district.code, townCode: null, communityCode: null },
        `${district.name}老年大学`,
        `${district.name}老干部局`,
        context.random('facility-university', i),
      );
    });

    const streets = TOWNS.filter(isStreet);
    const towns = TOWNS.filter((town) => !isStreet(town));
    for (const street of lowest(streets, Math.round(streets.length * 0.65), (_, i) =>
      context.random('facility-street-centre-pick', i).next(),
    )) {
      const random = context.random('facility-street-centre', Number(street.code));
      add(
        FacilityKind.STREET_CENTRE,
        townArea(street),
        `${street.name}综合养老服务中心`,
        random.chance(0.6) ? company(random) : `${street.name}办事处`,
        random,
      );
    }
    for (const town of lowest(towns, Math.round(towns.length * 0.55), (_, i) =>
      context.random('facility-town-centre-pick', i).next(),
    )) {
      const random = context.random('facility-town-centre', Number(town.code));
      add(
        FacilityKind.TOWN_REGIONAL_CENTRE,
        townArea(town),
        `${town.name}区域性综合养老服务中心`,
        random.chance(0.4) ? company(random) : `${town.name}人民政府`,
        random,
      );
    }
    TOWNS.forEach((town, i) => {
      const random = context.random('facility-rehab-aid', i);
      if (random.chance(0.5))
        add(
          FacilityKind.REHAB_AID_RENTAL_POINT,
          townArea(town),
          `${town.name}康复辅具租赁点`,
          `威海市${random.pick(COMPANIES)}康复辅具有限公司`,
          random,
        );
    });

    const townOf = new Map(TOWNS.map((town) => [town.code, town]));
    VILLAGES.forEach((village, i) => {
      const town = townOf.get(village.parent)!;
      const area = { districtCode: town.parent, townCode: town.code, communityCode: village.code };
      const place = `${shortName(town)}${shortName(village)}`;
      const random = context.random('facility-village', i);
      if (isCommunity(village)) {
        if (random.chance(0.45))
          add(
            FacilityKind.DAY_CARE,
            area,
            `${place}日间照料中心`,
            random.chance(0.5) ? company(random) : village.name,
            random,
            true,
          );
        if (random.chance(0.35))
          add(
            FacilityKind.MEAL_POINT,
            area,
            `${place}助餐点`,
            random.chance(0.7) ? company(random) : village.name,
            random,
            true,
          );
        if (random.chance(0.02))
          add(FacilityKind.EMBEDDED_SMALL_INSTITUTION, area, `${place}嵌入式养老服务站`, company(random), random);
      } else {
        if (random.chance(0.12))
          add(FacilityKind.RURAL_HAPPINESS_HOME, area, `${place}农村幸福院`, village.name, random, true);
        if (random.chance(0.06)) add(FacilityKind.MEAL_POINT, area, `${place}助餐点`, village.name, random, true);
        if (random.chance(0.04)) add(FacilityKind.DAY_CARE, area, `${place}日间照料中心`, village.name, random, true);
      }
    });
    await insertRows(context.manager, CommunityFacility, rows);
  }
}

function townArea(town: Division): ServiceArea {
  return { districtCode: town.parent, townCode: town.code, communityCode: null };
}

/** The `count` items with the lowest score: a fixed share, picked at random but deterministically. */
function lowest<T>(items: T[], count: number, score: (item: T, index: number) => number): T[] {
  return items
    .map((item, index) => ({ item, score: score(item, index) }))
    .sort((a, b) => a.score - b.score)
    .slice(0, count)
    .map(({ item }) => item);
}
