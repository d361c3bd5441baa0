import { Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '../../shared/schema/local-date';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkNotFuture } from '../../shared/validation/checks';
import { DischargeReason } from './discharge-reason.enum';

@InputType({ description: 'An admission of a registered elder to a free bed.' })
export class AdmitToInstitutionInput implements SelfValidating {
  @Field(() => ID, { description: 'Person key of the elder.' })
  personKey: string;

  @Field(() => ID, { description: 'The bed, which must be in service and free from the admission date.' })
  bedId: number;

  @Field(() => LocalDate, { description: 'Admission date; not in the future.' })
  admittedOn: string;

  validate(): void {
    checkNotFuture('admittedOn', this.admittedOn);
  }
}

@InputType({ description: 'The end of a stay.' })
export class DischargeFromInstitutionInput implements SelfValidating {
  @Field(() => ID, { description: 'The stay to end.' })
  stayId: number;

  @Field(() => LocalDate, { description: 'Discharge date; not before admission, not in the future.' })
  dischargedOn: string;

  @Field(() => DischargeReason, { description: 'Where the resident went.' })
  reason: DischargeReason;

  validate(): void {
    checkNotFuture('dischargedOn', this.dischargedOn);
  }
}
