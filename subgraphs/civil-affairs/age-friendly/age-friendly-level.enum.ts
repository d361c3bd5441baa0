import { registerEnumType } from 'type-graphql';

/** Who designated a community as an age-friendly demonstration. */
export enum AgeFriendlyLevel {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  CITY = 'CITY',
}

registerEnumType(AgeFriendlyLevel, {
  name: 'AgeFriendlyLevel',
  description: 'Level of an age-friendly community designation (示范性老年友好型社区).',
  valuesConfig: {
    NATIONAL: { description: '全国示范性老年友好型社区, designated by the National Health Commission.' },
    PROVINCIAL: { description: '省级示范性老年友好型社区, designated by Shandong province.' },
    CITY: { description: '市级示范性老年友好型社区, designated by Weihai.' },
  },
});
