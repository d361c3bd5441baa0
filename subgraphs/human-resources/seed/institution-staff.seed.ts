import { checkCharacter } from '../../shared/identity/resident-id';
import { personKeyOf } from '../../shared/identity/person-key';
import { Sex } from '../../shared/identity/sex.enum';
import { insertInChunks } from '../../shared/seed/insert-in-chunks';
import { addDays, type Random } from '../../shared/seed/random';
import { syntheticInstitutions, syntheticMobile } from '../../shared/seed/synthetic-world';
import { yearsBefore } from '../../shared/time/today';
import { CaregiverRole } from '../caregiver/caregiver-role.enum';
import { Caregiver } from '../caregiver/caregiver.entity';
import { CaregiverCertificateLevel, kindOfLevel } from '../certificate/certificate.enums';
import { CaregiverCertificate } from '../certificate/certificate.entity';
import { ISSUERS } from './caregivers.seed';
import { type HumanResourcesSeedContext, later } from './seed-context';

const SURNAMES = ['王', '张', '刘', '李', '孙', '于', '赵', '陈', '杨', '曲', '丛', '林'];
const GIVEN = ['静', '敏', '丽', '伟', '强', '磊', '娜', '洁', '军', '红', '涛', '燕', '鹏', '霞'];

/** A valid resident ID number issued in the district, not among `used`. */
function idNumberIn(random: Random, districtCode: string, birthDate: string, sex: Sex, used: Set<string>): string {
  for (;;) {
    const sequence = random.int(0, 499) * 2 + (sex === Sex.MALE ? 1 : 0);
    const first17 = districtCode + birthDate.replace(/-/g, '') + String(sequence).padStart(3, '0');
    const number = first17 + checkCharacter(first17);
    if (!used.has(number)) {
      used.add(number);
      return number;
    }
  }
}

/** The trades of an institution's specialists: the licence levels each holds, and how likely one is valid today. */
const TRADES: ReadonlyArray<{
  role: CaregiverRole;
  levels: ReadonlyArray<readonly [CaregiverCertificateLevel, number]>;
  certified: number;
  /** Years a certificate of the trade stays valid (null: it does not expire). */
  validYears: number | null;
}> = [
  {
    role: CaregiverRole.MEDICAL_STAFF,
    levels: [
      [CaregiverCertificateLevel.NURSE, 70],
      [CaregiverCertificateLevel.PHYSICIAN, 20],
      [CaregiverCertificateLevel.ASSISTANT_PHYSICIAN, 10],
    ],
    certified: 0.97,
    validYears: null,
  },
  {
    role: CaregiverRole.REHABILITATION_THERAPIST,
    levels: [
      [CaregiverCertificateLevel.REHABILITATION_THERAPY_TECHNICIAN, 50],
      [CaregiverCertificateLevel.REHABILITATION_THERAPIST, 40],
      [CaregiverCertificateLevel.REHABILITATION_THERAPIST_INTERMEDIATE, 10],
    ],
    certified: 0.9,
    validYears: null,
  },
  {
    role: CaregiverRole.FIRE_SAFETY_OPERATOR,
    levels: [
      [CaregiverCertificateLevel.FIRE_FACILITY_OPERATOR_LEVEL_5, 60],
      [CaregiverCertificateLevel.FIRE_FACILITY_OPERATOR_LEVEL_4, 30],
      [CaregiverCertificateLevel.FIRE_FACILITY_OPERATOR_LEVEL_3, 10],
    ],
    certified: 0.85,
    validYears: 5,
  },
];

/**
 * The institutions' medical, rehabilitation and fire-safety staff (the plan's 专栏4) with the licences
 * of their trades: a fire-safety operator in most institutions, medical staff in one of two (more in
 * larger ones), a therapist in one of three. Most are certified; some fire-safety certificates have
 * lapsed and some newcomers await their licence, so the city stays a little under the 100% target.
 * They take no caregiver subsidy and no caregiver training.
 */
export async function seedInstitutionStaff(
  context: HumanResourcesSeedContext,
  caregivers: readonly Caregiver[],
): Promise<{ staff: Caregiver[]; certificates: CaregiverCertificate[] }> {
  const { options, today } = context;
  const used = new Set(caregivers.map((caregiver) => caregiver.idNumber));
  const staff: Caregiver[] = [];
  const certificates: CaregiverCertificate[] = [];
  for (const institution of syntheticInstitutions(options)) {
    const random = context.random('institution-staff', institution.index);
    const counts: Record<string, number> = {
      [CaregiverRole.MEDICAL_STAFF]: random.chance(0.5) ? 1 + Math.floor(institution.beds / 150) : 0,
      [CaregiverRole.REHABILITATION_THERAPIST]: random.chance(0.35) ? 1 : 0,
      [CaregiverRole.FIRE_SAFETY_OPERATOR]: random.chance(0.85) ? 1 : 0,
    };
    for (const trade of TRADES) {
      for (let n = 0; n < counts[trade.role]; n++) {
        const sex = trade.role === CaregiverRole.FIRE_SAFETY_OPERATOR || random.chance(0.2) ? Sex.MALE : Sex.FEMALE;
        const birthDate = random.dateBetween('1966-01-01', '2000-12-31');
        const idNumber = idNumberIn(random, institution.districtCode, birthDate, sex, used);
        const adult = addDays(yearsBefore(birthDate, -22), 0);
        const employedFrom = random.dateBetween(later(adult, institution.openedOn), addDays(today, -30));
        const member = Object.assign(new Caregiver(), {
          personKey: personKeyOf(idNumber, options.personKeySecret),
          idNumber,
          name: random.pick(SURNAMES) + random.pick(GIVEN) + (random.chance(0.5) ? random.pick(GIVEN) : ''),
          sex,
          birthDate,
          phone: syntheticMobile(random),
          role: trade.role,
          employerCode: institution.code,
          employedFrom,
          employedUntil: null,
          districtCode: institution.districtCode,
          graduationYear: null,
        });
        staff.push(member);
        const level = random.weighted(trade.levels);
        const number = `HRS${String(institution.index).padStart(5, '0')}${trade.role.slice(0, 2)}${n}`;
        const certificate = (issuedOn: string, expiresOn: string | null, suffix: string) =>
          certificates.push(
            Object.assign(new CaregiverCertificate(), {
              personKey: member.personKey,
              kind: kindOfLevel(level),
              level,
              certificateNumber: number + suffix,
              issuer: ISSUERS[kindOfLevel(level)],
              issuedOn,
              expiresOn,
            }),
          );
        if (random.chance(trade.certified)) {
          const issuedOn = random.dateBetween(
            trade.validYears ? later(adult, addDays(today, -(trade.validYears * 365 - 30))) : adult,
            addDays(today, -1),
          );
          certificate(issuedOn, trade.validYears ? addDays(yearsBefore(issuedOn, -trade.validYears), -1) : null, '');
        } else if (trade.validYears && random.chance(0.6)) {
          // A certificate that lapsed and was not renewed: on record, no longer valid.
          const lapsedOn = random.dateBetween(later(adult, addDays(today, -400)), addDays(today, -1));
          certificate(addDays(yearsBefore(lapsedOn, trade.validYears), 1), lapsedOn, 'L');
        }
      }
    }
  }
  await insertInChunks(context.manager, Caregiver, staff);
  await insertInChunks(context.manager, CaregiverCertificate, certificates);
  return { staff, certificates };
}
