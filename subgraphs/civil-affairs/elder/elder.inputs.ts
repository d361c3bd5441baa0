import { Field, ID, InputType, Int } from 'type-graphql';
import { BulkInputOf } from '../../shared/bulk/bulk-input';
import { checkSourceRef, SourceRefInput } from '../../shared/bulk/source-ref';
import { BadUserInputError } from '../../shared/errors/errors';
import { LocalDate } from '../../shared/schema/local-date';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkIntegerRange, checkPhone, checkText } from '../../shared/validation/checks';
import { EconomicStatus, LivingSituation } from './elder.enums';

/** Checks shared by registration and correction: the same rules whichever form a clerk uses. */
function checkProfile(input: Partial<ElderProfileFields>): void {
  checkText('name', input.name, 32);
  checkPhone('phone', input.phone);
  checkText('address', input.address, 128);
  if (
    input.wantsCentralisedCare &&
    input.economicStatus !== undefined &&
    input.economicStatus !== EconomicStatus.EXTREME_POVERTY
  ) {
    throw new BadUserInputError(
      'wantsCentralisedCare',
      'only extreme-poverty (特困) elders are asked about centralised care',
    );
  }
}

interface ElderProfileFields {
  name: string;
  phone: string | null;
  address: string | null;
  economicStatus: EconomicStatus;
  wantsCentralisedCare: boolean;
}

@InputType({ description: 'A new elder for the registry. Sex and birth date are taken from the ID number.' })
export class RegisterElderInput implements SelfValidating {
  @Field({
    description: 'Resident ID number, 18 characters (a 15-digit number is converted). Needs the personal-data scope.',
  })
  idNumber: string;

  @Field({ description: 'Full name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Contact phone.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Home address.' })
  address?: string | null;

  @Field(() => ID, {
    description: 'Service area: the most specific known code (village/community, town/street or district).',
  })
  areaCode: string;

  @Field(() => LivingSituation, { description: 'Living situation.' })
  livingSituation: LivingSituation;

  @Field({ defaultValue: false, description: 'Member of a family-planning special family (计划生育特殊家庭).' })
  specialFamilyPlanningFamily: boolean;

  @Field(() => EconomicStatus, { description: 'Economic status.' })
  economicStatus: EconomicStatus;

  @Field({ defaultValue: false, description: 'Extreme-poverty elders only: wishes centralised care (有集中供养意愿).' })
  wantsCentralisedCare: boolean;

  @Field(() => SourceRefInput, {
    nullable: true,
    description:
      'The elder’s identifier in the sending system (e.g. 金民工程). Refused if it already names another elder, or if this elder carries another.',
  })
  sourceRef?: SourceRefInput | null;

  validate(): void {
    checkProfile(this);
    checkSourceRef(this.sourceRef);
  }
}

@InputType({
  description:
    'Elders to load from a civil-affairs system: each registers a new elder or brings the elder with its ID number (or source reference) up to date.',
})
export class ImportEldersInput extends BulkInputOf(RegisterElderInput, 'elders') {}

@InputType({
  description: 'Corrections to an elder’s record; omitted fields stay as they are. The ID number cannot change.',
})
export class UpdateElderInput implements SelfValidating {
  @Field({ nullable: true, description: 'Full name.' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'Contact phone.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Home address.' })
  address?: string | null;

  @Field(() => ID, { nullable: true, description: 'New service area code.' })
  areaCode?: string;

  @Field(() => LivingSituation, { nullable: true, description: 'Living situation.' })
  livingSituation?: LivingSituation;

  @Field({ nullable: true, description: 'Member of a family-planning special family.' })
  specialFamilyPlanningFamily?: boolean;

  @Field(() => EconomicStatus, { nullable: true, description: 'Economic status.' })
  economicStatus?: EconomicStatus;

  @Field({ nullable: true, description: 'Extreme-poverty elders only: wishes centralised care.' })
  wantsCentralisedCare?: boolean;

  @Field(() => LocalDate, { nullable: true, description: 'Date of death, once certified.' })
  deceasedOn?: string | null;

  validate(): void {
    checkProfile(this);
  }
}

@InputType({ description: 'Filters for the elders list; all given filters must hold.' })
export class ElderFilter implements SelfValidating {
  @Field(() => ID, {
    nullable: true,
    description: 'Service area at any level: district, town/street or village/community code.',
  })
  areaCode?: string;

  @Field(() => EconomicStatus, { nullable: true, description: 'Economic status.' })
  economicStatus?: EconomicStatus;

  @Field(() => LivingSituation, { nullable: true, description: 'Living situation.' })
  livingSituation?: LivingSituation;

  @Field(() => Int, { nullable: true, description: 'Age at least this many years today.' })
  minAge?: number;

  @Field(() => Int, { nullable: true, description: 'Age at most this many years today.' })
  maxAge?: number;

  @Field({ defaultValue: false, description: 'Include elders whose death has been recorded.' })
  includeDeceased: boolean;

  validate(): void {
    checkIntegerRange('filter.minAge', this.minAge, 0, 130);
    checkIntegerRange('filter.maxAge', this.maxAge, 0, 130);
    if (this.minAge != null && this.maxAge != null && this.minAge > this.maxAge)
      throw new BadUserInputError('filter.maxAge', 'must not be below minAge');
  }
}
