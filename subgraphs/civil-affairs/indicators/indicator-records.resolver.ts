import { GraphQLError } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { allows } from '../../shared/auth/auth-checker';
import { isSmallCell, seesExactCounts } from '../../shared/disclosure/small-cells';
import { BadUserInputError, ForbiddenError } from '../../shared/errors/errors';
import { IndicatorRecordKind } from '../../shared/indicators/indicator-record-kind.enum';
import { checkedPage, PageInput, PageOf } from '../../shared/paging/page';
import { can, civilAffairsPolicy } from '../access-policy';
import type { CivilAffairsContext } from '../context';
import { IndicatorRecord } from './indicator-record';
import { IndicatorValue } from './indicator-value.stub';

@ObjectType({ description: 'A page of the records behind an indicator’s figure.' })
export class IndicatorRecordPage extends PageOf(
  IndicatorRecord,
  'A page of the records behind an indicator’s figure.',
) {}

/** Whether a rule name the joint meeting handed over is one of civil affairs' sharing rules. */
const isRule = (name: string): name is keyof typeof civilAffairsPolicy.rules =>
  Object.prototype.hasOwnProperty.call(civilAffairsPolicy.rules, name);

/** The records behind an evaluated indicator: civil affairs' own, listed as its sharing table allows. */
@Authorized(can('publicRecords'))
@Resolver(() => IndicatorValue)
export class IndicatorRecordsResolver {
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
    const inputs = value.recordInputs;
    if (!inputs) throw new GraphQLError('the joint meeting’s reading of the indicator did not arrive with its key');
    if (
      inputs.recordKind === IndicatorRecordKind.ELDER &&
      !allows(context.caller!, civilAffairsPolicy.rules.casework, civilAffairsPolicy.owner, context.composedByGateway)
    )
      throw new ForbiddenError();
    const found = await context.loaders.indicatorRecords.list(
      { ...inputs, code: value.code, areaCode: value.areaCode, asOf: value.asOf },
      { counted: counted ?? null, offset, limit },
    );
    for (const item of found.items)
      if (item.kind === IndicatorRecordKind.ELDER) context.audit.noteRead(item, 'records');
    // A district listed with its count of the indicator's persons (I10: family beds) is a small cell like any other.
    const rule = inputs.numeratorRule;
    const withholdSmall =
      rule !== null &&
      isRule(rule) &&
      !seesExactCounts(context.caller!, civilAffairsPolicy.rules[rule], civilAffairsPolicy.owner);
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
