import { registerEnumType } from 'type-graphql';
import { CaregiverRole } from '../caregiver/caregiver-role.enum';

/** Which qualification a certificate attests. */
export enum CaregiverCertificateKind {
  ELDER_CAREGIVER_SKILL = 'ELDER_CAREGIVER_SKILL',
  LONG_TERM_CARER = 'LONG_TERM_CARER',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  PHYSICIAN_LICENCE = 'PHYSICIAN_LICENCE',
  NURSE_LICENCE = 'NURSE_LICENCE',
  REHABILITATION_THERAPY = 'REHABILITATION_THERAPY',
  FIRE_FACILITY_OPERATOR = 'FIRE_FACILITY_OPERATOR',
}

/** Level of a certificate; each belongs to one kind (`CERTIFICATE_LEVELS`). */
export enum CaregiverCertificateLevel {
  ELDER_CAREGIVER_LEVEL_5 = 'ELDER_CAREGIVER_LEVEL_5',
  ELDER_CAREGIVER_LEVEL_4 = 'ELDER_CAREGIVER_LEVEL_4',
  ELDER_CAREGIVER_LEVEL_3 = 'ELDER_CAREGIVER_LEVEL_3',
  ELDER_CAREGIVER_LEVEL_2 = 'ELDER_CAREGIVER_LEVEL_2',
  ELDER_CAREGIVER_LEVEL_1 = 'ELDER_CAREGIVER_LEVEL_1',
  LONG_TERM_CARER_JUNIOR = 'LONG_TERM_CARER_JUNIOR',
  LONG_TERM_CARER_INTERMEDIATE = 'LONG_TERM_CARER_INTERMEDIATE',
  LONG_TERM_CARER_SENIOR = 'LONG_TERM_CARER_SENIOR',
  ASSISTANT_SOCIAL_WORKER = 'ASSISTANT_SOCIAL_WORKER',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  SENIOR_SOCIAL_WORKER = 'SENIOR_SOCIAL_WORKER',
  ASSISTANT_PHYSICIAN = 'ASSISTANT_PHYSICIAN',
  PHYSICIAN = 'PHYSICIAN',
  NURSE = 'NURSE',
  REHABILITATION_THERAPY_TECHNICIAN = 'REHABILITATION_THERAPY_TECHNICIAN',
  REHABILITATION_THERAPIST = 'REHABILITATION_THERAPIST',
  REHABILITATION_THERAPIST_INTERMEDIATE = 'REHABILITATION_THERAPIST_INTERMEDIATE',
  FIRE_FACILITY_OPERATOR_LEVEL_5 = 'FIRE_FACILITY_OPERATOR_LEVEL_5',
  FIRE_FACILITY_OPERATOR_LEVEL_4 = 'FIRE_FACILITY_OPERATOR_LEVEL_4',
  FIRE_FACILITY_OPERATOR_LEVEL_3 = 'FIRE_FACILITY_OPERATOR_LEVEL_3',
  FIRE_FACILITY_OPERATOR_LEVEL_2 = 'FIRE_FACILITY_OPERATOR_LEVEL_2',
  FIRE_FACILITY_OPERATOR_LEVEL_1 = 'FIRE_FACILITY_OPERATOR_LEVEL_1',
}

