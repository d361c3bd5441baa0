import { Field, ID, InputType, Int } from 'type-graphql';
import { BulkInputOf } from '../../shared/bulk/bulk-input';
import { checkSourceRef, SourceRefInput } from '../../shared/bulk/source-ref';
import { LocalDate } from '../../shared/schema/local-date';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { todayIso } from '../../shared/time/today';
import { checkIntegerRange, checkNotFuture, checkPhone, checkText } from '../../shared/validation/checks';
import { CaregiverRole } from './caregiver-role.enum';
import { checkWeihaiDistrict } from './work-district';

@InputType({
  description:
    'A new caregiver. Sex and birth date are taken from the ID number; the district defaults to the employer’s.',
})
export class RegisterCaregiverInput implements SelfValidating {
  @Field({
    description: 'Resident ID number, 18 characters (a 15-digit number is converted). Needs the personal-data scope.',
  })
  idNumber: string;

  @Field({ description: 'Full name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Contact phone.' })
  phone?: string | null;

  @Field(() => CaregiverRole, { description: 'Role in elder care.' })
  role: CaregiverRole;

  @Field(() => ID, {
    nullable: true,
    description:
      'Credit code of the employing elder-care institution; omitted for a caregiver without one. Required for an institution’s medical, rehabilitation and fire-safety staff (MEDICAL_STAFF, REHABILITATION_THERAPIST, FIRE_SAFETY_OPERATOR).',
  })
  employerCode?: string | null;

  @Field(() => LocalDate, {
    description:
      'First day of the employment (or of independent work); not in the future, not before the 16th birthday.',
  })
  employedFrom: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'District where the caregiver works: defaults to the employer’s district (from its credit code); required without an employer.',
  })
  districtCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Year of graduation from a college or vocational school, if any.' })
  graduationYear?: number | null;

  @Field(() => SourceRefInput, {
    nullable: true,
    description:
      'The caregiver’s identifier in the sending system. Refused if it already names another registered caregiver.',
  })
  sourceRef?: SourceRefInput | null;

  validate(): void {
    checkText('name', this.name, 32);
    checkPhone('phone', this.phone);
    checkNotFuture('employedFrom', this.employedFrom);
    if (this.districtCode) checkWeihaiDistrict(this.districtCode, 'districtCode');
    checkIntegerRange('graduationYear', this.graduationYear, 1960, Number(todayIso().slice(0, 4)));
    checkSourceRef(this.sourceRef);
  }
}

@InputType({
  description:
    'Caregivers to load from a human-resources system: each registers a caregiver or brings the one with its source reference or ID number up to date.',
})
export class ImportCaregiversInput extends BulkInputOf(RegisterCaregiverInput, 'caregivers') {}

@InputType({ description: 'Filters for the caregivers list; all given filters must hold.' })
export class CaregiverFilter implements SelfValidating {
  @Field(() => ID, { nullable: true, description: 'District where they work.' })
  districtCode?: string;

  @Field(() => ID, { nullable: true, description: 'Credit code of the employer.' })
  employerCode?: string;

  @Field(() => CaregiverRole, { nullable: true, description: 'Role.' })
  role?: CaregiverRole;

  @Field({ nullable: true, description: 'Only caregivers certified today (true) or not (false).' })
  certified?: boolean;

  @Field({ defaultValue: false, description: 'Include caregivers whose employment has ended.' })
  includeFormer: boolean;

  validate(): void {
    if (this.districtCode) checkWeihaiDistrict(this.districtCode, 'filter.districtCode');
  }
}
