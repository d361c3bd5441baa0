import { GraphQLError } from 'graphql';
import { Arg, Authorized, Ctx, Directive, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { FIVE_BED_KINDS } from '../../shared/five-bed/five-bed-kind.enum';
import { checkFiveBedLinkageKey, DEFAULT_WINDOW_DAYS, linkKeyOf } from '../../shared/five-bed/linkage-key';
import { unpackEpisodes } from '../../shared/five-bed/linked-episodes';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';
import { Area } from '../area/area.entity';
import type { CivilAffairsContext } from '../context';
import { FiveBedLinkage } from './five-bed-linkage.entity';
import { FiveBedCapacity, FiveBedTransfer } from './five-bed.types';
import { linkEpisodes, type LinkageEpisode, type LinkageFigures } from './linkage';

const REQUIRES_EPISODES = '@requires(fields: "linkedBedEpisodes")';

/** The linkage figures of one FiveBedLinkage object, computed once for all the fields that read them. */
const computed = new WeakMap<FiveBedLinkage, Promise<LinkageFigures>>();

/**
 * Links civil affairs' episodes with health's. This is the one place the hub combines episodes
 * rather than aggregates: a transfer is a join of two departments' records (a hospital discharge,
 * then an institution bed). Neither side hands over person keys — both pseudonymise with the same
 * keyed hash of person key and linkage key — and only counts and gap percentiles leave here.
 */
function figuresOf(linkage: FiveBedLinkage, { loaders, config }: CivilAffairsContext): Promise<LinkageFigures> {
  let figures = computed.get(linkage);
  if (!figures) {
    if (linkage.linkedBedEpisodes === undefined || linkage.linkedBedEpisodes === null)
      throw new GraphQLError('health’s bed episodes did not arrive: the linkage cannot be computed without them');
    const { from, to, windowDays } = linkage;
    figures = loaders.civilLinkageEpisodesByArea
      .load({ key: linkage.areaCode, args: { from, to, windowDays } })
      .then((civil) => {
        const own: LinkageEpisode[] = civil.map(({ personKey, ...episode }) => ({
          ...episode,
          linkKey: linkKeyOf(personKey, linkage, config.personKeySecret),
        }));
        return linkEpisodes([...own, ...unpackEpisodes(linkage.linkedBedEpisodes)], linkage);
      });
    computed.set(linkage, figures);
  }
  return figures;
}

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
  area(@Root() linkage: FiveBedLinkage, @Ctx() { loaders }: CivilAffairsContext): Promise<Area | null> {
    return loaders.areaByCode.load(linkage.areaCode);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the area is a pilot district of the five-bed linkage (五床联动试点: 环翠区, 乳山市); false for the city.',
  })
  async pilot(@Root() linkage: FiveBedLinkage, @Ctx() { loaders }: CivilAffairsContext): Promise<boolean> {
    return (await loaders.areaByCode.load(linkage.areaCode))?.fiveBedPilot ?? false;
  }

  @Directive('@requires(fields: "healthBedCounts { kind capacity occupied }")')
  @FieldResolver(() => [FiveBedCapacity], {
    description:
      'Capacity and occupancy of each of the five beds in the area on the period’s last day, in enum order. A bed counts where it stands: the institution’s or medical institution’s district, the elder’s home district for family beds and home sickbeds.',
  })
  async beds(@Root() linkage: FiveBedLinkage, @Ctx() { loaders }: CivilAffairsContext): Promise<FiveBedCapacity[]> {
    if (!linkage.healthBedCounts) throw new GraphQLError('health’s bed figures did not arrive');
    const figures = [
      ...(await loaders.civilBedFiguresByArea.load({ key: linkage.areaCode, args: linkage.to })),
      ...linkage.healthBedCounts,
    ];
    return FIVE_BED_KINDS.map((kind) => {
      const { capacity, occupied } = figures.find((figure) => figure.kind === kind) ?? { capacity: 0, occupied: 0 };
      const occupancyBasisPoints = capacity > 0 ? Math.round((occupied * 10_000) / capacity) : null;
      return Object.assign(new FiveBedCapacity(), {
        kind,
        capacity,
        occupied,
        occupancyBasisPoints,
        occupancyRate: occupancyBasisPoints,
      });
    });
  }

  @Directive(REQUIRES_EPISODES)
  @FieldResolver(() => [FiveBedTransfer], {
    description:
      'The transfer matrix: for every bed left in the period in the area (not by death), the same elder’s next bed — of any kind, anywhere — entered on or after the day left and at most `windowDays` days later (the first such) counts one transfer. Every pair with a count above 0, in enum order of the bed left, then of the next bed.',
  })
  async transfers(@Root() linkage: FiveBedLinkage, @Ctx() context: CivilAffairsContext): Promise<FiveBedTransfer[]> {
    return (await figuresOf(linkage, context)).transfers.map((cell) => Object.assign(new FiveBedTransfer(), cell));
  }

  @Directive(REQUIRES_EPISODES)
  @FieldResolver(() => Int, {
    description:
      'Hospital discharges (医疗床位 left) in the period from medical institutions in the area, discharges by death excluded; unit: discharges.',
  })
  async hospitalDischarges(@Root() linkage: FiveBedLinkage, @Ctx() context: CivilAffairsContext): Promise<number> {
    return (await figuresOf(linkage, context)).hospitalDischarges;
  }

  @Directive(REQUIRES_EPISODES)
  @FieldResolver(() => Int, {
    description: 'Of those, discharges followed by a next bed within the window; unit: discharges.',
  })
  async hospitalDischargesWithNextBed(
    @Root() linkage: FiveBedLinkage,
    @Ctx() context: CivilAffairsContext,
  ): Promise<number> {
    return (await figuresOf(linkage, context)).hospitalDischargesWithNextBed;
  }

  @Directive(REQUIRES_EPISODES)
  @FieldResolver(() => Int, {
    description:
      'Of those, discharges with no next bed within the window — the gaps the pilot exists to close; unit: discharges. Discharges near the period’s end are counted as the records stand today.',
  })
  async hospitalDischargesWithoutNextBed(
    @Root() linkage: FiveBedLinkage,
    @Ctx() context: CivilAffairsContext,
  ): Promise<number> {
    return (await figuresOf(linkage, context)).hospitalDischargesWithoutNextBed;
  }

  @Directive(REQUIRES_EPISODES)
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Median days from a hospital discharge (in the period, in the area) to the next bed within the window, by linear interpolation between closest ranks, one decimal; unit: days. Null if no discharge had a next bed.',
  })
  async medianDaysToNextBed(
    @Root() linkage: FiveBedLinkage,
    @Ctx() context: CivilAffairsContext,
  ): Promise<number | null> {
    return (await figuresOf(linkage, context)).medianDaysToNextBed;
  }

  @Directive(REQUIRES_EPISODES)
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      '90th percentile of the same days, by linear interpolation between closest ranks, one decimal; unit: days. Null if no discharge had a next bed.',
  })
  async p90DaysToNextBed(@Root() linkage: FiveBedLinkage, @Ctx() context: CivilAffairsContext): Promise<number | null> {
    return (await figuresOf(linkage, context)).p90DaysToNextBed;
  }
}
