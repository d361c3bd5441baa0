import { Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '../../shared/schema/local-date';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkNotFuture } from '../../shared/validation/checks';
import { FamilyBedCloseReason } from './family-bed-close-reason.enum';

@InputType({ description: 'A family elder-care bed to open at a registered elder’s home.' })
export class OpenFamilyBedInput implements SelfValidating {
  @Field(() => ID, {
    description: 'Person key of the elder, who must have no family bed open on or after the opening date.',
  })
  personKey: string;

  @Field(() => ID, { description: 'Credit code of the operating institution, which must be open.' })
  operatorCode: string;

  @Field(() => LocalDate, { description: 'Opening date; not in the future.' })
  openedOn: string;

  validate(): void {
    checkNotFuture('openedOn', this.openedOn);
  }
}

@InputType({ description: 'The closing of a family elder-care bed.' })
export class CloseFamilyBedInput implements SelfValidating {
  @Field(() => ID, { description: 'The family bed to close.' })
  familyBedId: number;

  @Field(() => LocalDate, { description: 'Closing date; not before the opening, not in the future.' })
  closedOn: string;

  @Field(() => FamilyBedCloseReason, { description: 'Why it is closed.' })
  reason: FamilyBedCloseReason;

  validate(): void {
    checkNotFuture('closedOn', this.closedOn);
  }
}

@InputType({ description: 'Filters for the family-bed list; all given filters must hold.' })
export class FamilyBedFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Service area at any level: district, town/street or village/community code.',
  })
  areaCode?: string;

  @Field(() => ID, { nullable: true, description: 'Credit code of the operating institution.' })
  operatorCode?: string;

  @Field({ defaultValue: false, description: 'Include closed family beds.' })
  includeClosed: boolean;
}
