import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * Human resources' care staff of one employing elder-care institution on a day, as it hands them to
 * the joint meeting (`@requires`), which keeps the institutions medical insurance designates for
 * LTCI (measure 20): the same type in both subgraphs, out of the public API.
 */
@Directive('@shareable')
@Directive('@inaccessible')
@ObjectType({
  description:
    'Care staff of one employing elder-care institution working on a day, for the joint meeting’s indicators; exact however small. Not in the public API.',
})
export class EmployerCareStaff {
  @Field(() => ID, { description: 'Unified social credit code of the employing elder-care institution.' })
  institutionCode: string;

  @Field(() => Int, { description: 'Care staff (养老护理员, 长期照护师) it employs who work on the day.' })
  careStaff: number;

  @Field(() => Int, { description: 'Of those, long-term carers (长期照护师).' })
  longTermCarers: number;
}
