import { Authorized, Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { FiveBedKind } from '../../shared/five-bed/five-bed-kind.enum';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';
import { LtciCareForm } from '../../shared/ltci/ltci-care-form.enum';
import { renamedForUnit } from '../../shared/schema/wire-units';
import { SMALL_CELLS, suppressedFlag } from '../../shared/disclosure/disclosed-field';

/*
 * The value types the departments hand the joint meeting through `@requires`. Each is defined here
 * and in the contributing department with the same fields, `@shareable` in both (Federation 2
 * allows a nested `@requires` selection only over such types).
 */

/** Health's view of one of its beds (defined the same in health). */
@Directive('@shareable')
@Authorized(can('careRecords'))
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

/** Medical insurance's view of one settled month (defined the same in medical insurance). */
@Directive('@shareable')
@Authorized(can('careRecords'))
@ObjectType({
  description:
    'A month of long-term care insurance care (长期护理保险) settled for an elder with one designated provider: the care form and the provider.',
})
export class LtciCareMonth {
  @Field({ description: 'Month of care settled, YYYY-MM.' })
  month: string;

  @Field(() => LtciCareForm, { description: 'Form of care paid for (护理形式).' })
  careForm: LtciCareForm;

  @Field(() => ID, { description: 'Unified social credit code of the designated provider paid for the care.' })
  providerCode: string;
}

/** A department's stock and occupancy of one of its bed kinds (defined the same in health and civil affairs); planner-only. */
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

/** Civil affairs' view of one of its beds (defined the same in civil affairs); planner-only. */
@Directive('@shareable')
@Directive('@inaccessible')
@Authorized(can('careRecords'))
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

/** One bed of an elder's journey through the five beds, whichever department keeps it. */
@Authorized(can('careRecords'))
@ObjectType({
  description:
    'One bed of an elder’s five-bed journey (五床联动): an institution stay, a family elder-care bed (civil affairs), a hospital stay, a home sickbed or a hospice stay (health), with the LTCI care form (medical insurance) that paid for it.',
})
export class FiveBedEpisode {
  @Field(() => FiveBedKind, { description: 'Kind of bed.' })
  kind: FiveBedKind;

  @Field(() => LocalDate, { description: 'Day the elder entered the bed (admission, or the day the bed was opened).' })
  startedOn: string;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Day the elder left it (discharge, or the day the bed was closed); null while in it. Occupied from startedOn up to the day before endedOn.',
  })
  endedOn: string | null;

  @Field(() => ID, {
    description:
      'Credit code of the facility: the elder-care institution (for a family bed, its operating institution 运营机构) or the medical institution.',
  })
  facilityCode: string;

  @Field(() => LtciCareForm, {
    nullable: true,
    description:
      'The long-term care insurance care form (护理形式) that paid for the bed: of the settlements with the facility as provider in a month the bed was occupied, the earliest month’s; null if LTCI paid for none of it.',
  })
  ltciCareForm: LtciCareForm | null;
}

/** Capacity and occupancy of one of the five beds in an area on a day. */
@Authorized(can('publicRecords'))
@ObjectType({
  description: `Capacity and occupancy of one of the five beds (五床) in an area on the period’s last day. ${SMALL_CELLS}`,
})
export class FiveBedCapacity {
  @Field(() => FiveBedKind, { description: 'Kind of bed.' })
  kind: FiveBedKind;

  @Field(() => Int, {
    nullable: true,
    description:
      'Beds available on the day; unit: beds. Elder-care beds: in service in institutions operating on the day. Medical and hospice beds: the medical institutions’ recorded stock (kept without dates: today’s). Family beds and home sickbeds exist only while in use: those open on the day (capacity = occupied, and withheld with it). Null when suppressed.',
  })
  capacity: number | null;

  @Field({ description: suppressedFlag('capacity') })
  capacitySuppressed: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'Beds occupied on the day (started on or before it and not ended by it); unit: beds, one elder each. Null when suppressed (1–4 for a caller not entitled to the care records).',
  })
  occupied: number | null;

  @Field({ description: suppressedFlag('occupied') })
  occupiedSuppressed: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'Occupancy in basis points (10,000 = 100%): occupied × 10,000 / capacity, rounded half up; null when the capacity is 0 or when suppressed with `occupied` (it would give it back).',
  })
  occupancyBasisPoints: number | null;

  @Field({ description: suppressedFlag('occupancyBasisPoints') })
  occupancyBasisPointsSuppressed: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Occupancy rate in basis points; the same value as occupancyBasisPoints.',
    deprecationReason: renamedForUnit('occupancyBasisPoints'),
  })
  occupancyRate: number | null;
}

/** One cell of the transfer matrix. */
@Authorized(can('publicRecords'))
@ObjectType({
  description: `Transfers (转介) from one kind of bed to another in a period: elders who left a bed of the first kind in the area and entered one of the second (anywhere) within the window. ${SMALL_CELLS}`,
})
export class FiveBedTransfer {
  @Field(() => FiveBedKind, { description: 'Kind of bed left.' })
  from: FiveBedKind;

  @Field(() => FiveBedKind, { description: 'Kind of the next bed entered.' })
  to: FiveBedKind;

  @Field(() => Int, {
    nullable: true,
    description:
      'Number of transfers; unit: bed episodes left. Null when suppressed: 1–4, or a cell withheld so that its row’s other cells and total do not give a withheld one back.',
  })
  count: number | null;

  @Field({ description: suppressedFlag('count') })
  countSuppressed: boolean;
}
