import { Authorized, Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import { suppressedFlag } from '../../shared/disclosure/disclosed-field';
import { RECORD_INPUTS_KEY } from '../../shared/indicators/indicator-record-inputs';
import { INDICATOR_VALUE_DESCRIPTION } from '../../shared/indicators/type-descriptions';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';
import type { AreaFigures } from './area-figures';
import { definitionOf, type CatalogueEntry, type Measure } from './indicator-catalogue';
import { IndicatorBreakdown } from './indicator-breakdown';
import { IndicatorDefinition } from './indicator-definition';
import { IndicatorComparator, IndicatorStatus, IndicatorUnit, TargetScope } from './indicator.enums';

/**
 * One indicator evaluated for the city or a district as of a day. An entity only so civil affairs can
 * add the records behind it (`records`); the joint meeting does not resolve it from its key. The
 * second key carries the joint meeting's reading of the indicator (`recordInputs`): civil affairs
 * keys its stub on it and lists its records from the reference, with nothing to `@requires`.
 */
@Directive('@key(fields: "code areaCode asOf")')
@Directive(`@key(fields: "${RECORD_INPUTS_KEY}")`)
@Authorized(can('publicRecords'))
@ObjectType({
  description: INDICATOR_VALUE_DESCRIPTION,
})
export class IndicatorValue {
  @Field(() => ID, { description: 'The indicator’s code (see `definition`).' })
  code: string;

  @Field(() => IndicatorDefinition, { description: 'The indicator as the documents state it.' })
  definition: IndicatorDefinition;

  @Field(() => ID, { description: 'The city (371000) or the district evaluated.' })
  areaCode: string;

  @Field(() => LocalDate, { description: 'The day it is evaluated as of.' })
  asOf: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'The numerator counted from the records (for a plain count, the count; for GROWTH, this year’s figure; money in fen); null with no data, or when suppressed (a count of 1–4 persons, or one the denominator would give back).',
  })
  numerator: number | null;

  @Field({ description: suppressedFlag('numerator') })
  numeratorSuppressed: boolean;

  @Field(() => Float, {
    nullable: true,
    description:
      'The denominator (elders, institutions, beds, streets …; for GROWTH, last year’s figure); null for a plain count, with no data, or when suppressed (1–4 persons).',
  })
  denominator: number | null;

  @Field({ description: suppressedFlag('denominator') })
  denominatorSuppressed: boolean;

  @Field(() => Float, {
    nullable: true,
    description:
      'The value in `unit`, rounded to 2 decimals (the status is decided on the exact fraction); null when the records give nothing to measure, or when suppressed with the numerator or the denominator (it would give them back).',
  })
  value: number | null;

  @Field({ description: suppressedFlag('value') })
  valueSuppressed: boolean;

  @Field(() => IndicatorUnit, {
    description: 'Unit of value and target (a city evaluated under an EVERY_DISTRICT target: PERCENT of districts).',
  })
  unit: IndicatorUnit;

  @Field(() => IndicatorComparator, { description: 'How value and target compare.' })
  comparator: IndicatorComparator;

  @Field(() => Float, {
    nullable: true,
    description:
      'The target that applies here, in `unit`; null where the target is the city’s alone (status CITY_TARGET_ONLY).',
  })
  target: number | null;

  @Field(() => LocalDate, { nullable: true, description: 'The deadline; null for a standing rule.' })
  deadline: string | null;

  @Field(() => IndicatorStatus, {
    description:
      'Met, not met (due on the deadline day itself), not yet due, no data (a department did not answer), not applicable (nothing to measure, e.g. a zero denominator), or (for a district) the target is the city’s alone; decided on the exact figures, suppressed or not (it tells the side of the target, not a count).',
  })
  status: IndicatorStatus;

  @Field(() => [IndicatorBreakdown], {
    description:
      'Parts of the numerator shown beside it, over the same denominator (e.g. measure 16 per insurance scheme, a training goal’s completions within its own year); empty where the indicator has none, or with no data.',
  })
  breakdowns: IndicatorBreakdown[];

  /** The figures it was computed from, for listing the records behind it. */
  figures: AreaFigures;
}

