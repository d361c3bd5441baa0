import { registerEnumType } from 'type-graphql';

/** Who a disbursement paid. */
export enum LotteryFundRecipientKind {
  INSTITUTION = 'INSTITUTION',
  CAREGIVER = 'CAREGIVER',
  ELDER = 'ELDER',
  PROGRAMME = 'PROGRAMME',
}

registerEnumType(LotteryFundRecipientKind, {
  name: 'LotteryFundRecipientKind',
  description: 'Kind of recipient a lottery-fund disbursement paid.',
  valuesConfig: {
    INSTITUTION: { description: '养老机构 an elder-care institution, by its credit code (civil affairs’ record).' },
    CAREGIVER: { description: '养老护理员 a caregiver, by person key (human resources’ record).' },
    ELDER: { description: '老年人 an elder, by person key (civil affairs’ registry).' },
    PROGRAMME: { description: '项目 a programme or organisation named in free text.' },
  },
});

/** Whether a disbursement stands; a mistaken one is reversed with a reason, never deleted. */
export enum LotteryFundDisbursementStatus {
  PAID = 'PAID',
  REVERSED = 'REVERSED',
}

registerEnumType(LotteryFundDisbursementStatus, {
  name: 'LotteryFundDisbursementStatus',
  description: 'Status of a lottery-fund disbursement.',
  valuesConfig: {
    PAID: { description: '已拨付 paid: counts against the allocation.' },
    REVERSED: {
      description:
        '已冲销 reversed with a reason: no longer counts, and its amount is back in the allocation’s remainder.',
    },
  },
});

/** The department whose decision a disbursement pays (e.g. HR's hiring-award decision). */
export enum LotteryFundDecidingDepartment {
  CIVIL_AFFAIRS = 'CIVIL_AFFAIRS',
  HEALTH = 'HEALTH',
  MEDICAL_INSURANCE = 'MEDICAL_INSURANCE',
  HUMAN_RESOURCES = 'HUMAN_RESOURCES',
  FINANCE = 'FINANCE',
}

registerEnumType(LotteryFundDecidingDepartment, {
  name: 'LotteryFundDecidingDepartment',
  description: 'Department that decided the payment.',
  valuesConfig: {
    CIVIL_AFFAIRS: { description: '民政局 civil affairs (institution awards, allowances, meal assistance).' },
    HEALTH: { description: '卫生健康委 health.' },
    MEDICAL_INSURANCE: { description: '医保局 medical insurance.' },
    HUMAN_RESOURCES: { description: '人社局 human resources and social security (hiring awards, training subsidies).' },
    FINANCE: { description: '财政局 finance itself.' },
  },
});
