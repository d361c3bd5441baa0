import { Field, ID, InputType } from 'type-graphql';
import { BadUserInputError } from '../../shared/errors/errors';
import { parseCreditCode } from '../../shared/identity/credit-code';
import { LocalDate } from '../../shared/schema/local-date';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkDateOrder } from '../../shared/validation/checks';
import { checkDistrictAndTown, LTCI_EARLIEST_DATE } from '../enrolment/ltci-enrolment.inputs';
import { LEVELS_OF_KIND, LtciProviderKind, LtciProviderLevel } from './ltci-provider.enums';

@InputType({ description: 'A provider to designate for LTCI from a date.' })
export class DesignateLtciProviderInput implements SelfValidating {
  @Field(() => LtciProviderKind, { description: 'Elder-care institution or medical institution.' })
  providerKind: LtciProviderKind;

  @Field(() => ID, { description: 'Unified social credit code of the provider (checked).' })
  providerCode: string;

  @Field(() => LtciProviderLevel, {
    description: 'Level in the rate table: ELDER_CARE for elder-care institutions, MEDICAL_* for medical institutions.',
  })
  providerLevel: LtciProviderLevel;

  @Field(() => ID, { description: 'District where the provider operates (6-digit code).' })
  districtCode: string;

  @Field(() => ID, { nullable: true, description: 'Town or street within that district (9-digit code), if known.' })
  townCode?: string | null;

  @Field(() => LocalDate, {
    description: `First day designated; not before ${LTCI_EARLIEST_DATE}; may be in the future.`,
  })
  designatedFrom: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day designated, if the agreement is for a fixed term; not before the first day.',
  })
  designatedUntil?: string | null;

  validate(): void {
    this.providerCode = parseCreditCode(this.providerCode, 'providerCode');
    if (!LEVELS_OF_KIND[this.providerKind].includes(this.providerLevel)) {
      throw new BadUserInputError(
        'providerLevel',
        `a ${this.providerKind} is designated at ${LEVELS_OF_KIND[this.providerKind].join(' or ')}`,
      );
    }
    checkDistrictAndTown(this.districtCode, this.townCode);
    if (this.designatedFrom < LTCI_EARLIEST_DATE)
      throw new BadUserInputError('designatedFrom', `must not be before ${LTCI_EARLIEST_DATE}`);
    checkDateOrder('designatedFrom', this.designatedFrom, 'designatedUntil', this.designatedUntil);
  }
}

@InputType({ description: 'The end of a provider’s designation in force (取消定点).' })
export class UndesignateLtciProviderInput implements SelfValidating {
  @Field(() => LtciProviderKind, { description: 'Elder-care institution or medical institution.' })
  providerKind: LtciProviderKind;

  @Field(() => ID, { description: 'Unified social credit code of the provider.' })
  providerCode: string;

  @Field(() => LocalDate, {
    description:
      'Last day designated; not before its first day, and not before the end of a month already settled with it.',
  })
  designatedUntil: string;

  validate(): void {
    this.providerCode = parseCreditCode(this.providerCode, 'providerCode');
  }
}

@InputType({ description: 'Which designations to list; all given filters must hold.' })
export class LtciDesignationFilter implements SelfValidating {
  @Field(() => LtciProviderKind, { nullable: true, description: 'Only providers of this kind.' })
  providerKind?: LtciProviderKind | null;

  @Field(() => ID, { nullable: true, description: 'Only providers in this district (6-digit code).' })
  districtCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this provider’s designations, by credit code.' })
  providerCode?: string | null;

  @Field({ defaultValue: true, description: 'Only designations in force today.' })
  inForceOnly: boolean;

  validate(): void {
    if (this.districtCode) checkDistrictAndTown(this.districtCode, null, 'filter.');
    if (this.providerCode) this.providerCode = parseCreditCode(this.providerCode, 'filter.providerCode');
  }
}