/** The levels of each kind, lowest first: the kind of a certificate follows from its level. */
export const CERTIFICATE_LEVELS: Record<CaregiverCertificateKind, readonly CaregiverCertificateLevel[]> = {
  ELDER_CAREGIVER_SKILL: [
    CaregiverCertificateLevel.ELDER_CAREGIVER_LEVEL_5,
    CaregiverCertificateLevel.ELDER_CAREGIVER_LEVEL_4,
    CaregiverCertificateLevel.ELDER_CAREGIVER_LEVEL_3,
    CaregiverCertificateLevel.ELDER_CAREGIVER_LEVEL_2,
    CaregiverCertificateLevel.ELDER_CAREGIVER_LEVEL_1,
  ],
  LONG_TERM_CARER: [
    CaregiverCertificateLevel.LONG_TERM_CARER_JUNIOR,
    CaregiverCertificateLevel.LONG_TERM_CARER_INTERMEDIATE,
    CaregiverCertificateLevel.LONG_TERM_CARER_SENIOR,
  ],
  SOCIAL_WORKER: [
    CaregiverCertificateLevel.ASSISTANT_SOCIAL_WORKER,
    CaregiverCertificateLevel.SOCIAL_WORKER,
    CaregiverCertificateLevel.SENIOR_SOCIAL_WORKER,
  ],
  PHYSICIAN_LICENCE: [CaregiverCertificateLevel.ASSISTANT_PHYSICIAN, CaregiverCertificateLevel.PHYSICIAN],
  NURSE_LICENCE: [CaregiverCertificateLevel.NURSE],
  REHABILITATION_THERAPY: [
    CaregiverCertificateLevel.REHABILITATION_THERAPY_TECHNICIAN,
    CaregiverCertificateLevel.REHABILITATION_THERAPIST,
    CaregiverCertificateLevel.REHABILITATION_THERAPIST_INTERMEDIATE,
  ],
  FIRE_FACILITY_OPERATOR: [
    CaregiverCertificateLevel.FIRE_FACILITY_OPERATOR_LEVEL_5,
    CaregiverCertificateLevel.FIRE_FACILITY_OPERATOR_LEVEL_4,
    CaregiverCertificateLevel.FIRE_FACILITY_OPERATOR_LEVEL_3,
    CaregiverCertificateLevel.FIRE_FACILITY_OPERATOR_LEVEL_2,
    CaregiverCertificateLevel.FIRE_FACILITY_OPERATOR_LEVEL_1,
  ],
};

/** The certificates of care work: any of them certifies a caregiver, a long-term carer or a social worker (as before the trades below). */
const CARE_CERTIFICATE_KINDS: readonly CaregiverCertificateKind[] = [
  CaregiverCertificateKind.ELDER_CAREGIVER_SKILL,
  CaregiverCertificateKind.LONG_TERM_CARER,
  CaregiverCertificateKind.SOCIAL_WORKER,
];

/**
 * Which certificates attest each role: the only ones that can be recorded for a worker of that role
 * and the only ones that make them certified (持证). An institution's medical, rehabilitation and
 * fire-safety staff are certified by the licence or certificate of their own trade; a licence of
 * another trade is refused.
 */
export const CERTIFICATE_KINDS_OF_ROLE: Record<CaregiverRole, readonly CaregiverCertificateKind[]> = {
  ELDER_CAREGIVER: CARE_CERTIFICATE_KINDS,
  LONG_TERM_CARER: CARE_CERTIFICATE_KINDS,
  SOCIAL_WORKER: CARE_CERTIFICATE_KINDS,
  MEDICAL_STAFF: [CaregiverCertificateKind.PHYSICIAN_LICENCE, CaregiverCertificateKind.NURSE_LICENCE],
  REHABILITATION_THERAPIST: [CaregiverCertificateKind.REHABILITATION_THERAPY],
  FIRE_SAFETY_OPERATOR: [CaregiverCertificateKind.FIRE_FACILITY_OPERATOR],
};

/** Whether a certificate of `kind` attests a worker of `role`. */
export function attestsRole(kind: CaregiverCertificateKind, role: CaregiverRole): boolean {
  return CERTIFICATE_KINDS_OF_ROLE[role].includes(kind);
}

export function kindOfLevel(level: CaregiverCertificateLevel): CaregiverCertificateKind {
  return (Object.keys(CERTIFICATE_LEVELS) as CaregiverCertificateKind[]).find((kind) =>
    CERTIFICATE_LEVELS[kind].includes(level),
  )!;
}

/** 1 for the lowest level of a kind, rising: 五级/初级工 is 1 and 一级/高级技师 is 5 for elder caregivers. */
export function rankOfLevel(level: CaregiverCertificateLevel): number {
  return CERTIFICATE_LEVELS[kindOfLevel(level)].indexOf(level) + 1;
}

