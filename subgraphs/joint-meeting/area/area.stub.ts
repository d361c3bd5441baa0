import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { can } from '../access-policy';

/** An area as the joint meeting points at it: the code; civil affairs, which keeps the division tree, resolves the rest. */
@Directive('@key(fields: "code", resolvable: false)')
@Authorized(can('publicRecords'))
@ObjectType({ description: 'An administrative area of Weihai, owned by civil affairs.' })
export class Area {
  @Field(() => ID, {
    description:
      'Statistical division code (统计用区划代码): 371000 the city, 6 digits a district, 9 a town or street, 12 a village or community.',
  })
  code: string;
}

/** The stub of an area, to point at from the joint meeting's views. */
export function areaStub(code: string): Area {
  return Object.assign(new Area(), { code });
}
