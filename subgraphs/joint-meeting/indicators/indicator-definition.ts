import { Authorized, Field, Float, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';
import {
  HubDepartment,
  IndicatorComparator,
  IndicatorRecordKind,
  IndicatorSource,
  IndicatorUnit,
  TargetScope,
} from './indicator.enums';

/** One indicator of the plan or one dated target of the measures, as the documents state it. */
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'An indicator of the 14th Five-Year Plan (发展指标) or a dated quantitative target of the plan or the 2025 measures, as the documents state it.',
})
export class IndicatorDefinition {
  @Field(() => ID, {
    description:
      'Stable code: I01–I13 the plan’s 13 indicators in its numbering; M<n>… a target of measure n of the 2025 measures; P-… a dated target elsewhere in the plan.',
  })
  code: string;

  @Field({ description: 'Name in the document’s words (Chinese).' })
  nameZh: string;

  @Field({ description: 'Name in English.' })
  nameEn: string;

  @Field(() => IndicatorSource, { description: 'The document it comes from.' })
  source: IndicatorSource;

  @Field({
    description: 'Where in the document: the indicator table’s row or the measure’s number, with the words quoted.',
  })
  clause: string;

  @Field({ description: 'How the hub computes the value, and from which department’s records.' })
  formula: string;

  @Field(() => [HubDepartment], {
    description: 'The hub departments whose records the formula reads, each through its own subgraph.',
  })
  dataFrom: HubDepartment[];

  @Field(() => [String], {
    description:
      'Lead department(s) (牵头/负责): as the 2025 measure acting on the target names them (see `departmentsClause`), or the hub’s own attribution where neither document names one.',
  })
  leadDepartments: string[];

  @Field(() => [String], {
    description: 'Cooperating departments (配合), named the same way as the leads; empty if none.',
  })
  cooperatingDepartments: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'The clause naming the lead and cooperating departments: the 2025 measure that acts on the target (for a plan indicator, the measure taking it up), quoted. Null where neither document names a department (the plan names none): the attribution is then the hub’s own, by the department whose records and remit the target concerns.',
  })
  departmentsClause: string | null;

  @Field(() => IndicatorUnit, {
    description:
      'Unit of the value and the target (for a district under an EVERY_DISTRICT target, see the value’s own unit).',
  })
  unit: IndicatorUnit;

  @Field(() => IndicatorComparator, { description: 'How the value is compared with the target.' })
  comparator: IndicatorComparator;

  @Field(() => Float, { description: 'Target value in the unit (for GROWTH: 0, i.e. any year-on-year increase).' })
  target: number;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Deadline (the last day of the year the document names); null where the document sets a standing rule without a date.',
  })
  deadline: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The 2020 actual value (2020年底实际值) where the plan gives one, in the unit.',
  })
  baseline2020: number | null;

  @Field(() => TargetScope, {
    description: 'Whether the target applies to every district and the city, the city’s total, or each district.',
  })
  scope: TargetScope;

  @Field(() => IndicatorRecordKind, {
    nullable: true,
    description:
      'The kind of record that can be listed behind the figure; null where the records are another department’s persons (their aggregates are all the hub shares).',
  })
  recordKind: IndicatorRecordKind | null;
}
