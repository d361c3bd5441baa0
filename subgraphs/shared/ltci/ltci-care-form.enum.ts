import { registerEnumType } from 'type-graphql';

/**
 * The forms of LTCI care (长期护理保险护理形式) as medical insurance settles them; civil affairs names
 * them too, in the five-bed journey, so both subgraphs serve this one enum.
 */
export enum LtciCareForm {
  INSTITUTIONAL = 'INSTITUTIONAL',
  HOME = 'HOME',
  SPECIALIST_MEDICAL = 'SPECIALIST_MEDICAL',
}

registerEnumType(LtciCareForm, {
  name: 'LtciCareForm',
  description: 'Form of long-term care paid for (护理形式).',
  valuesConfig: {
    INSTITUTIONAL: { description: '机构护理: care while living in a designated institution; paid to the institution.' },
    HOME: {
      description:
        '居家护理: care at home by a designated provider; daily-life care paid to the person or the provider, medical care only to the provider.',
    },
    SPECIALIST_MEDICAL: {
      description: '医疗专护: specialist medical nursing in a designated hospital; paid to the hospital.',
    },
  },
});
