import { registerEnumType } from 'type-graphql';

/** The levels at which the plans count coverage: city, district, town or street, village or community. */
export enum AreaLevel {
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
  TOWN = 'TOWN',
  STREET = 'STREET',
  VILLAGE = 'VILLAGE',
  COMMUNITY = 'COMMUNITY',
}

registerEnumType(AreaLevel, {
  name: 'AreaLevel',
  description: 'Administrative level of an area.',
  valuesConfig: {
    CITY: { description: '市 the city of Weihai' },
    DISTRICT: { description: '区/市 district, county-level city or development zone' },
    TOWN: { description: '镇 town (rural)' },
    STREET: { description: '街道 street (urban sub-district)' },
    VILLAGE: { description: '村 village (under a town)' },
    COMMUNITY: { description: '社区 residents’ community (under a street or town)' },
  },
});
