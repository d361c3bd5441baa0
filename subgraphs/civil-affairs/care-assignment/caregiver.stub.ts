import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The caregiver as civil affairs knows them: the key only. Human resources owns the record and resolves the rest. */
@Directive('@key(fields: "personKey", resolvable: false)')
@ObjectType({
  description:
    'A caregiver (养老护理员), owned by human resources; certificates, skill level and employer come from there.',
})
export class Caregiver {
  @Field(() => ID, { description: 'Person key of the caregiver: the same keyed hash of the ID number as for elders.' })
  personKey: string;
}
