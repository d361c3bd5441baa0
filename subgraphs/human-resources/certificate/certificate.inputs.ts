import { Field, ID, InputType } from 'type-graphql';
import { BulkInputOf } from '../../shared/bulk/bulk-input';
import { checkSourceRef, SourceRefInput } from '../../shared/bulk/source-ref';
import { assertPersonKey } from '../../shared/identity/person-key';
import { LocalDate } from '../../shared/schema/local-date';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkDateOrder, checkNotFuture, checkText } from '../../shared/validation/checks';
import { BadUserInputError } from '../../shared/errors/errors';
import { CaregiverCertificateLevel } from './certificate.enums';

@InputType({
  description:
    'A certificate a registered worker holds; its kind follows from the level and must attest the worker’s role (a care certificate for caregivers and social workers, the licence of their trade for an institution’s medical, rehabilitation and fire-safety staff).',
})
export class RecordCaregiverCertificateInput implements SelfValidating {
  @Field(() => ID, { description: 'Person key of the caregiver.' })
  personKey: string;

  @Field(() => CaregiverCertificateLevel, { description: 'Level attested.' })
  level: CaregiverCertificateLevel;

  @Field({ description: 'Certificate number (证书编号): letters, digits and hyphens, unique.' })
  certificateNumber: string;

  @Field({ description: 'Issuing or evaluating body.' })
  issuer: string;

  @Field(() => LocalDate, { description: 'Date of issue; not in the future.' })
  issuedOn: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day of validity, after the date of issue; omitted if it does not expire.',
  })
  expiresOn?: string | null;

  @Field(() => SourceRefInput, {
    nullable: true,
    description:
      'The certificate’s identifier in the sending system. Refused if it already names another recorded certificate.',
  })
  sourceRef?: SourceRefInput | null;

  validate(): void {
    assertPersonKey(this.personKey);
    if (!/^[0-9A-Za-z-]{4,40}$/.test(this.certificateNumber))
      throw new BadUserInputError('certificateNumber', 'must be 4 to 40 letters, digits or hyphens');
    checkText('issuer', this.issuer, 64);
    checkNotFuture('issuedOn', this.issuedOn);
    checkDateOrder('issuedOn', this.issuedOn, 'expiresOn', this.expiresOn);
    checkSourceRef(this.sourceRef);
  }
}

@InputType({
  description:
    'Caregivers’ certificates to load from a human-resources system: each records a certificate or brings the one with its source reference or certificate number up to date.',
})
export class ImportCaregiverCertificatesInput extends BulkInputOf(RecordCaregiverCertificateInput, 'certificates') {}
