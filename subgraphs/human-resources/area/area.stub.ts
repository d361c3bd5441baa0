import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** An area (city or district) as human resources knows it: the code only. Civil affairs owns the division tree. */
@Directive('@key(fields: "code")')
@ObjectType({
  description:
    'An area of Weihai (city, district, town, village), owned by civil affairs; human resources adds its caregiver, social-worker and trainee counts.',
})
export class Area {
  @Field(() => ID, { description: 'Statistical division code (统计用区划代码): 371000 the city, 6 digits a district.' })
  code: string;
}
