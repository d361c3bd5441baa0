import { Field, ID, InputType } from 'type-graphql';
import { areaCodeLevel } from '../../shared/areas/area-code';
import { BadUserInputError } from '../../shared/errors/errors';
import { LocalDate } from '../../shared/schema/local-date';
import { BulkInputOf } from '../../shared/bulk/bulk-input';
import { checkSourceRef, SourceRefInput } from '../../shared/bulk/source-ref';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { DISTRICTS, TOWNS } from '../../shared/seed/weihai';
import { checkNotFuture } from '../../shared/validation/checks';
import { LtciEnrolmentStatus, LtciScheme } from './ltci-enrolment.enums';

/** The earliest date an enrolment can be dated: the national LTCI pilot began in 2016. */
export const LTCI_EARLIEST_DATE = '2016-01-01';

/** Refuses a district code that is not one of Weihai's districts, and a town not in that district. */
export function checkDistrictAndTown(districtCode: string, townCode: string | null | undefined, prefix = ''): void {
  if (
    areaCodeLevel(districtCode, `${prefix}districtCode`) !== 'DISTRICT' ||
    !DISTRICTS.some((district) => district.code === districtCode)
  ) {
    throw new BadUserInputError(
      `${prefix}districtCode`,
      `${districtCode} is not one of Weihai’s districts (${DISTRICTS.map((d) => d.code).join(', ')})`,
    );
  }
  if (townCode === undefined || townCode === null) return;
  const town = TOWNS.find((t) => t.code === townCode);
  if (!town) throw new BadUserInputError(`${prefix}townCode`, `${townCode} is not a Weihai town or street code`);
  if (town.parent !== districtCode)
    throw new BadUserInputError(`${prefix}townCode`, `${town.name} is not in district ${districtCode}`);
}

@InputType({
  description: 'A person to insure for long-term care. The ID number is turned into the person key and not stored.',
})
export class EnrolInLtciInput implements SelfValidating {
  @Field({ description: 'Resident ID number (validated; 15-digit numbers accepted). Needs the personal-data scope.' })
  idNumber: string;

  @Field(() => LtciScheme, { description: 'Scheme.' })
  scheme: LtciScheme;

  @Field(() => LocalDate, { description: `Date insured from; not in the future, not before ${LTCI_EARLIEST_DATE}.` })
  since: string;

  @Field(() => ID, { description: 'District of the insurance registration (6-digit code, e.g. 371083 乳山市).' })
  districtCode: string;

  @Field(() => ID, { nullable: true, description: 'Town or street within that district (9-digit code), if known.' })
  townCode?: string | null;

  @Field(() => SourceRefInput, {
    nullable: true,
    description:
      'The enrolment’s identifier in the sending system (e.g. the LTCI system’s 参保登记号). Refused if it already names another person’s enrolment, or the person’s enrolment carries another.',
  })
  sourceRef?: SourceRefInput | null;

  validate(): void {
    checkNotFuture('since', this.since);
    if (this.since < LTCI_EARLIEST_DATE)
      throw new BadUserInputError('since', `must not be before ${LTCI_EARLIEST_DATE}, when LTCI began`);
    checkDistrictAndTown(this.districtCode, this.townCode);
    checkSourceRef(this.sourceRef);
  }
}

@InputType({
  description:
    'LTCI enrolments to load from the medical-insurance system: each insures a person, re-opens their ended enrolment or matches it (by source reference, else by person).',
})
export class ImportLtciEnrolmentsInput extends BulkInputOf(EnrolInLtciInput, 'enrolments') {}

@InputType({ description: 'A change of an enrolment’s status: suspended, resumed (ACTIVE) or ended.' })
export class ChangeLtciEnrolmentStatusInput implements SelfValidating {
  @Field(() => ID, { description: 'Person key of the insured.' })
  personKey: string;

  @Field(() => LtciEnrolmentStatus, { description: 'The new status; different from the current one.' })
  status: LtciEnrolmentStatus;

  @Field(() => LocalDate, {
    description: 'Date it takes effect; not in the future, not before the current status took effect.',
  })
  effectiveOn: string;

  validate(): void {
    checkNotFuture('effectiveOn', this.effectiveOn);
  }
}
