import { registerEnumType } from 'type-graphql';

/** Where the care of an assignment is given; it decides which records the assignment must match. */
export enum CareType {
  INSTITUTIONAL = 'INSTITUTIONAL',
  HOME = 'HOME',
  FAMILY_BED = 'FAMILY_BED',
}

registerEnumType(CareType, {
  name: 'CareType',
  description: 'Where a caregiver serves an elder.',
  valuesConfig: {
    INSTITUTIONAL: { description: '机构照护 in the institution where the elder stays.' },
    HOME: { description: '居家上门 home visits, by an institution’s caregiver or an independent one.' },
    FAMILY_BED: { description: '家庭养老床位 at the elder’s family bed, by a caregiver of its operating institution.' },
  },
});
