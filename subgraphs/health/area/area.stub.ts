import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { can } from '../access-policy';

/** The area as health knows it: the code only; its level is read from the code's shape. Civil affairs owns the division tree. */
@Directive('@key(fields: "code")')
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'An administrative area of Weihai, owned by civil affairs; health adds hospice providers, Internet+nursing coverage and medical and hospice bed figures.',
})
export class Area {
  @Field(() => ID, {
    description:
      'Statistical division code (统计用区划代码): 371000 the city, 6 digits a district, 9 a town or street, 12 a village or community.',
  })
  code: string;
}

export const areaReference = {
  Area: {
    __resolveReference: (reference: Pick<Area, 'code'>): Area => areaStub(reference.code),
  },
};

/** The stub of an area, to point at from a health record. */
export function areaStub(code: string): Area {
  return Object.assign(new Area(), { code });
}
