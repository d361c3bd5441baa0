import { Field, ID, InputType } from 'type-graphql';
import { assertPersonKey, personKeyFromIdNumber } from '../../shared/identity/person-key';
import { parseResidentId } from '../../shared/identity/resident-id';
import { theOneGiven } from '../../shared/validation/checks';

/**
 * Who a record is about: the resident ID number health holds (turned into the person key here, so
 * the raw number is never stored) or the person key itself. Exactly one of the two.
 */
@InputType()
export abstract class PatientInput {
  @Field({
    nullable: true,
    description:
      'Resident ID number (居民身份证号码) of the elder; stored only as the person key. Give this (needs the personal-data scope) or `personKey`.',
  })
  idNumber?: string;

  @Field(() => ID, { nullable: true, description: 'Person key of the elder. Give this or `idNumber`.' })
  personKey?: string;

  protected checkPatient(): void {
    const given = theOneGiven(
      this,
      ['idNumber', 'personKey'],
      'idNumber',
      'give the elder’s ID number or person key (one of the two, not both)',
    );
    if (given === 'idNumber') parseResidentId(this.idNumber!, 'idNumber');
    else assertPersonKey(this.personKey!, 'personKey');
  }
}

/** The person key of a validated patient input. */
export function patientKeyOf(input: PatientInput, personKeySecret: string): string {
  return input.idNumber != null
    ? personKeyFromIdNumber(input.idNumber, personKeySecret, 'idNumber')
    : assertPersonKey(input.personKey!, 'personKey');
}
