import { Field, ID, InputType } from 'type-graphql';
import { parseCreditCode } from '../../shared/identity/credit-code';
import { LocalDate } from '../../shared/schema/local-date';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkNotFuture, checkText } from '../../shared/validation/checks';
import { InsideClinicKind } from './inside-clinic-kind.enum';

@InputType({ description: 'The filing (备案) of a medical facility inside an elder-care institution.' })
export class FileInsideClinicInput implements SelfValidating {
  @Field(() => ID, {
    description:
      'Credit code of the elder-care institution, which must have no clinic operating on or after the filing date.',
  })
  institutionCode: string;

  @Field({ description: 'Name as filed.' })
  name: string;

  @Field(() => InsideClinicKind, { description: 'Form of the facility.' })
  kind: InsideClinicKind;

  @Field({ description: 'Filing number (备案编号); unique.' })
  filingNumber: string;

  @Field(() => LocalDate, { description: 'Date of filing; not in the future.' })
  filedOn: string;

  validate(): void {
    this.institutionCode = parseCreditCode(this.institutionCode, 'institutionCode');
    checkText('name', this.name, 128);
    checkText('filingNumber', this.filingNumber, 64);
    checkNotFuture('filedOn', this.filedOn);
  }
}

@InputType({ description: 'The closing of an inside clinic.' })
export class CloseInsideClinicInput implements SelfValidating {
  @Field(() => ID, { description: 'The clinic to close.' })
  clinicId: number;

  @Field(() => LocalDate, { description: 'Closing date; not before the filing, not in the future.' })
  closedOn: string;

  validate(): void {
    checkNotFuture('closedOn', this.closedOn);
  }
}
