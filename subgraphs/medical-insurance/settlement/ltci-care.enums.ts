import { registerEnumType } from 'type-graphql';

/** What home care consisted of; it decides who may be paid. */
export enum LtciHomeCareService {
  DAILY_LIFE = 'DAILY_LIFE',
  MEDICAL = 'MEDICAL',
}

registerEnumType(LtciHomeCareService, {
  name: 'LtciHomeCareService',
  description: 'Content of home care (居家护理服务内容).',
  valuesConfig: {
    DAILY_LIFE: { description: '生活照料: daily-life care; paid to the insured person or to the provider.' },
    MEDICAL: { description: '医疗护理: medical care; paid only to the provider.' },
  },
});

/** Who receives the fund's payment. */
export enum LtciPayee {
  INSURED_PERSON = 'INSURED_PERSON',
  PROVIDER = 'PROVIDER',
}

registerEnumType(LtciPayee, {
  name: 'LtciPayee',
  description: 'Who the LTCI fund pays (支付对象).',
  valuesConfig: {
    INSURED_PERSON: { description: '参保人: the insured person (only for daily-life home care).' },
    PROVIDER: { description: '定点机构: the designated provider.' },
  },
});
