import { checkCharacter } from '../identity/resident-id';
import { creditCodeCheckCharacter } from '../identity/credit-code';
import { personKeyOf } from '../identity/person-key';
import { yearsBefore } from '../time/today';
import { groupBy } from './group-by';
import { addDays, Random } from './random';
import type { SeedOptions } from './seed-options';
import { DISTRICTS, ELDER_SHARE_BY_DISTRICT, TOWNS, VILLAGES } from './weihai';

/**
 * The synthetic city every department seeds from. Each department regenerates the same people
 * and institutions from the same options, so their records agree (same person keys, same credit
 * codes) without any department reading another's tables.
 */

/** Identity and birth dates are fixed to this day, so a person is the same whenever the seed runs. */
export const WORLD_REFERENCE_DATE = '2026-01-01';

export interface SyntheticPerson {
  index: number;
  idNumber: string;
  personKey: string;
  name: string;
  sex: 'MALE' | 'FEMALE';
  birthDate: string;
  districtCode: string;
  townCode: string | null;
  communityCode: string | null;
  /** 0 (robust) to 1 (frail): the common cause behind disability, hospital stays and care, so departments' data correlate. */
  frailty: number;
}

export interface SyntheticInstitution {
  index: number;
  code: string;
  name: string;
  districtCode: string;
  townCode: string | null;
  ownership: 'PUBLIC' | 'PRIVATE' | 'PUBLIC_BUILT_PRIVATE_RUN';
  beds: number;
  openedOn: string;
}

export interface SyntheticCaregiver {
  index: number;
  idNumber: string;
  personKey: string;
  name: string;
  sex: 'MALE' | 'FEMALE';
  birthDate: string;
  /** Credit code of the employing institution, or null for home-care workers without one. */
  employerCode: string | null;
}

const SURNAMES: ReadonlyArray<readonly [string, number]> = [
  ['王', 9],
  ['张', 8],
  ['刘', 8],
  ['李', 7],
  ['孙', 6],
  ['于', 6],
  ['杨', 4],
  ['赵', 4],
  ['陈', 3],
  ['丛', 3],
  ['林', 3],
  ['宋', 3],
  ['毕', 2],
  ['郭', 2],
  ['曲', 3],
  ['鞠', 2],
  ['谷', 2],
  ['姜', 3],
  ['梁', 2],
  ['徐', 2],
  ['邹', 2],
  ['董', 2],
  ['高', 2],
  ['田', 2],
  ['汤', 1],
  ['慕', 1],
];
const MALE_CHARACTERS = '德明国华建军志强永福海洪春生文学成庆立忠平世俊振家兴宝山胜';
const FEMALE_CHARACTERS = '秀兰英玉芳桂珍凤华淑琴美丽敏霞云梅红翠娟香荣爱素彩莲';
/** Address codes on the ID numbers of people now served in Weihai: mostly local (with 文登市's pre-2014 code), some born elsewhere. */
const ADDRESS_CODES: ReadonlyArray<readonly [string, number]> = [
  ['371002', 20],
  ['371081', 18],
  ['371003', 4],
  ['371082', 25],
  ['371083', 16],
  ['371001', 2],
  ['370602', 3],
  ['370785', 2],
  ['210202', 2],
  ['370112', 1],
];

export function syntheticPerson(
  options: Pick<SeedOptions, 'randomSeed' | 'personKeySecret'>,
  index: number,
  used?: Set<string>,
): SyntheticPerson {
  const random = Random.for(options.randomSeed, 'person', index);
  const sex = random.chance(0.53) ? 'FEMALE' : 'MALE';
  const age = random.weighted([
    [random.int(60, 69), 55],
    [random.int(70, 79), 30],
    [random.int(80, 89), 12],
    [random.int(90, 102), 3],
  ]);
  const birthDate = random.dateBetween(
    addDays(yearsBefore(WORLD_REFERENCE_DATE, age + 1), 1),
    yearsBefore(WORLD_REFERENCE_DATE, age),
  );
  const idNumber = uniqueIdNumber(random, random.weighted(ADDRESS_CODES), birthDate, sex, used);
  const district = random.weighted(ELDER_SHARE_BY_DISTRICT);
  const { townCode, communityCode } = placeIn(random, district);
  return {
    index,
    idNumber,
    personKey: personKeyOf(idNumber, options.personKeySecret),
    name: personName(random, sex),
    sex,
    birthDate,
    districtCode: district,
    townCode,
    communityCode,
    frailty: Math.min(1, random.next() * (0.35 + (age - 60) / 45)),
  };
}

/** The city's elders in batches, the same sequence every time for the same options. */
export function* syntheticPersons(
  options: Pick<SeedOptions, 'randomSeed' | 'personKeySecret' | 'elders'>,
  batchSize = 2000,
): Generator<SyntheticPerson[], void, undefined> {
  const used = new Set<string>();
  for (let start = 0; start < options.elders; start += batchSize) {
    const batch: SyntheticPerson[] = [];
    for (let index = start; index < Math.min(options.elders, start + batchSize); index++)
      batch.push(syntheticPerson(options, index, used));
    yield batch;
  }
}

