import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { can } from '../access-policy';

/** The medical institution as medical insurance knows it: the credit code only. Health owns the record. */
@Directive('@key(fields: "code")')
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'A medical institution (医疗机构), owned by the health commission; medical insurance adds its LTCI designation (定点).',
})
export class MedicalInstitution {
  @Field(() => ID, { description: 'Unified social credit code (统一社会信用代码), 18 characters.' })
  code: string;
}

export const medicalInstitutionReference = {
  MedicalInstitution: {
    __resolveReference: (reference: Pick<MedicalInstitution, 'code'>): MedicalInstitution =>
      medicalInstitutionStub(reference.code),
  },
};

/** The stub of a medical institution, to point at from an insurance record. */
export function medicalInstitutionStub(code: string): MedicalInstitution {
  return Object.assign(new MedicalInstitution(), { code });
}
