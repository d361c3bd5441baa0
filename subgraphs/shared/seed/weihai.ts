import divisions from './data/weihai-divisions.json';

/** Weihai's areas as the seed builds them: official statistical codes plus the project's own code for 南海新区. */
export const WEIHAI_CITY = { code: '371000', name: '威海市' };

/** 南海新区 has no public statistical code (domain brief); this one is the project's, marked `official: false`. */
export const NANHAI_NEW_AREA = { code: '371099', name: '南海新区' };

export const FIVE_BED_PILOT_DISTRICTS = ['371002', '371083'];

export interface Division {
  code: string;
  name: string;
  parent: string;
}

export const DISTRICTS: Division[] = [
  ...divisions.districts.map((district) => ({ ...district, parent: WEIHAI_CITY.code })),
  { ...NANHAI_NEW_AREA, parent: WEIHAI_CITY.code },
];
export const TOWNS: Division[] = divisions.towns;
export const VILLAGES: Division[] = divisions.villages;

/** Approximate share of the city's elders served in each district (census-shaped, synthetic). */
export const ELDER_SHARE_BY_DISTRICT: ReadonlyArray<readonly [string, number]> = [
  ['371002', 15],
  ['371071', 6],
  ['371072', 7],
  ['371073', 4],
  ['371003', 25],
  ['371082', 26],
  ['371083', 16],
  ['371099', 1],
];

/** Towns are streets (街道) when the name says so; the rest are towns (镇) and offices. */
export function isStreet(town: Division): boolean {
  return town.name.endsWith('街道');
}

/** Villages (村委会) versus residents' communities (社区居委会, and committees named only 居委会). */
export function isCommunity(village: Division): boolean {
  return village.name.includes('社区') || village.name.endsWith('居委会');
}

/** 东秦家庄村委会 → 东秦家庄村, 嘉和社区居民委员会 → 嘉和社区, 鲸园街道 → 鲸园: the part of a name a signpost keeps. */
export function shortName(division: Division): string {
  return division.name
    .replace(/(村民委员会|村委会)$/, '村')
    .replace(/(居民委员会|居委会)$/, '')
    .replace(/(街道|镇|办事处)$/, '');
}
