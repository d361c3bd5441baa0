import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { can } from '../access-policy';

/** The area as medical insurance knows it: the code only; its level is read from the code's shape. Civil affairs owns the division tree. */
@Directive('@key(fields: "code")')
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'An administrative area of Weihai, owned by civil affairs; medical insurance adds LTCI enrolment and designation figures.',
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
    __resolveReference: (reference: Pick<Area, 'code'>): Area => Object.assign(new Area(), { code: reference.code }),
  },
};
