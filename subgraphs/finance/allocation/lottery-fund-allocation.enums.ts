import { registerEnumType } from 'type-graphql';

/** What an allocation is for at the top level: elder care (counted in the 55% share) or other welfare. */
export enum LotteryFundCategory {
  ELDER_CARE = 'ELDER_CARE',
  OTHER_WELFARE = 'OTHER_WELFARE',
}

registerEnumType(LotteryFundCategory, {
  name: 'LotteryFundCategory',
  description: 'Category of a lottery-fund allocation.',
  valuesConfig: {
    ELDER_CARE: { description: '养老服务 elder-care services: counts toward the 55% elder-care share.' },
    OTHER_WELFARE: {
      description:
        '其他社会福利 other social-welfare purposes (children, persons with disabilities, social assistance, …).',
    },
  },
});

/** The programme (项目) an allocation funds. */
export enum LotteryFundProgramme {
  CONSTRUCTION_SUBSIDY = 'CONSTRUCTION_SUBSIDY',
  OPERATING_AWARD = 'OPERATING_AWARD',
  NURSING_BED_AWARD = 'NURSING_BED_AWARD',
  CHAIN_BRAND_AWARD = 'CHAIN_BRAND_AWARD',
  HIRING_AWARD = 'HIRING_AWARD',
  ALLOWANCE = 'ALLOWANCE',
  MEAL_ASSISTANCE = 'MEAL_ASSISTANCE',
  REHAB_AID_POINT = 'REHAB_AID_POINT',
  OTHER = 'OTHER',
}

registerEnumType(LotteryFundProgramme, {
  name: 'LotteryFundProgramme',
  description: 'Programme (项目) a lottery-fund allocation funds.',
  valuesConfig: {
    CONSTRUCTION_SUBSIDY: {
      description:
        '建设补贴 construction subsidy for an institution or facility (paid to an institution or a programme).',
    },
    OPERATING_AWARD: {
      description:
        '运营奖补 operating award tied to the institution’s star rating (等级评定; paid to an institution, with the rating it was decided on).',
    },
    NURSING_BED_AWARD: { description: '护理型床位奖补 award for nursing-type beds (paid to an institution).' },
    CHAIN_BRAND_AWARD: {
      description: '连锁化品牌化奖补 award for chain and brand operation (paid to an institution).',
    },
    HIRING_AWARD: {
      description:
        '一次性入职奖补 one-time hiring award for a caregiver, decided by human resources (paid to a caregiver).',
    },
    ALLOWANCE: { description: '老年人补贴 allowances to elders (paid to an elder or a programme).' },
    MEAL_ASSISTANCE: { description: '助餐服务 meal assistance (paid to an elder, an institution or a programme).' },
    REHAB_AID_POINT: {
      description: '康复辅具租赁点 rehabilitation-aid rental points (paid to an institution or a programme).',
    },
    OTHER: { description: '其他 any other programme (any recipient).' },
  },
});
