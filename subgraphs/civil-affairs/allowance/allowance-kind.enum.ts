import { registerEnumType } from 'type-graphql';

/** Allowances civil affairs pays to elders monthly. */
export enum AllowanceKind {
  OLD_AGE_ALLOWANCE = 'OLD_AGE_ALLOWANCE',
  ECONOMIC_HARDSHIP_SUBSIDY = 'ECONOMIC_HARDSHIP_SUBSIDY',
}

registerEnumType(AllowanceKind, {
  name: 'AllowanceKind',
  description: 'Kind of allowance paid by civil affairs.',
  valuesConfig: {
    OLD_AGE_ALLOWANCE: { description: '高龄津贴 old-age allowance, by age bracket.' },
    ECONOMIC_HARDSHIP_SUBSIDY: {
      description:
        '经济困难老年人补贴 subsidy for elders in economic hardship (特困, 低保, 低保边缘, 经济困难), by ability level.',
    },
  },
});
