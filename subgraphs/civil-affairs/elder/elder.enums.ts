import { registerEnumType } from 'type-graphql';

/** Living situation as the registry records it; 独居 and 空巢 elders are visited monthly when in difficulty. */
export enum LivingSituation {
  WITH_FAMILY = 'WITH_FAMILY',
  LIVING_ALONE = 'LIVING_ALONE',
  EMPTY_NEST = 'EMPTY_NEST',
  LEFT_BEHIND = 'LEFT_BEHIND',
}

/** Economic status; decides allowances and the wait-list priority of public institutions. */
export enum EconomicStatus {
  ORDINARY = 'ORDINARY',
  EXTREME_POVERTY = 'EXTREME_POVERTY',
  MINIMUM_LIVING = 'MINIMUM_LIVING',
  NEAR_MINIMUM_LIVING = 'NEAR_MINIMUM_LIVING',
  ECONOMIC_HARDSHIP = 'ECONOMIC_HARDSHIP',
}

registerEnumType(LivingSituation, {
  name: 'LivingSituation',
  description: 'Living situation of an elder.',
  valuesConfig: {
    WITH_FAMILY: { description: 'Lives with family members.' },
    LIVING_ALONE: { description: '独居 lives alone.' },
    EMPTY_NEST: { description: '空巢 lives only with a spouse, children away.' },
    LEFT_BEHIND: { description: '留守 rural elder whose children work elsewhere.' },
  },
});

registerEnumType(EconomicStatus, {
  name: 'EconomicStatus',
  description: 'Economic status of an elder in the social-assistance records.',
  valuesConfig: {
    ORDINARY: { description: 'No assistance status.' },
    EXTREME_POVERTY: { description: '特困供养人员 extreme poverty.' },
    MINIMUM_LIVING: { description: '低保 minimum living guarantee.' },
    NEAR_MINIMUM_LIVING: { description: '低保边缘 on the edge of the minimum living guarantee.' },
    ECONOMIC_HARDSHIP: { description: '经济困难 other economic hardship recognised for the hardship allowance.' },
  },
});
