import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { can } from '../access-policy';

/** A medical institution as the joint meeting points at it: the key only; health owns and resolves it. */
@Directive('@key(fields: "code", resolvable: false)')
@Authorized(can('publicRecords'))
@ObjectType({ description: 'A medical institution (医疗机构) registered with the health commission, which owns it.' })
export class MedicalInstitution {
  @Field(() => ID, { description: 'Unified social credit code (统一社会信用代码).' })
  code: string;
}

export function medicalInstitutionStub(code: string): MedicalInstitution {
  return Object.assign(new MedicalInstitution(), { code });
}
