import { Field, ID, InputType } from 'type-graphql';
import { parseCreditCode } from '../../shared/identity/credit-code';
import { LocalDate } from '../../shared/schema/local-date';
import { BulkInputOf } from '../../shared/bulk/bulk-input';
import { checkSourceRef, SourceRefInput } from '../../shared/bulk/source-ref';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkNotFuture } from '../../shared/validation/checks';
import { healthPlaceOf } from '../area/area-place';
import { PatientInput } from '../elder/patient.inputs';
import { HomeSickbedCloseReason } from './home-sickbed-close-reason.enum';

@InputType({ description: 'A home sickbed to open (建床) at an elder’s home.' })
export class OpenHomeSickbedInput extends PatientInput implements SelfValidating {
  @Field(() => ID, {
    description: 'Credit code of the medical institution that opens it and visits; must be registered.',
  })
  medicalInstitutionCode: string;

  @Field(() => ID, {
    description: 'Where the elder lives: a district, town/street or village/community code (kept to the town level).',
  })
  areaCode: string;

  @Field(() => LocalDate, {
    description: 'Opening date; not in the future, not while the elder has another home sickbed.',
  })
  openedOn: string;

  @Field(() => SourceRefInput, {
    nullable: true,
    description:
      'The home sickbed’s identifier in the sending system; required in a bulk load. Refused if it already names a recorded home sickbed.',
  })
  sourceRef?: SourceRefInput | null;

  validate(): void {
    this.checkPatient();
    this.medicalInstitutionCode = parseCreditCode(this.medicalInstitutionCode, 'medicalInstitutionCode');
    healthPlaceOf(this.areaCode, 'areaCode');
    checkNotFuture('openedOn', this.openedOn);
    checkSourceRef(this.sourceRef);
  }
}

@InputType({
  description:
    'Home sickbeds to load from a health system: each, named by its source reference, opens a home sickbed or finds the one with that reference unchanged.',
})
export class ImportHomeSickbedsInput extends BulkInputOf(OpenHomeSickbedInput, 'home sickbeds') {}

@InputType({ description: 'A visit made to a home sickbed (上门查床).' })
export class RecordHomeSickbedVisitInput implements SelfValidating {
  @Field(() => ID, { description: 'The home sickbed visited, which must be open.' })
  homeSickbedId: number;

  @Field(() => LocalDate, { description: 'Date of the visit; not before the opening, not in the future.' })
  visitedOn: string;

  validate(): void {
    checkNotFuture('visitedOn', this.visitedOn);
  }
}

@InputType({ description: 'The closing (撤床) of a home sickbed.' })
export class CloseHomeSickbedInput implements SelfValidating {
  @Field(() => ID, { description: 'The home sickbed to close.' })
  homeSickbedId: number;

  @Field(() => LocalDate, {
    description: 'Closing date; not before the opening or the latest visit, not in the future.',
  })
  closedOn: string;

  @Field(() => HomeSickbedCloseReason, { description: 'Why it is closed.' })
  reason: HomeSickbedCloseReason;

  validate(): void {
    checkNotFuture('closedOn', this.closedOn);
  }
}
