import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The elder-care institution as human resources knows it: the key only. Civil affairs owns it; HR adds its staff and their certified share. */
@Directive('@key(fields: "code")')
@ObjectType({
  description:
    'An elder-care institution (养老机构), owned by civil affairs; human resources adds its caregivers and the certified and long-term-carer shares of its care staff.',
})
export class Institution {
  @Field(() => ID, { description: 'Unified social credit code (统一社会信用代码), 18 characters.' })
  code: string;
}
