import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { can } from '../access-policy';

/** The area as finance knows it: the division code only. Civil affairs owns the division tree. */
@Directive('@key(fields: "code")')
@Authorized(can('publicRecords'))
@ObjectType({
  description: 'An administrative area of Weihai; finance adds the welfare-lottery fund figures per year.',
})
export class Area {
  @Field(() => ID, { description: 'Statistical division code: 371000 for the city, 6 digits for a district.' })
  code: string;
}

export const areaReference = {
  Area: {
    __resolveReference: (reference: Pick<Area, 'code'>): Area => Object.assign(new Area(), { code: reference.code }),
  },
};

/** The stub of an area, for fields that point at civil affairs' record. */
export function areaStub(code: string): Area {
  return Object.assign(new Area(), { code });
}
