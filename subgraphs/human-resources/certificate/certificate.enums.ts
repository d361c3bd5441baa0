import { registerEnumType } from 'type-graphql';

/** Which qualification a certificate attests. */
export enum CaregiverCertificateKind {
  ELDER_CAREGIVER_SKILL = 'ELDER_CAREGIVER_SKILL',
  LONG_TERM_CARER = 'LONG_TERM_CARER',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
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
};

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
  description: 'Qualification a caregiver’s certificate attests.',
  valuesConfig: {
    ELDER_CAREGIVER_SKILL: {
      description: '养老护理员职业技能等级证书: elder-caregiver skill level, 五级 (lowest) to 一级 (highest).',
    },
    LONG_TERM_CARER: { description: '健康照护师/长期照护师 certificate: 初级, 中级, 高级.' },
    SOCIAL_WORKER: { description: '社会工作者职业资格: 助理社会工作师, 社会工作师, 高级社会工作师.' },
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
  },
});