const SCALE: Partial<Record<IndicatorUnit, number>> = {
  [IndicatorUnit.PERCENT]: 100,
  [IndicatorUnit.PER_THOUSAND_ELDERS]: 1000,
  [IndicatorUnit.PER_TEN_THOUSAND_ELDERS]: 10_000,
};

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The value of a measure in a unit: a ratio scaled to it, a year-on-year change, or a plain count. */
function valueOf(measure: Measure, unit: IndicatorUnit, comparator: IndicatorComparator): number | null {
  const { numerator, denominator } = measure;
  if (denominator === null) return numerator;
  if (denominator === 0) return null;
  if (comparator === IndicatorComparator.GROWTH) return ((numerator - denominator) * 100) / denominator;
  return (numerator * (SCALE[unit] ?? 1)) / denominator;
}

/** Whether a measure reaches its target, decided on integers (numerator × scale against target × denominator), never on a rounded value. */
function reaches(measure: Measure, unit: IndicatorUnit, comparator: IndicatorComparator, target: number): boolean {
  const { numerator, denominator } = measure;
  if (comparator === IndicatorComparator.GROWTH) return denominator !== null && numerator > denominator;
  if (denominator === null) return numerator >= target;
  return numerator * (SCALE[unit] ?? 1) >= target * denominator;
}

/** The parts of a measure's numerator the entry shows, each over the measure's denominator in its unit. */
function breakdownsOf(entry: CatalogueEntry, figures: AreaFigures, measure: Measure, unit: IndicatorUnit) {
  return (entry.breakdowns?.(figures) ?? []).map(({ key, label, numerator }) => {
    const value = valueOf({ numerator, denominator: measure.denominator }, unit, entry.comparator);
    return Object.assign(new IndicatorBreakdown(), {
      key,
      label,
      numerator,
      numeratorSuppressed: false,
      denominator: measure.denominator,
      denominatorSuppressed: false,
      value: value === null ? null : round2(value),
      valueSuppressed: false,
    });
  });
}

/** Each entry's definition, built once: the catalogue is fixed while the process runs, and a series evaluates every entry for hundreds of area-days. */
const DEFINITIONS = new WeakMap<CatalogueEntry, IndicatorDefinition>();
function definitionOnce(entry: CatalogueEntry): IndicatorDefinition {
  let definition = DEFINITIONS.get(entry);
  if (!definition) DEFINITIONS.set(entry, (definition = definitionOf(entry)));
  return definition;
}

/**
 * Evaluates one catalogue entry for an area on a day, under the scope of its target; `unavailable`
 * when a department its formula reads did not deliver its figures (NO_DATA rather than a wrong value),
 * told apart from records that answer with nothing to measure (NOT_APPLICABLE).
 */
export function evaluateIndicator(entry: CatalogueEntry, figures: AreaFigures, unavailable = false): IndicatorValue {
  const cityOfDistricts = entry.scope === TargetScope.EVERY_DISTRICT && figures.level === 'CITY';
  const districtOfCity = entry.scope === TargetScope.CITY && figures.level === 'DISTRICT';
  const unit = cityOfDistricts ? IndicatorUnit.PERCENT : entry.unit;
  const target = districtOfCity ? null : cityOfDistricts ? 100 : entry.target;
  const measure = unavailable ? null : cityOfDistricts ? entry.cityMeasure!(figures) : entry.measure(figures);
  const value = measure && valueOf(measure, unit, entry.comparator);

  let status: IndicatorStatus;
  if (unavailable) status = IndicatorStatus.NO_DATA;
  else if (!measure || value === null) status = IndicatorStatus.NOT_APPLICABLE;
  else if (target === null) status = IndicatorStatus.CITY_TARGET_ONLY;
  else if (reaches(measure, unit, entry.comparator, target)) status = IndicatorStatus.MET;
  // Due on the deadline day itself: a target “by the end of 2025” (2025年底前) has missed on 2025-12-31.
  else status = entry.deadline && figures.asOf < entry.deadline ? IndicatorStatus.NOT_YET_DUE : IndicatorStatus.NOT_MET;

  return Object.assign(new IndicatorValue(), {
    code: entry.code,
    definition: definitionOnce(entry),
    areaCode: figures.areaCode,
    asOf: figures.asOf,
    numerator: measure?.numerator ?? null,
    numeratorSuppressed: false,
    denominator: measure?.denominator ?? null,
    denominatorSuppressed: false,
    value: value === null ? null : round2(value),
    valueSuppressed: false,
    unit,
    comparator: entry.comparator,
    target,
    deadline: entry.deadline,
    status,
    breakdowns: measure && !cityOfDistricts ? breakdownsOf(entry, figures, measure, unit) : [],
    figures,
  });
}
