import { Field, ID, InputType } from 'type-graphql';
import { BadUserInputError } from '../../shared/errors/errors';
import { parseCreditCode } from '../../shared/identity/credit-code';
import { LocalDate } from '../../shared/schema/local-date';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkDateOrder, checkNotFuture } from '../../shared/validation/checks';
import { CooperationService } from './cooperation-service.enum';

@InputType({
  description: 'A cooperation agreement signed between a medical institution and an elder-care institution.',
})
export class SignCooperationAgreementInput implements SelfValidating {
  @Field(() => ID, {
    description: 'Credit code of the medical institution, which must be registered with the health commission.',
  })
  medicalInstitutionCode: string;

  @Field(() => ID, { description: 'Credit code of the elder-care institution (as registered with civil affairs).' })
  institutionCode: string;

  @Field(() => [CooperationService], { description: 'Services undertaken: at least one, each once.' })
  services: CooperationService[];

  @Field(() => LocalDate, { description: 'First day in force.' })
  validFrom: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day in force; not before the first; omit for no fixed term.',
  })
  validTo?: string | null;

  validate(): void {
    this.medicalInstitutionCode = parseCreditCode(this.medicalInstitutionCode, 'medicalInstitutionCode');
    this.institutionCode = parseCreditCode(this.institutionCode, 'institutionCode');
    if (!this.services.length) throw new BadUserInputError('services', 'name at least one service');
    if (new Set(this.services).size !== this.services.length)
      throw new BadUserInputError('services', 'name each service once');
    checkDateOrder('validFrom', this.validFrom, 'validTo', this.validTo);
  }
}

@InputType({ description: 'The early end of a cooperation agreement.' })
export class EndCooperationAgreementInput implements SelfValidating {
  @Field(() => ID, { description: 'The agreement to end.' })
  agreementId: number;

  @Field(() => LocalDate, {
    description: 'Last day in force; not before it began, not after its term, not in the future.',
  })
  endedOn: string;

  validate(): void {
    checkNotFuture('endedOn', this.endedOn);
  }
}
