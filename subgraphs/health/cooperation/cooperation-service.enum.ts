import { registerEnumType } from 'type-graphql';

/** What a medical institution undertakes for an elder-care institution under a cooperation agreement (签约服务内容). */
export enum CooperationService {
  EMERGENCY_GREEN_CHANNEL = 'EMERGENCY_GREEN_CHANNEL',
  REGULAR_ROUNDS = 'REGULAR_ROUNDS',
  REFERRAL = 'REFERRAL',
  HEALTH_MANAGEMENT = 'HEALTH_MANAGEMENT',
  REHABILITATION = 'REHABILITATION',
  TCM = 'TCM',
  HOSPICE = 'HOSPICE',
}

registerEnumType(CooperationService, {
  name: 'CooperationService',
  description:
    'A service a medical institution provides to an elder-care institution under a cooperation agreement (医养签约服务).',
  valuesConfig: {
    EMERGENCY_GREEN_CHANNEL: { description: 'Emergency green channel (急救绿色通道).' },
    REGULAR_ROUNDS: { description: 'Regular rounds by doctors in the institution (定期巡诊).' },
    REFERRAL: { description: 'Appointments and two-way referral (预约就诊、双向转诊).' },
    HEALTH_MANAGEMENT: { description: 'Health checks and chronic-disease management (健康管理).' },
    REHABILITATION: { description: 'Rehabilitation nursing (康复护理).' },
    TCM: { description: 'Traditional Chinese medicine services (中医药服务).' },
    HOSPICE: { description: 'Hospice care (安宁疗护).' },
  },
});
