import { insertInChunks } from '../../shared/seed/insert-in-chunks';
import { addDays } from '../../shared/seed/random';
import { syntheticCaregivers, syntheticInstitutions, syntheticMobile } from '../../shared/seed/synthetic-world';
import { DISTRICTS, ELDER_SHARE_BY_DISTRICT } from '../../shared/seed/weihai';
import { yearsBefore } from '../../shared/time/today';
import { Sex } from '../../shared/identity/sex.enum';
import { CaregiverRole } from '../caregiver/caregiver-role.enum';
import { Caregiver } from '../caregiver/caregiver.entity';
import { CaregiverCertificateKind, CaregiverCertificateLevel, kindOfLevel } from '../certificate/certificate.enums';
import { CaregiverCertificate } from '../certificate/certificate.entity';
import { earlier, type HumanResourcesSeedContext, later } from './seed-context';

/**
 * Chance that a care worker in a district holds a valid certificate: drawn per district between 72%
 * and 97%, so some districts stay below measure 20's 90% and others above it.
 */
function certifiedChanceByDistrict(context: HumanResourcesSeedContext): Map<string, number> {
  return new Map(
    DISTRICTS.map((district, index) => [
      district.code,
      0.72 + context.random('district-certified', index).next() * 0.25,
    ]),
  );
}

export const ISSUERS: Record<CaregiverCertificateKind, string> = {
  ELDER_CAREGIVER_SKILL: '威海市职业技能鉴定指导中心',
  LONG_TERM_CARER: '山东省健康照护职业技能等级认定中心',
  SOCIAL_WORKER: '人力资源和社会保障部 民政部',
  PHYSICIAN_LICENCE: '威海市卫生健康委员会',
  NURSE_LICENCE: '威海市卫生健康委员会',
  REHABILITATION_THERAPY: '国家卫生健康委人才交流服务中心',
  FIRE_FACILITY_OPERATOR: '威海市消防行业职业技能鉴定站',
};

/** The synthetic world's caregivers (same person keys and employers as civil affairs uses), with roles, employment and certificates. */
export async function seedCaregivers(
  context: HumanResourcesSeedContext,
): Promise<{ caregivers: Caregiver[]; certificates: CaregiverCertificate[] }> {
  const { options, today } = context;
  const institutions = new Map(syntheticInstitutions(options).map((institution) => [institution.code, institution]));
  const certifiedChance = certifiedChanceByDistrict(context);
  const caregivers: Caregiver[] = [];
  const certificates: CaregiverCertificate[] = [];
  for (const world of syntheticCaregivers(options)) {
    const random = context.random('caregiver', world.index);
    const employer = world.employerCode ? institutions.get(world.employerCode)! : null;
    const role = random.weighted([
      [CaregiverRole.ELDER_CAREGIVER, 75],
      [CaregiverRole.LONG_TERM_CARER, 15],
      [CaregiverRole.SOCIAL_WORKER, 10],
    ] as const);
    const adult = addDays(yearsBefore(world.birthDate, -18), 0); // normalises a 29 February
    const employedFrom = random.dateBetween(later(adult, employer?.openedOn ?? adult), addDays(today, -30));
    const graduate = random.chance(0.2);
    const caregiver = Object.assign(new Caregiver(), {
      personKey: world.personKey,
      idNumber: world.idNumber,
      name: world.name,
      sex: Sex[world.sex],
      birthDate: world.birthDate,
      phone: syntheticMobile(random),
      role,
      employerCode: world.employerCode,
      employedFrom,
      employedUntil: null,
      districtCode: employer?.districtCode ?? random.weighted(ELDER_SHARE_BY_DISTRICT),
      graduationYear: graduate
        ? Math.min(Number(world.birthDate.slice(0, 4)) + random.int(19, 23), Number(employedFrom.slice(0, 4)))
        : null,
    });
    caregivers.push(caregiver);

    const number = (n: number) => `HR${String(world.index).padStart(6, '0')}-${n}`;
    const certify = (level: CaregiverCertificateLevel, issuedOn: string, expiresOn: string | null, n: number) =>
      certificates.push(
        Object.assign(new CaregiverCertificate(), {
          personKey: world.personKey,
          kind: kindOfLevel(level),
          level,
          certificateNumber: number(n),
          issuer: ISSUERS[kindOfLevel(level)],
          issuedOn,
          expiresOn,
        }),
      );
    const issuedOn = random.dateBetween(later(adult, addDays(employedFrom, -730)), addDays(today, -1));
    if (role === CaregiverRole.SOCIAL_WORKER) {
      if (random.chance(0.85))
        certify(
          random.weighted([
            [CaregiverCertificateLevel.ASSISTANT_SOCIAL_WORKER, 60],
            [CaregiverCertificateLevel.SOCIAL_WORKER, 35],
            [CaregiverCertificateLevel.SENIOR_SOCIAL_WORKER, 5],
          ] as const),
          issuedOn,
          null,
          1,
        );
    } else if (random.chance(certifiedChance.get(caregiver.districtCode) ?? 0.85)) {
      if (role === CaregiverRole.ELDER_CAREGIVER) {
        const level = random.weighted([
          [CaregiverCertificateLevel.ELDER_CAREGIVER_LEVEL_5, 35],
          [CaregiverCertificateLevel.ELDER_CAREGIVER_LEVEL_4, 35],
          [CaregiverCertificateLevel.ELDER_CAREGIVER_LEVEL_3, 20],
          [CaregiverCertificateLevel.ELDER_CAREGIVER_LEVEL_2, 8],
          [CaregiverCertificateLevel.ELDER_CAREGIVER_LEVEL_1, 2],
        ] as const);
        certify(level, issuedOn, null, 1);
      } else {
        // Long-term-carer certificates are issued for five years here; recent ones are still valid.
        const recent = random.dateBetween(later(adult, addDays(today, -4 * 365)), addDays(today, -1));
        certify(
          random.weighted([
            [CaregiverCertificateLevel.LONG_TERM_CARER_JUNIOR, 55],
            [CaregiverCertificateLevel.LONG_TERM_CARER_INTERMEDIATE, 35],
            [CaregiverCertificateLevel.LONG_TERM_CARER_SENIOR, 10],
          ] as const),
          recent,
          addDays(yearsBefore(recent, -5), -1),
          1,
        );
      }
    } else if (role === CaregiverRole.LONG_TERM_CARER && random.chance(0.4)) {
      // An uncertified carer whose certificate lapsed: on record, but no longer valid.
      const lapsedOn = random.dateBetween(later(adult, addDays(today, -700)), addDays(today, -1));
      certify(
        CaregiverCertificateLevel.LONG_TERM_CARER_JUNIOR,
        earlier(addDays(yearsBefore(lapsedOn, 5), 1), lapsedOn),
        lapsedOn,
        1,
      );
    }
  }
  await insertInChunks(context.manager, Caregiver, caregivers);
  await insertInChunks(context.manager, CaregiverCertificate, certificates);
  return { caregivers, certificates };
}
