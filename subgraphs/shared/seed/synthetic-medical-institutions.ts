import { Random } from './random';
import type { SeedOptions } from './seed-options';
import { creditCode } from './synthetic-world';
import { DISTRICTS, ELDER_SHARE_BY_DISTRICT, TOWNS } from './weihai';

/** Kinds of medical institution the health commission registers (domain brief, health). */
export type MedicalInstitutionKind =
  | 'GENERAL_HOSPITAL'
  | 'TCM_HOSPITAL'
  | 'NURSING_HOME'
  | 'TOWNSHIP_HEALTH_CENTRE'
  | 'COMMUNITY_HEALTH_CENTRE'
  | 'VILLAGE_CLINIC';

export interface SyntheticMedicalInstitution {
  index: number;
  /** Unified social credit code, like elder-care institutions. */
  code: string;
  name: string;
  kind: MedicalInstitutionKind;
  /** 1–3 (一级–三级); null for unrated clinics. */
  level: 1 | 2 | 3 | null;
  isPublic: boolean;
  districtCode: string;
  townCode: string | null;
  medicalBeds: number;
  hospiceBeds: number;
}

/**
 * The synthetic city's medical institutions, shared so that health, insurance (designations) and
 * finance agree on their codes: hospitals in every district, a health centre per town, and clinics,
 * scaled with the number of elders (about one per 1,500, at least 25).
 */
export function syntheticMedicalInstitutions(
  options: Pick<SeedOptions, 'randomSeed' | 'elders'>,
): SyntheticMedicalInstitution[] {
  const count = Math.max(25, Math.round(options.elders / 1500));
  const institutions: SyntheticMedicalInstitution[] = [];
  for (let index = 0; index < count; index++) {
    const random = Random.for(options.randomSeed, 'medical-institution', index);
    const districtCode = index < DISTRICTS.length ? DISTRICTS[index].code : random.weighted(ELDER_SHARE_BY_DISTRICT);
    const district = DISTRICTS.find((d) => d.code === districtCode)!;
    const towns = TOWNS.filter((t) => t.parent === districtCode);
    const town = towns.length ? random.pick(towns) : null;
    // The first of each district is its general hospital, so every district has one.
    const kind: MedicalInstitutionKind =
      index < DISTRICTS.length
        ? 'GENERAL_HOSPITAL'
        : random.weighted([
            ['GENERAL_HOSPITAL', 8],
            ['TCM_HOSPITAL', 4],
            ['NURSING_HOME', 5],
            ['TOWNSHIP_HEALTH_CENTRE', 30],
            ['COMMUNITY_HEALTH_CENTRE', 20],
            ['VILLAGE_CLINIC', 33],
          ] as const);
    const level =
      kind === 'GENERAL_HOSPITAL' || kind === 'TCM_HOSPITAL'
        ? random.weighted([
            [2, 6],
            [3, 3],
            [1, 1],
          ] as const)
        : kind === 'VILLAGE_CLINIC'
          ? null
          : 1;
    const hospital = kind === 'GENERAL_HOSPITAL' || kind === 'TCM_HOSPITAL' || kind === 'NURSING_HOME';
    const medicalBeds = hospital
      ? random.int(level === 3 ? 600 : 120, level === 3 ? 1500 : 500)
      : kind === 'VILLAGE_CLINIC'
        ? 0
        : random.int(10, 60);
    institutions.push({
      index,
      code: creditCode(random, districtCode, kind === 'VILLAGE_CLINIC' ? '52' : '12'),
      name: `${(town ?? district).name.replace(/(街道|镇|办事处)$/, '')}${KIND_NAMES[kind]}${index + 1}`,
      kind,
      level,
      isPublic: kind === 'VILLAGE_CLINIC' ? random.chance(0.3) : random.chance(0.8),
      districtCode,
      townCode: town?.code ?? null,
      medicalBeds,
      hospiceBeds: hospital && random.chance(0.6) ? random.int(4, 20) : 0,
    });
  }
  return institutions;
}

const KIND_NAMES: Record<MedicalInstitutionKind, string> = {
  GENERAL_HOSPITAL: '人民医院',
  TCM_HOSPITAL: '中医医院',
  NURSING_HOME: '护理院',
  TOWNSHIP_HEALTH_CENTRE: '镇卫生院',
  COMMUNITY_HEALTH_CENTRE: '社区卫生服务中心',
  VILLAGE_CLINIC: '村卫生室',
};
