import { Field, ID, InputType, Int } from 'type-graphql';
import { BadUserInputError } from '../../shared/errors/errors';
import { LocalDate } from '../../shared/schema/local-date';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkIntegerRange, checkNotFuture, checkText } from '../../shared/validation/checks';

/** Largest household count accepted, to catch a stray digit. */
const MAX_HOUSEHOLDS = 100_000;

/** Largest facility area accepted, to catch a clerk typing square decimetres or a stray digit. */
const MAX_FACILITY_AREA_M2 = 100_000;

@InputType({
  description:
    'A new residential development to enter in the register, with its supporting facility if already handed over.',
})
export class RegisterResidentialDevelopmentInput implements SelfValidating {
  @Field({ description: 'Project name (项目名称); unique in its district.' })
  name: string;

  @Field({ description: 'Developer (开发建设单位).' })
  developer: string;

  @Field(() => ID, {
    description: 'Where it stands: a town/street or village/community code (a whole district is refused).',
  })
  areaCode: string;

  @Field(() => Int, { description: `Households (户数), 1 to ${MAX_HOUSEHOLDS.toLocaleString('en')}.` })
  households: number;

  @Field(() => LocalDate, { description: 'Date the housing was delivered (住宅交付日期); not in the future.' })
  deliveredOn: string;

  @Field(() => Int, {
    nullable: true,
    description: `Floor area of the facility handed over, whole m² (1 to ${MAX_FACILITY_AREA_M2.toLocaleString('en')}); give it with facilityHandedOverOn, or neither.`,
  })
  facilityAreaM2?: number | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Date the facility was handed over to civil affairs, before or after the delivery but not in the future; give it with facilityAreaM2, or neither.',
  })
  facilityHandedOverOn?: string | null;

  validate(): void {
    checkText('name', this.name, 128);
    checkText('developer', this.developer, 128);
    checkIntegerRange('households', this.households, 1, MAX_HOUSEHOLDS);
    checkNotFuture('deliveredOn', this.deliveredOn);
    checkIntegerRange('facilityAreaM2', this.facilityAreaM2, 1, MAX_FACILITY_AREA_M2);
    checkNotFuture('facilityHandedOverOn', this.facilityHandedOverOn);
    const hasArea = this.facilityAreaM2 !== undefined && this.facilityAreaM2 !== null;
    const hasDate = this.facilityHandedOverOn !== undefined && this.facilityHandedOverOn !== null;
    if (hasArea && !hasDate)
      throw new BadUserInputError(
        'facilityHandedOverOn',
        'give the handover date with the facility’s floor area, or neither',
      );
    if (hasDate && !hasArea)
      throw new BadUserInputError(
        'facilityAreaM2',
        'give the facility’s floor area with its handover date, or neither',
      );
  }
}

@InputType({
  description:
    'The handover of a development’s supporting elder-care facility to civil affairs (移交), or a correction of the one recorded.',
})
export class RecordFacilityHandoverInput implements SelfValidating {
  @Field(() => ID, { description: 'Record number of the residential development.' })
  id: number;

  @Field(() => Int, {
    description: `Floor area of the facility handed over, whole m² (1 to ${MAX_FACILITY_AREA_M2.toLocaleString('en')}).`,
  })
  facilityAreaM2: number;

  @Field(() => LocalDate, {
    description: 'Date of the handover: before or after the delivery of the housing, but not in the future.',
  })
  handedOverOn: string;

  @Field({
    defaultValue: false,
    description:
      'True to correct a handover already recorded (a clerk’s mistake in its area or date); without it a second handover is refused.',
  })
  correction: boolean;

  validate(): void {
    checkIntegerRange('facilityAreaM2', this.facilityAreaM2, 1, MAX_FACILITY_AREA_M2);
    checkNotFuture('handedOverOn', this.handedOverOn);
  }
}

@InputType({ description: 'Filters for the residential-development register; all given filters must hold.' })
export class ResidentialDevelopmentFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Area at any level: district, town/street or village/community code (the city lists all).',
  })
  areaCode?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Delivered on or after this day.' })
  deliveredFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Delivered on or before this day.' })
  deliveredTo?: string;

  @Field({
    nullable: true,
    description:
      'True: only developments whose facility meets the standard today (handed over, ≥20 m² per 100 households and ≥350 m²); false: only the others.',
  })
  compliant?: boolean;
}
