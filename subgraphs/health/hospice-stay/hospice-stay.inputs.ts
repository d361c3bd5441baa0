import { Field, ID, InputType } from 'type-graphql';
import { parseCreditCode } from '../../shared/identity/credit-code';
import { LocalDate } from '../../shared/schema/local-date';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkNotFuture } from '../../shared/validation/checks';
import { PatientInput } from '../elder/patient.inputs';
import { HospiceDischargeReason } from './hospice-discharge-reason.enum';

@InputType({ description: 'An admission of an elder to a hospice bed (安宁疗护).' })
export class AdmitToHospiceInput extends PatientInput implements SelfValidating {
  @Field(() => ID, {
    description: 'Credit code of the hospice provider, which must have a free hospice bed from the admission on.',
  })
  medicalInstitutionCode: string;

  @Field(() => LocalDate, {
    description: 'Admission date; not in the future, not while the elder has another hospice stay.',
  })
  admittedOn: string;

  validate(): void {
    this.checkPatient();
    this.medicalInstitutionCode = parseCreditCode(this.medicalInstitutionCode, 'medicalInstitutionCode');
    checkNotFuture('admittedOn', this.admittedOn);
  }
}

@InputType({ description: 'The end of a hospice stay.' })
export class DischargeFromHospiceInput implements SelfValidating {
  @Field(() => ID, { description: 'The hospice stay to end.' })
  hospiceStayId: number;

  @Field(() => LocalDate, { description: 'Date the stay ended; not before admission, not in the future.' })
  dischargedOn: string;

  @Field(() => HospiceDischargeReason, { description: 'How it ended.' })
  reason: HospiceDischargeReason;

  validate(): void {
    checkNotFuture('dischargedOn', this.dischargedOn);
  }
}
