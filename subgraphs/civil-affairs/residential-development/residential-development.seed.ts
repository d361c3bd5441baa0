import { insertRows } from '../../shared/seed/insert-rows';
import { addDays, type Random } from '../../shared/seed/random';
import { isCommunity, isStreet, TOWNS, VILLAGES } from '../../shared/seed/weihai';
import type { CivilAffairsSeedContext, CivilAffairsSeeder } from '../seed/seed-context';
import { requiredFacilityAreaM2 } from './facility-standard';
import { ResidentialDevelopment } from './residential-development.entity';

/** The register starts with developments delivered from this day. */
const FIRST_DELIVERY = '2018-01-01';

/** How much new housing each district's streets see: the central city and the development zones most. */
const STREET_WEIGHT_BY_DISTRICT: Record<string, number> = {
  '371002': 4,
  '371071': 3,
  '371072': 3,
  '371003': 2,
  '371082': 1,
  '371083': 3,
};

/** Shares of the outcomes that make indicator 5 fall short of 100%: about 89% compliant today. */
const SHARE = { tooSmall: 0.06, notHandedOver: 0.05, late: 0.12 };

type Outcome = 'inStep' | 'late' | 'tooSmall' | 'notHandedOver';

const NAME_STEMS = [
  '海悦',
  '御景',
  '金海湾',
  '银滩',
  '翠园',
  '锦绣',
  '海天',
  '望海',
  '滨海',
  '阳光',
  '和园',
  '蓝湾',
  '山海',
  '泰和',
  '嘉和',
  '润园',
  '书香',
  '观澜',
  '环海',
  '福海',
];
const NAME_ENDINGS = ['花园', '小区', '家园', '华庭', '雅苑', '名邸', '公馆', '新城', '府', '湾'];
const PHASES = ['', '一期', '二期', '三期'];
const DEVELOPERS = ['海川', '泰丰', '恒远', '金盛', '鼎泰', '宏达', '瑞景', '嘉禾', '长盛', '海晟'];

/**
 * About sixty developments delivered since 2018, mostly in the streets of the urban districts, 200 to
 * 2,500 households each. Most handed their facility over with the housing; about an eighth handed it
 * over months late, a few built one too small, and a few recent ones have not handed it over yet.
 */
export class ResidentialDevelopmentSeeder implements CivilAffairsSeeder {
  async seedOnce(context: CivilAffairsSeedContext): Promise<void> {
    const count = context.random('residential-development-count').int(56, 64);
    const outcomes = assignOutcomes(count, (i) => context.random('residential-development-outcome', i).next());
    const streets = TOWNS.filter((town) => isStreet(town) && STREET_WEIGHT_BY_DISTRICT[town.parent]);
    const towns = TOWNS.filter((town) => !isStreet(town));
    const lastDay = addDays(context.today, -1);
    const namesTaken = new Set<string>();
    const rows: Partial<ResidentialDevelopment>[] = [];
    for (let i = 0; i < count; i++) {
      const random = context.random('residential-development', i);
      const outcome = outcomes[i];
      const town = random.chance(0.85)
        ? random.weighted(streets.map((street) => [street, STREET_WEIGHT_BY_DISTRICT[street.parent]] as const))
        : random.pick(towns);
      const communities = VILLAGES.filter((village) => village.parent === town.code && isCommunity(village));
      const community = communities.length && random.chance(0.5) ? random.pick(communities) : null;
      const households = random.int(200, 2500);
      const required = requiredFacilityAreaM2(households);
      const deliveredOn = deliveryDay(random, outcome, context.today);
      const handedOverOn = handoverDay(random, outcome, deliveredOn, lastDay);
      rows.push({
        name: uniqueName(random, town.parent, namesTaken),
        developer: `威海${random.pick(DEVELOPERS)}房地产开发有限公司`,
        districtCode: town.parent,
        townCode: town.code,
        communityCode: community?.code ?? null,
        households,
        deliveredOn,
        facilityAreaM2: handedOverOn ? facilityArea(random, outcome, required) : null,
        facilityHandedOverOn: handedOverOn,
      });
    }
    await insertRows(context.manager, ResidentialDevelopment, rows);
  }
}

/** Fixed numbers of each shortfall, placed at random but deterministically, so the seeded rate stays near 89%. */
function assignOutcomes(count: number, score: (index: number) => number): Outcome[] {
  const order = Array.from({ length: count }, (_, index) => ({ index, score: score(index) })).sort(
    (a, b) => a.score - b.score,
  );
  const quotas: Array<[Outcome, number]> = [
    ['tooSmall', Math.round(count * SHARE.tooSmall)],
    ['notHandedOver', Math.round(count * SHARE.notHandedOver)],
    ['late', Math.round(count * SHARE.late)],
  ];
  const outcomes: Outcome[] = Array.from({ length: count }, () => 'inStep');
  let next = 0;
  for (const [outcome, quota] of quotas) for (let n = 0; n < quota; n++) outcomes[order[next++].index] = outcome;
  return outcomes;
}

/** Developments still waiting for their facility were delivered in the last eighteen months; late ones long enough ago to have caught up. */
function deliveryDay(random: Random, outcome: Outcome, today: string): string {
  if (outcome === 'notHandedOver') return random.dateBetween(addDays(today, -540), addDays(today, -1));
  if (outcome === 'late') return random.dateBetween(FIRST_DELIVERY, addDays(today, -400));
  return random.dateBetween(FIRST_DELIVERY, addDays(today, -1));
}

/** In step: within four months before to a month after the delivery. Late: three months to two years after. */
function handoverDay(random: Random, outcome: Outcome, deliveredOn: string, lastDay: string): string | null {
  if (outcome === 'notHandedOver') return null;
  const day =
    outcome === 'late' ? addDays(deliveredOn, random.int(90, 720)) : addDays(deliveredOn, random.int(-120, 30));
  return day < lastDay ? day : lastDay;
}

/** Compliant facilities are the required area or up to half as large again; too small ones 60–99% of it. */
function facilityArea(random: Random, outcome: Outcome, required: number): number {
  if (outcome === 'tooSmall') return random.int(Math.round(required * 0.6), required - 1);
  return random.chance(0.15) ? required : required + random.int(1, Math.floor(required / 2));
}

/** Project names are unique in a district, as the register requires. */
function uniqueName(random: Random, districtCode: string, taken: Set<string>): string {
  for (;;) {
    const name = `${random.pick(NAME_STEMS)}${random.pick(NAME_ENDINGS)}${random.pick(PHASES)}`;
    if (taken.has(`${districtCode}:${name}`)) continue;
    taken.add(`${districtCode}:${name}`);
    return name;
  }
}
