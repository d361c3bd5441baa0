import { GraphQLError } from 'graphql';
import { Arg, Authorized, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { disclosedFields } from '../../shared/disclosure/disclosed-field';
import { FIVE_BED_KINDS } from '../../shared/five-bed/five-bed-kind.enum';
import { checkFiveBedLinkageKey, DEFAULT_WINDOW_DAYS } from '../../shared/five-bed/linkage-key';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';
import { FIVE_BED_PILOT_DISTRICTS } from '../../shared/seed/weihai';
import { Area, areaStub } from '../area/area.stub';
import type { JointMeetingContext } from '../context';
import { FiveBedLinkage } from './five-bed-linkage.entity';
import { FiveBedCapacity, FiveBedTransfer } from './five-bed.types';
import { disclosedBedFigures } from './linkage-disclosure';
import { linkageFiguresOf, REQUIRES_EPISODES, seesExactLinkageCounts } from './linkage-figures';

/** The per-area view of the five-bed pilot: aggregates only, open to analysts. */
@Authorized(can('publicRecords'))
@Resolver(() => FiveBedLinkage)
export class FiveBedLinkageResolver {
  @Query(() => FiveBedLinkage, {
    description:
      'The five-bed linkage (五床联动) of the city or a district over a period: the five beds’ capacity and occupancy on its last day, the transfers between them and the days from hospital discharge to the next bed.',
  })
  fiveBedLinkage(
    @Arg('areaCode', () => ID, { description: 'The city (371000) or a district, e.g. 371083 for 乳山市.' })
    areaCode: string,
    @Arg('from', () => LocalDate, {
      nullable: true,
      description: 'First day of the period; the first day of the last full quarter before today if omitted.',
    })
    from: string | undefined,
    @Arg('to', () => LocalDate, {
      nullable: true,
      description:
        'Last day of the period, not in the future; the last day of the last full quarter before today if omitted.',
    })
    to: string | undefined,
    @Arg('windowDays', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_WINDOW_DAYS,
      description: 'A next bed entered at most this many days after leaving a bed counts as a transfer: 1–365.',
    })
    windowDays: number | undefined,
  ): FiveBedLinkage {
    return Object.assign(new FiveBedLinkage(), checkFiveBedLinkageKey({ areaCode, from, to, windowDays }));
  }

  @FieldResolver(() => Area, { nullable: true, description: 'The area.' })
  area(@Root() linkage: FiveBedLinkage): Area {
    return areaStub(linkage.areaCode);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the area is a pilot district of the five-bed linkage (五床联动试点: 环翠区, 乳山市); false for the city.',
  })
  pilot(@Root() linkage: FiveBedLinkage): boolean {
    // The pilot districts the joint meeting designated; civil affairs' areas carry the same flag.
    return FIVE_BED_PILOT_DISTRICTS.includes(linkage.areaCode);
  }

  @Directive(
    '@requires(fields: "civilAffairsBedCounts { kind capacity occupied } healthBedCounts { kind capacity occupied }")',
  )
  @FieldResolver(() => [FiveBedCapacity], {
    nullable: true,
    description:
      'Capacity and occupancy of each of the five beds in the area on the period’s last day, in enum order. A bed counts where it stands: the institution’s or medical institution’s district, the elder’s home district for family beds and home sickbeds. Occupancy of 1–4 elders is withheld from callers not entitled to the care records.',
  })
  beds(@Root() linkage: FiveBedLinkage, @Ctx() context: JointMeetingContext): FiveBedCapacity[] {
    if (!linkage.civilAffairsBedCounts) throw new GraphQLError('civil affairs’ bed figures did not arrive');
    if (!linkage.healthBedCounts) throw new GraphQLError('health’s bed figures did not arrive');
    const figures = [...linkage.civilAffairsBedCounts, ...linkage.healthBedCounts];
    const exact = seesExactLinkageCounts(context);
    return FIVE_BED_KINDS.map((kind) => {
      const { capacity, occupied } = figures.find((figure) => figure.kind === kind) ?? { capacity: 0, occupied: 0 };
      const disclosed = disclosedBedFigures(kind, capacity, occupied, exact);
      return Object.assign(new FiveBedCapacity(), {
        kind,
        ...disclosedFields('capacity', disclosed.capacity),
        ...disclosedFields('occupied', disclosed.occupied),
        ...disclosedFields('occupancyBasisPoints', disclosed.occupancyBasisPoints),
        occupancyRate: disclosed.occupancyBasisPoints.value,
      });
    });
  }

  @Directive(REQUIRES_EPISODES)
  @FieldResolver(() => [FiveBedTransfer], {
    nullable: true,
    description:
      'The transfer matrix: for every bed left in the period in the area (not by death), the same elder’s next bed — of any kind, anywhere — entered on or after the day left and at most `windowDays` days later (the first such) counts one transfer. Every pair with a count above 0, in enum order of the bed left, then of the next bed; a withheld count is listed with its flag.',
  })
  transfers(@Root() linkage: FiveBedLinkage, @Ctx() context: JointMeetingContext): FiveBedTransfer[] {
    return linkageFiguresOf(linkage, context).transfers.map(({ from, to, count }) =>
      Object.assign(new FiveBedTransfer(), { from, to, ...disclosedFields('count', count) }),
    );
  }
}
