import { Arg, Authorized, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { checkAreaOnDateKey } from '../../shared/areas/area-on-date';
import { BadUserInputError } from '../../shared/errors/errors';
import { IndicatorRecordInputs } from '../../shared/indicators/indicator-record-inputs';
import { LocalDate } from '../../shared/schema/local-date';
import { DISTRICTS, WEIHAI_CITY } from '../../shared/seed/weihai';
import { todayIso } from '../../shared/time/today';
import { can } from '../access-policy';
import { Area, areaStub } from '../area/area.stub';
import type { JointMeetingContext } from '../context';
import { areaFigures, missingDepartments } from './area-figures.assemble';
import { AreaOnDate, REQUIRED_SELECTION } from './area-on-date.entity';
import { definitionOf, entryOf, INDICATOR_CATALOGUE, INDICATOR_CODES } from './indicator-catalogue';
import { IndicatorDefinition } from './indicator-definition';
import { type CountedPersons, seesExactly, withholdSmallCells } from './indicator-disclosure';
import { recordInputsOf } from './indicator-record-inputs';
import { seriesDays } from '../../shared/time/series-days';
import { evaluateIndicator, IndicatorValue } from './indicator-value';

/** The areas asked (the city and every district if none) on each day, area by area, checked. */
function areasOnDays(areaCodes: string[] | undefined, days: string[]): AreaOnDate[] {
  const districts = DISTRICTS.map(({ code }) => code).sort();
  const codes = [...new Set(areaCodes ?? [WEIHAI_CITY.code, ...districts])];
  for (const code of codes) {
    if (code !== WEIHAI_CITY.code && !districts.includes(code))
      throw new BadUserInputError('areaCodes', `${code} is not a district of Weihai`);
    for (const asOf of days) checkAreaOnDateKey({ areaCode: code, asOf });
  }
  return codes.flatMap((areaCode) => days.map((asOf) => Object.assign(new AreaOnDate(), { areaCode, asOf })));
}

/** Picks catalogue entries by code, refusing codes that are not in it. */
function entriesFor(codes: string[] | undefined) {
  if (!codes) return INDICATOR_CATALOGUE;
  const unknown = codes.filter((code) => !INDICATOR_CODES.includes(code));
  if (unknown.length)
    throw new BadUserInputError(
      'codes',
      `unknown indicator codes: ${unknown.join(', ')} (known: ${INDICATOR_CODES.join(', ')})`,
    );
  return INDICATOR_CATALOGUE.filter((entry) => codes.includes(entry.code));
}

/** The joint meeting's view: the indicators of the city and every district as of a day. */
@Authorized(can('publicRecords'))
@Resolver(() => AreaOnDate)
export class AreaOnDateResolver {
  @Query(() => [IndicatorDefinition], {
    description:
      'The indicators of the 14th Five-Year Plan and the dated quantitative targets of the plan and the 2025 measures, as the documents state them, in catalogue order.',
  })
  indicatorDefinitions(): IndicatorDefinition[] {
    return INDICATOR_CATALOGUE.map(definitionOf);
  }

  @Query(() => [AreaOnDate], {
    description:
      'The city and its districts (or the areas asked) as of a day, for the joint meeting’s indicators: `indicatorAreas { area { name } indicators { code value target status } }` answers for all of them in one request.',
  })
  indicatorAreas(
    @Arg('asOf', () => LocalDate, {
      nullable: true,
      description: 'The day the figures are as of; today (China Standard Time) if omitted. Not in the future.',
    })
    asOf: string | undefined,
    @Arg('areaCodes', () => [ID], {
      nullable: true,
      description: 'The city (371000) and/or districts; the city and every district, in code order, if omitted.',
    })
    areaCodes: string[] | undefined,
  ): AreaOnDate[] {
    return areasOnDays(areaCodes, [asOf ?? todayIso()]);
  }

  @Query(() => [AreaOnDate], {
    description:
      'An indicator series (趋势): the city and its districts (or the areas asked) at each month end from `from` to `to`, and on `to` itself when it is not a month end, ordered by area then day — `indicatorSeries(from: "2024-01-01", to: "2025-12-31") { areaCode asOf indicators(codes: ["I01"]) { value status } }` reads two years in one request, every day’s figures fetched from each department together. At most 60 days.',
  })
  indicatorSeries(
    @Arg('from', () => LocalDate, {
      description: 'First day of the series (its first point is the first month end on or after it).',
    })
    from: string,
    @Arg('to', () => LocalDate, {
      nullable: true,
      description: 'Last day of the series; today (China Standard Time) if omitted. Not in the future.',
    })
    to: string | undefined,
    @Arg('areaCodes', () => [ID], {
      nullable: true,
      description: 'The city (371000) and/or districts; the city and every district, in code order, if omitted.',
    })
    areaCodes: string[] | undefined,
  ): AreaOnDate[] {
    return areasOnDays(areaCodes, seriesDays(from, to ?? todayIso()));
  }

  @FieldResolver(() => Area, { description: 'The area itself (name, level, pilot flag).' })
  area(@Root() root: AreaOnDate): Area {
    return areaStub(root.areaCode);
  }

  @Directive(`@requires(fields: "${REQUIRED_SELECTION}")`)
  @FieldResolver(() => [IndicatorValue], {
    nullable: true,
    description:
      'Every indicator (or those asked) evaluated for the area as of the day, in catalogue order, from every department’s figures above. An indicator whose department did not answer shows NO_DATA. Counts of 1–4 persons are withheld from callers not entitled to the persons’ records (see IndicatorValue).',
  })
  indicators(
    @Root() root: AreaOnDate,
    @Arg('codes', () => [ID], {
      nullable: true,
      description: 'Only these indicators (codes of `indicatorDefinitions`).',
    })
    codes: string[] | undefined,
    @Ctx() context: JointMeetingContext,
  ): IndicatorValue[] {
    const entries = entriesFor(codes);
    const figures = areaFigures(root);
    const missing = missingDepartments(root);
    if (missing.size)
      context.log.warn('indicators computed without some departments’ figures', {
        areaCode: root.areaCode,
        asOf: root.asOf,
        missing: [...missing],
      });
    const sees = (persons: CountedPersons) => seesExactly(context.caller!, persons);
    return entries.map((entry) =>
      withholdSmallCells(
        evaluateIndicator(
          entry,
          figures,
          entry.dataFrom.some((department) => missing.has(department)),
        ),
        entry.persons,
        sees,
      ),
    );
  }
}

/** What civil affairs needs to list the records behind an evaluated indicator (part of the key its `records` hang on). */
@Authorized(can('publicRecords'))
@Resolver(() => IndicatorValue)
export class IndicatorValueResolver {
  @Authorized(can('recordInputs'))
  @Directive('@inaccessible')
  @FieldResolver(() => IndicatorRecordInputs, {
    nullable: true,
    description:
      'The catalogue’s reading of the indicator (record kind, target, whose persons the numerator counts) and the codes another department handed over for it, for civil affairs to list the records behind it. Not in the public API.',
  })
  recordInputs(@Root() value: IndicatorValue): IndicatorRecordInputs {
    return recordInputsOf(entryOf(value.code), value.figures);
  }
}