/** About one institution per 4,000 elders (at least 20), holding beds for about 3.5% of elders. */
export function syntheticInstitutions(options: Pick<SeedOptions, 'randomSeed' | 'elders'>): SyntheticInstitution[] {
  const count = Math.max(20, Math.round(options.elders / 4000));
  const bedsPerInstitution = Math.max(10, Math.round((options.elders * 0.035) / count));
  const institutions: SyntheticInstitution[] = [];
  for (let index = 0; index < count; index++) {
    const random = Random.for(options.randomSeed, 'institution', index);
    const districtCode = index < DISTRICTS.length ? DISTRICTS[index].code : random.weighted(ELDER_SHARE_BY_DISTRICT);
    const { townCode } = placeIn(random, districtCode);
    const ownership = random.weighted([
      ['PUBLIC', 35],
      ['PRIVATE', 45],
      ['PUBLIC_BUILT_PRIVATE_RUN', 20],
    ] as const);
    const town = TOWNS.find((t) => t.code === townCode);
    const district = DISTRICTS.find((d) => d.code === districtCode)!;
    institutions.push({
      index,
      code: creditCode(random, districtCode, ownership === 'PRIVATE' ? '52' : '12'),
      name: `${(town ?? district).name.replace(/(街道|镇|办事处)$/, '')}${random.pick(['颐养院', '养老院', '敬老院', '康养中心', '老年公寓', '护理院'])}${index + 1}号`,
      districtCode,
      townCode,
      ownership,
      beds: Math.max(6, Math.round(bedsPerInstitution * (0.4 + random.next() * 1.2))),
      openedOn: random.dateBetween('1995-01-01', '2024-12-31'),
    });
  }
  return institutions;
}

/** Certified and uncertified care workers: about one per four institutional beds, a few without an employer. */
export function syntheticCaregivers(
  options: Pick<SeedOptions, 'randomSeed' | 'personKeySecret' | 'elders'>,
): SyntheticCaregiver[] {
  const institutions = syntheticInstitutions(options);
  const count = Math.max(30, Math.round(institutions.reduce((sum, institution) => sum + institution.beds, 0) / 4));
  const used = new Set<string>();
  const caregivers: SyntheticCaregiver[] = [];
  for (let index = 0; index < count; index++) {
    const random = Random.for(options.randomSeed, 'caregiver', index);
    const sex = random.chance(0.85) ? 'FEMALE' : 'MALE';
    const birthDate = random.dateBetween('1966-01-01', '2003-12-31');
    const idNumber = uniqueIdNumber(random, random.weighted(ADDRESS_CODES), birthDate, sex, used);
    caregivers.push({
      index,
      idNumber,
      personKey: personKeyOf(idNumber, options.personKeySecret),
      name: personName(random, sex),
      sex,
      birthDate,
      employerCode: random.chance(0.92) ? institutions[index % institutions.length].code : null,
    });
  }
  return caregivers;
}

function uniqueIdNumber(
  random: Random,
  addressCode: string,
  birthDate: string,
  sex: 'MALE' | 'FEMALE',
  used?: Set<string>,
): string {
  for (;;) {
    const sequence = random.int(0, 499) * 2 + (sex === 'MALE' ? 1 : 0);
    const first17 = addressCode + birthDate.replace(/-/g, '') + String(sequence).padStart(3, '0');
    const number = first17 + checkCharacter(first17);
    if (!used || !used.has(number)) {
      used?.add(number);
      return number;
    }
  }
}

function personName(random: Random, sex: 'MALE' | 'FEMALE'): string {
  const characters = sex === 'MALE' ? MALE_CHARACTERS : FEMALE_CHARACTERS;
  const given = Array.from(characters);
  return random.weighted(SURNAMES) + random.pick(given) + (random.chance(0.8) ? random.pick(given) : '');
}

const TOWNS_BY_DISTRICT = groupBy(TOWNS, (town) => town.parent);
const VILLAGES_BY_TOWN = groupBy(VILLAGES, (village) => village.parent);

function placeIn(random: Random, districtCode: string): { townCode: string | null; communityCode: string | null } {
  const towns = TOWNS_BY_DISTRICT.get(districtCode);
  if (!towns) return { townCode: null, communityCode: null };
  const town = random.pick(towns);
  const villages = VILLAGES_BY_TOWN.get(town.code);
  return { townCode: town.code, communityCode: villages ? random.pick(villages).code : null };
}

/** GB 32100 code: registering-authority and type characters, the district code, a 9-character organisation code, check. */
export function creditCode(random: Random, districtCode: string, prefix: string): string {
  const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let body = '';
  for (let i = 0; i < 9; i++) body += charset[random.int(0, 30)];
  const first17 = prefix + districtCode + body;
  return first17 + creditCodeCheckCharacter(first17);
}

/** An 11-digit mobile number with a common Chinese carrier prefix. */
export function syntheticMobile(random: Random): string {
  return `1${random.pick(['35', '37', '38', '39', '58', '59', '86', '88'])}${String(random.int(0, 99999999)).padStart(8, '0')}`;
}
