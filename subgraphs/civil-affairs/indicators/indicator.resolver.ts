import { Arg, Authorized, Ctx, Directive, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { checkAreaOnDateKey } from '../../shared/areas/area-on-date';
import { allows } from '../../shared/auth/auth-checker';
import { BadUserInputError, ForbiddenError } from '../../shared/errors/errors';
import { isSmallCell } from '../../shared/disclosure/small-cells';
import { checkedPage, PageInput, PageOf } from '../../shared/paging/page';
import { LocalDate } from '../../shared/schema/local-date';
import { WEIHAI_CITY } from '../../shared/seed/weihai';
import { todayIso } from '../../shared/time/today';
import { can, civilAffairsPolicy } from '../access-policy';
import { Area } from '../area/area.entity';
import { AreaLevel } from '../area/area-level.enum';
import type { CivilAffairsContext } from '../context';
import { areaFigures, missingDepartments } from './area-figures.assemble';
import { AreaOnDate, REQUIRED_FIGURES } from './area-on-date.entity';
import { definitionOf, INDICATOR_CATALOGUE, INDICATOR_CODES } from './indicator-catalogue';
import { IndicatorDefinition } from './indicator-definition';
import { IndicatorRecordKind } from './indicator.enums';
import { IndicatorRecord } from './indicator-record';
import { type CountedPersons, seesExactly, withholdSmallCells } from './indicator-disclosure';
import { evaluateIndicator, IndicatorValue } from './indicator-value';

@ObjectType({ description: 'A page of the records behind an indicator’s figure.' })
export class IndicatorRecordPage extends PageOf(
  IndicatorRecord,
  'A page of the records behind an indicator’s figure.',
) {}

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
  async indicatorAreas(
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
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<AreaOnDate[]> {
    const day = asOf ?? todayIso();
    const districts = (
      await dataSource
        .getRepository(Area)
        .find({ where: { level: AreaLevel.DISTRICT }, select: { code: true }, order: { code: 'ASC' } })
    ).map(({ code }) => code);
    const codes = areaCodes ?? [WEIHAI_CITY.code, ...districts];
    for (const code of codes) {
      checkAreaOnDateKey({ areaCode: code, asOf: day });
      if (code !== WEIHAI_CITY.code && !districts.includes(code))
        throw new BadUserInputError('areaCodes', `${code} is not a district of Weihai`);
    }
    return [...new Set(codes)].map((areaCode) => Object.assign(new AreaOnDate(), { areaCode, asOf: day }));
  }

  @FieldResolver(() => Area, { description: 'The area itself (name, level, pilot flag).' })
  async area(@Root() root: AreaOnDate, @Ctx() { loaders }: CivilAffairsContext): Promise<Area> {
    return (await loaders.areaByCode.load(root.areaCode))!;
  }

  @Directive(`@requires(fields: "${REQUIRED_FIGURES.join(' ')}")`)
  @FieldResolver(() => [IndicatorValue], {
    nullable: true,
    description:
      'Every indicator (or those asked) evaluated for the area as of the day, in catalogue order: civil affairs’ own counts with the other departments’ figures above. An indicator whose department did not answer shows NO_DATA. Counts of 1–4 persons are withheld from callers not entitled to the persons’ records (see IndicatorValue).',
  })
  async indicators(
    @Root() root: AreaOnDate,
    @Arg('codes', () => [ID], {
      nullable: true,
      description: 'Only these indicators (codes of `indicatorDefinitions`).',
    })
    codes: string[] | undefined,
    @Ctx() context: CivilAffairsContext,
  ): Promise<IndicatorValue[]> {
    const entries = entriesFor(codes);
    const figures = await areaFigures(root, context);
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

/** The records behind an evaluated indicator. */
@Authorized(can('publicRecords'))
@Resolver(() => IndicatorValue)
export class IndicatorValueResolver {
  @FieldResolver(() => IndicatorRecordPage, {
    description:
      'The records behind the figure (see the definition’s `recordKind`): e.g. the institutions not medical-care integrated (`counted: false`), the districts under 55%. Elders are listed only to civil affairs’ own system (casework), and each listing is audited; another department’s persons are not listed (empty).',
  })
  async records(
    @Root() value: IndicatorValue,
    @Arg('counted', () => Boolean, {
      nullable: true,
      description:
        'Only records that count towards the numerator (true) or only those that do not (false); both if omitted.',
    })
    counted: boolean | undefined,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page.' }) page: PageInput | undefined,
    @Ctx() context: CivilAffairsContext,
  ): Promise<IndicatorRecordPage> {
    const { offset, limit, after } = checkedPage(page, context.config.maxPageSize);
    // The records behind one figure are a bounded list computed per request: offsets are enough.
    if (after) throw new BadUserInputError('page.after', 'is not offered here: page the records by offset');
    const entry = INDICATOR_CATALOGUE.find((candidate) => candidate.code === value.code)!;
    if (
      entry.recordKind === IndicatorRecordKind.ELDER &&
      !allows(context.caller!, civilAffairsPolicy.rules.casework, civilAffairsPolicy.owner, context.composedByGateway)
    )
      throw new ForbiddenError();
    const found = await context.loaders.indicatorRecords.list(entry, value.figures, {
      counted: counted ?? null,
      offset,
      limit,
    });
    for (const item of found.items)
      if (item.kind === IndicatorRecordKind.ELDER) context.audit.noteRead(item, 'records');
    // A district listed with its count of the indicator's persons (I10: family beds) is a small cell like any other.
    const persons = entry.persons?.numerator;
    const withholdSmall = persons !== undefined && !seesExactly(context.caller!, persons);
    const items = found.items.map((item) => {
      const suppressed =
        withholdSmall && item.kind === IndicatorRecordKind.AREA && item.value !== null && isSmallCell(item.value);
      return Object.assign(item, { value: suppressed ? null : item.value, valueSuppressed: suppressed });
    });
    return Object.assign(new IndicatorRecordPage(), {
      ...found,
      items,
      offset,
      limit,
      endCursor: null,
      hasNextPage: offset + items.length < found.total,
    });
  }
}
