import { registerEnumType } from 'type-graphql';

/** What a worker in elder care does; decides which counts and shares they enter and which certificates attest them. */
export enum CaregiverRole {
  ELDER_CAREGIVER = 'ELDER_CAREGIVER',
  LONG_TERM_CARER = 'LONG_TERM_CARER',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  MEDICAL_STAFF = 'MEDICAL_STAFF',
  REHABILITATION_THERAPIST = 'REHABILITATION_THERAPIST',
  FIRE_SAFETY_OPERATOR = 'FIRE_SAFETY_OPERATOR',
}

/** The roles that make up an institution's care staff (护理人员), the denominator of measure 20's shares. */
export const CARE_STAFF_ROLES: readonly CaregiverRole[] = [
  CaregiverRole.ELDER_CAREGIVER,
  CaregiverRole.LONG_TERM_CARER,
];

/**
 * The roles of an institution's staff doing medical, rehabilitation or fire-safety work (从事医疗、康复、
 * 消防等服务的人员, the plan's 专栏4): each works for an elder-care institution and is certified only by
 * the licence or certificate of its own trade.
 */
export const INSTITUTION_SPECIALIST_ROLES: readonly CaregiverRole[] = [
  CaregiverRole.MEDICAL_STAFF,
  CaregiverRole.REHABILITATION_THERAPIST,
  CaregiverRole.FIRE_SAFETY_OPERATOR,
];

export function isInstitutionSpecialist(role: CaregiverRole): boolean {
  return INSTITUTION_SPECIALIST_ROLES.includes(role);
}

registerEnumType(CaregiverRole, {
  name: 'CaregiverRole',
  description: 'Role of a worker in elder care.',
  valuesConfig: {
    ELDER_CAREGIVER: { description: '养老护理员 elder caregiver (care staff).' },
    LONG_TERM_CARER: {
      description:
        '健康照护师/长期照护师 long-term carer (care staff; measure 20: ≥20% of care staff in LTCI-designated institutions by end-2026).',
    },
    SOCIAL_WORKER: { description: '社会工作者 social worker in elder care (indicator 4: ≥1 per 1,000 elders).' },
    MEDICAL_STAFF: {
      description:
        '从事医疗护理服务的人员: a physician or nurse of an elder-care institution (certified by a 执业医师/执业助理医师 or 护士 licence; the plan’s 专栏4). Needs an employer.',
    },
    REHABILITATION_THERAPIST: {
      description:
        '从事康复治疗服务的人员: a rehabilitation therapist of an elder-care institution (certified by a 康复医学治疗技术 qualification; 专栏4). Needs an employer.',
    },
    FIRE_SAFETY_OPERATOR: {
      description:
        '从事消防管理服务的人员: fire-safety staff of an elder-care institution (certified by a 消防设施操作员 certificate; 专栏4). Needs an employer.',
    },
  },
});
