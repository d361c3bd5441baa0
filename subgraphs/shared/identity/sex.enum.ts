import { registerEnumType } from 'type-graphql';

/** Sex as the resident ID number encodes it: one enum for every person the hub records, elders and caregivers alike. */
export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

registerEnumType(Sex, {
  name: 'Sex',
  description: 'Sex as encoded in the ID number (17th digit: odd male, even female).',
});
