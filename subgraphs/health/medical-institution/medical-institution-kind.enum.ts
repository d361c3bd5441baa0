import { registerEnumType } from 'type-graphql';

/** Kinds of medical institution the health commission registers (domain brief, health); the values match the synthetic world's. */
export enum MedicalInstitutionKind {
  GENERAL_HOSPITAL = 'GENERAL_HOSPITAL',
  TCM_HOSPITAL = 'TCM_HOSPITAL',
  NURSING_HOME = 'NURSING_HOME',
  TOWNSHIP_HEALTH_CENTRE = 'TOWNSHIP_HEALTH_CENTRE',
  COMMUNITY_HEALTH_CENTRE = 'COMMUNITY_HEALTH_CENTRE',
  VILLAGE_CLINIC = 'VILLAGE_CLINIC',
}

registerEnumType(MedicalInstitutionKind, {
  name: 'MedicalInstitutionKind',
  description: 'Kind of medical institution (医疗机构类别).',
  valuesConfig: {
    GENERAL_HOSPITAL: { description: 'General hospital (综合医院).' },
    TCM_HOSPITAL: { description: 'Traditional Chinese medicine hospital (中医医院).' },
    NURSING_HOME: { description: 'Nursing home (护理院), a medical institution for long-term nursing.' },
    TOWNSHIP_HEALTH_CENTRE: { description: 'Township health centre (镇卫生院).' },
    COMMUNITY_HEALTH_CENTRE: { description: 'Community health service centre (社区卫生服务中心).' },
    VILLAGE_CLINIC: { description: 'Village clinic (村卫生室).' },
  },
});