registerEnumType(CaregiverCertificateKind, {
  name: 'CaregiverCertificateKind',
  description:
    'Qualification a certificate attests: care work, or the licence of an institution’s medical, rehabilitation or fire-safety staff.',
  valuesConfig: {
    ELDER_CAREGIVER_SKILL: {
      description: '养老护理员职业技能等级证书: elder-caregiver skill level, 五级 (lowest) to 一级 (highest).',
    },
    LONG_TERM_CARER: { description: '健康照护师/长期照护师 certificate: 初级, 中级, 高级.' },
    SOCIAL_WORKER: { description: '社会工作者职业资格: 助理社会工作师, 社会工作师, 高级社会工作师.' },
    PHYSICIAN_LICENCE: {
      description: '医师执业证书: 执业助理医师 or 执业医师 (medical staff of an institution).',
    },
    NURSE_LICENCE: { description: '护士执业证书: a registered nurse’s licence (medical staff of an institution).' },
    REHABILITATION_THERAPY: {
      description:
        '康复医学治疗技术 qualification: 士, 师 or 主管治疗师 (rehabilitation therapists of an institution).',
    },
    FIRE_FACILITY_OPERATOR: {
      description:
        '消防设施操作员职业技能等级证书: 五级 (lowest) to 一级 (highest) (fire-safety staff of an institution).',
    },
  },
});

registerEnumType(CaregiverCertificateLevel, {
  name: 'CaregiverCertificateLevel',
  description: 'Level of a caregiver’s certificate; each level belongs to one kind.',
  valuesConfig: {
    ELDER_CAREGIVER_LEVEL_5: { description: '五级/初级工 — the lowest elder-caregiver skill level.' },
    ELDER_CAREGIVER_LEVEL_4: { description: '四级/中级工.' },
    ELDER_CAREGIVER_LEVEL_3: { description: '三级/高级工.' },
    ELDER_CAREGIVER_LEVEL_2: { description: '二级/技师.' },
    ELDER_CAREGIVER_LEVEL_1: { description: '一级/高级技师 — the highest elder-caregiver skill level.' },
    LONG_TERM_CARER_JUNIOR: { description: '健康照护师/长期照护师 初级 (junior).' },
    LONG_TERM_CARER_INTERMEDIATE: { description: '健康照护师/长期照护师 中级 (intermediate).' },
    LONG_TERM_CARER_SENIOR: { description: '健康照护师/长期照护师 高级 (senior).' },
    ASSISTANT_SOCIAL_WORKER: { description: '助理社会工作师 assistant social worker.' },
    SOCIAL_WORKER: { description: '社会工作师 social worker.' },
    SENIOR_SOCIAL_WORKER: { description: '高级社会工作师 senior social worker.' },
    ASSISTANT_PHYSICIAN: { description: '执业助理医师 licensed assistant physician.' },
    PHYSICIAN: { description: '执业医师 licensed physician.' },
    NURSE: { description: '执业护士 registered nurse.' },
    REHABILITATION_THERAPY_TECHNICIAN: { description: '康复医学治疗技术士 rehabilitation therapy technician.' },
    REHABILITATION_THERAPIST: { description: '康复医学治疗技术师 rehabilitation therapist.' },
    REHABILITATION_THERAPIST_INTERMEDIATE: { description: '康复医学治疗技术主管治疗师 (intermediate).' },
    FIRE_FACILITY_OPERATOR_LEVEL_5: { description: '消防设施操作员 五级/初级工 — the lowest level.' },
    FIRE_FACILITY_OPERATOR_LEVEL_4: { description: '消防设施操作员 四级/中级工.' },
    FIRE_FACILITY_OPERATOR_LEVEL_3: { description: '消防设施操作员 三级/高级工.' },
    FIRE_FACILITY_OPERATOR_LEVEL_2: { description: '消防设施操作员 二级/技师.' },
    FIRE_FACILITY_OPERATOR_LEVEL_1: { description: '消防设施操作员 一级/高级技师 — the highest level.' },
  },
});
