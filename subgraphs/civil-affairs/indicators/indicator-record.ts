import { Authorized, Field, Float, ID, ObjectType } from 'type-graphql';
import { suppressedFlag } from '../../shared/disclosure/disclosed-field';
import { can } from '../access-policy';
import { IndicatorRecordKind } from '../../shared/indicators/indicator-record-kind.enum';

/** A record behind a figure: what was counted, or what was not. */
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'A record behind an indicator’s figure — an institution, a street, a district, a facility, a residential development, a medical institution or (for civil affairs’ own casework only) an elder — and whether it counts towards the numerator.',
})
export class IndicatorRecord {
  @Field(() => IndicatorRecordKind, { description: 'What the record is.' })
  kind: IndicatorRecordKind;

  @Field(() => ID, {
    description: 'Its key: credit code, division code, facility or development record number, or person key.',
  })
  code: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Its name where civil affairs holds one (institutions, areas, facilities, developments); null for elders and for other departments’ records (follow the link).',
  })
  name: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether it counts towards the numerator (e.g. the institution is integrated, the street has its centre, the district reaches its target); false lists the shortfall.',
  })
  counted: boolean | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Its own figure where it has one, in the unit it states: an institution’s nursing-bed share (%), a district’s count of family beds or of age-friendly communities. A district’s count of 1–4 persons (family beds) is null for a caller not entitled to the records behind it.',
  })
  value: number | null;

  @Field({ description: suppressedFlag('value') })
  valueSuppressed: boolean;

  /** For an elder, the person key the listing's audit entry names (not a field: `code` carries it). */
  personKey?: string;
}
