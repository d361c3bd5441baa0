import { registerEnumType } from 'type-graphql';

/** What a caregiver does in elder care; decides which counts and shares they enter. */
export enum CaregiverRole {
  ELDER_CAREGIVER = 'ELDER_CAREGIVER',
  LONG_TERM_CARER = 'LONG_TERM_CARER',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
}

/** The roles that make up an institution's care staff (护理人员), the denominator of measure 20's shares. */
export const CARE_STAFF_ROLES: readonly CaregiverRole[] = [
  CaregiverRole.ELDER_CAREGIVER,
  CaregiverRole.LONG_TERM_CARER,
];

registerEnumType(CaregiverRole, {
  name: 'CaregiverRole',
  description: 'Role of a caregiver in elder care.',
  valuesConfig: {
    ELDER_CAREGIVER: { description: '养老护理员 elder caregiver (care staff).' },
    LONG_TERM_CARER: {
      description:
        '健康照护师/长期照护师 long-term carer (care staff; measure 20: ≥20% of care staff in LTCI-designated institutions by end-2026).',
    },
    SOCIAL_WORKER: { description: '社会工作者 social worker in elder care (indicator 4: ≥1 per 1,000 elders).' },
  },
});
