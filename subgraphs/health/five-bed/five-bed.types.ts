import { Authorized, Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { FiveBedKind } from '../../shared/five-bed/five-bed-kind.enum';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';

/**
 * One of an elder's health beds as the five-bed journey needs it. A value type shared with the joint
 * meeting (`@shareable`, the same fields there), which `@requires` it to assemble the journey.
 */
@Directive('@shareable')
@Authorized(can('patientRecords'))
@ObjectType({
  description:
    'One bed of the five-bed journey (五床联动) kept by the health commission: a hospital stay (医疗床位), a home sickbed (家庭病床) or a hospice stay (安宁疗护床位).',
})
export class FiveBedEpisodeRecord {
  @Field(() => FiveBedKind, { description: 'Kind of bed: MEDICAL_BED, HOME_SICKBED or HOSPICE_BED.' })
  kind: FiveBedKind;

  @Field(() => LocalDate, { description: 'Admission date, or the date the home sickbed was opened (建床).' })
  startedOn: string;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Discharge date, or the date the home sickbed was closed (撤床); null while open. The bed is occupied up to the day before.',
  })
  endedOn: string | null;

  @Field(() => ID, {
    description:
      'Credit code of the medical institution: the hospital, the hospice provider, or the institution that opened the home sickbed.',
  })
  facilityCode: string;
}

/** Capacity and occupancy of one health bed kind on a day, as handed to the joint meeting for `beds`. */
@Directive('@shareable')
@Directive('@inaccessible')
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'A department’s stock and occupancy of one of its bed kinds in an area on a day, for the joint meeting’s five-bed figures. Not in the public API.',
})
export class FiveBedCount {
  @Field(() => FiveBedKind, { description: 'Kind of bed.' })
  kind: FiveBedKind;

  @Field(() => Int, { description: 'Beds in stock (beds that exist only while in use: open on the day); unit: beds.' })
  capacity: number;

  @Field(() => Int, { description: 'Beds occupied on the day; unit: beds.' })
  occupied: number;
}
