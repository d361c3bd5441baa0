import { Field, ID, InputType } from 'type-graphql';
import { parseCreditCode } from '../../shared/identity/credit-code';
import { LocalDate } from '../../shared/schema/local-date';
import { BulkInputOf } from '../../shared/bulk/bulk-input';
import { checkSourceRef, SourceRefInput } from '../../shared/bulk/source-ref';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkNotFuture } from '../../shared/validation/checks';
import { PatientInput } from '../elder/patient.inputs';
import { HospitalDischargeDestination } from './hospital-discharge-destination.enum';

@InputType({ description: 'An admission of an elder to a medical bed (入院).' })
export class AdmitToHospitalInput extends PatientInput implements SelfValidating {
  @Field(() => ID, {
    description:
      'Credit code of the medical institution, which must be registered and have a free medical bed from the admission on.',
  })
  medicalInstitutionCode: string;

  @Field(() => LocalDate, {
    description: 'Admission date; not in the future, not while the elder has another hospital stay.',
  })
  admittedOn: string;

  @Field(() => SourceRefInput, {
    nullable: true,
    description:
      'The stay’s identifier in the sending system (e.g. the hospital’s 住院号); required in a bulk load. Refused if it already names a recorded stay.',
  })
  sourceRef?: SourceRefInput | null;

  validate(): void {
    this.checkPatient();
    this.medicalInstitutionCode = parseCreditCode(this.medicalInstitutionCode, 'medicalInstitutionCode');
    checkNotFuture('admittedOn', this.admittedOn);
    checkSourceRef(this.sourceRef);
  }
}

@InputType({
  description:
    'Hospital admissions to load from a health system: each, named by its source reference, admits an elder or finds the stay with that reference unchanged.',
})
export class ImportHospitalStaysInput extends BulkInputOf(AdmitToHospitalInput, 'admissions') {}

@InputType({ description: 'A discharge from hospital (出院).' })
export class DischargeFromHospitalInput implements SelfValidating {
  @Field(() => ID, { description: 'The hospital stay to end.' })
  hospitalStayId: number;

  @Field(() => LocalDate, { description: 'Discharge date; not before admission, not in the future.' })
  dischargedOn: string;

  @Field(() => HospitalDischargeDestination, { description: 'Where the patient went (出院去向).' })
  destination: HospitalDischargeDestination;

  validate(): void {
    checkNotFuture('dischargedOn', this.dischargedOn);
  }
}
