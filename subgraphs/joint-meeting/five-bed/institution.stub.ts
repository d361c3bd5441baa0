import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { can } from '../access-policy';

/** An elder-care institution as the joint meeting points at it: the key only; civil affairs owns and resolves it. */
@Directive('@key(fields: "code", resolvable: false)')
@Authorized(can('publicRecords'))
@ObjectType({ description: 'An elder-care institution (养老机构) registered with civil affairs, which owns it.' })
export class Institution {
  @Field(() => ID, { description: 'Unified social credit code (统一社会信用代码).' })
  code: string;
}

export function institutionStub(code: string): Institution {
  return Object.assign(new Institution(), { code });
}
