import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * An elder-care institution with the district it operates in, as civil affairs hands it to the joint
 * meeting (`@requires`), which keeps those health names medical-care integrated and counts the
 * districts with one: the same type in both subgraphs, out of the public API.
 */
@Directive('@shareable')
@Directive('@inaccessible')
@ObjectType({
  description:
    'An elder-care institution and the district it operates in, for the joint meeting’s indicators. Not in the public API.',
})
export class DistrictInstitution {
  @Field(() => ID, { description: 'Division code of the district where the institution operates.' })
  districtCode: string;

  @Field(() => ID, { description: 'Unified social credit code of the institution.' })
  institutionCode: string;
}
