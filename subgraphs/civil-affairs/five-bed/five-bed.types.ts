import { Authorized, Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { FiveBedKind } from '../../shared/five-bed/five-bed-kind.enum';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';

/*
 * The value types civil affairs hands the joint meeting for its five-bed views (`@requires` there).
 * Each is defined the same in the joint meeting, `@shareable` in both (Federation 2 allows a nested
 * `@requires` selection only over such types), and `@inaccessible`: the gateway composing reads them.
 */

/** A department's stock and occupancy of one of its bed kinds (defined the same in health and the joint meeting); planner-only. */
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

/** One of civil affairs' beds of an elder as the joint meeting's journey needs it (defined the same there); planner-only. */
@Directive('@shareable')
@Directive('@inaccessible')
@Authorized(can('linkageContributions'))
@ObjectType({
  description:
    'One bed of the five-bed journey (五床联动) kept by civil affairs: an institution stay (养老床位) or a family elder-care bed (家庭养老床位). Not in the public API.',
})
export class CivilAffairsBedEpisode {
  @Field(() => FiveBedKind, { description: 'Kind of bed: ELDER_CARE_BED or FAMILY_ELDER_CARE_BED.' })
  kind: FiveBedKind;

  @Field(() => LocalDate, { description: 'Admission date, or the date the family bed was opened.' })
  startedOn: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Discharge date, or the date the family bed was closed; null while open.',
  })
  endedOn: string | null;

  @Field(() => ID, {
    description: 'Credit code of the elder-care institution, or of the family bed’s operating institution (运营机构).',
  })
  facilityCode: string;
}
