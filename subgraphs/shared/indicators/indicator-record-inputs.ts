import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import { IndicatorRecordKind } from './indicator-record-kind.enum';

/**
 * The key of an evaluated indicator that civil affairs resolves: the indicator, the area and the day,
 * and the joint meeting's reading of it. With the reading in the key, the gateway hands it to civil
 * affairs with the reference (as a `@requires` would, in the same wave), and civil affairs declares
 * nothing it does not resolve itself.
 */
export const RECORD_INPUTS_KEY = 'code areaCode asOf recordInputs { recordKind target handedOverCodes numeratorRule }';

/**
 * What civil affairs needs from the joint meeting to list the records behind an evaluated indicator
 * (part of `IndicatorValue`'s key there): the catalogue's reading of it and the codes other
 * departments handed over for it. The same type in both subgraphs, out of the public API.
 */
@Directive('@shareable')
@Directive('@inaccessible')
@ObjectType({
  description:
    'The catalogue’s reading of an indicator and the other departments’ codes behind it, for listing its records. Not in the public API.',
})
export class IndicatorRecordInputs {
  @Field(() => IndicatorRecordKind, {
    nullable: true,
    description: 'What kind of record stands behind the figure; null: none is listed.',
  })
  recordKind: IndicatorRecordKind | null;

  @Field(() => Float, {
    description: 'The target in the indicator’s unit (an institution’s own share is compared with it, e.g. I03).',
  })
  target: number;

  @Field(() => [ID], {
    description:
      'Codes another department handed over for this indicator: health’s medical-care integrated institutions (I08), its hospitals without Internet+nursing (M14), its districts with hospice care (P-HOSPICE), finance’s districts under 55% (P-LOTTERY); empty otherwise.',
  })
  handedOverCodes: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'The civil-affairs sharing rule covering the persons the numerator counts (a district’s count of 1–4 of them is withheld from callers outside it); null when it counts no civil-affairs persons.',
  })
  numeratorRule: string | null;
}
