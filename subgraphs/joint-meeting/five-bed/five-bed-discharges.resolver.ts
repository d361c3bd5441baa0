import { Authorized, Ctx, Directive, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import { suppressedFlag } from '../../shared/disclosure/disclosed-field';
import { can } from '../access-policy';
import type { JointMeetingContext } from '../context';
import { FiveBedLinkage } from './five-bed-linkage.entity';
import type { DisclosedLinkageFigures } from './linkage-disclosure';
import { linkageFiguresOf, REQUIRES_EPISODES } from './linkage-figures';

type Figure = Exclude<keyof DisclosedLinkageFigures, 'transfers'>;

/** The figure's value and its small-cell flag, from the linkage's figures as the caller may see them. */
const valueOf = (figure: Figure, linkage: FiveBedLinkage, context: JointMeetingContext) =>
  linkageFiguresOf(linkage, context)[figure].value;
const suppressed = (figure: Figure, linkage: FiveBedLinkage, context: JointMeetingContext) =>
  linkageFiguresOf(linkage, context)[figure].suppressed;

/** The five-bed pilot's gaps: hospital discharges with and without a next bed, and the days to it. */
@Authorized(can('publicRecords'))
@Resolver(() => FiveBedLinkage)
export class FiveBedDischargesResolver {
  @Directive(REQUIRES_EPISODES)
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Hospital discharges (医疗床位 left) in the period from medical institutions in the area, discharges by death excluded; unit: discharges. Null when suppressed (1–4).',
  })
  hospitalDischarges(@Root() linkage: FiveBedLinkage, @Ctx() context: JointMeetingContext): number | null {
    return valueOf('hospitalDischarges', linkage, context);
  }

  @Directive(REQUIRES_EPISODES)
  @FieldResolver(() => Boolean, { nullable: true, description: suppressedFlag('hospitalDischarges') })
  hospitalDischargesSuppressed(@Root() linkage: FiveBedLinkage, @Ctx() context: JointMeetingContext): boolean {
    return suppressed('hospitalDischarges', linkage, context);
  }

  @Directive(REQUIRES_EPISODES)
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Of those, discharges followed by a next bed within the window; unit: discharges. Null when suppressed: 1–4, or withheld with the discharges without one (the total minus one gives the other back).',
  })
  hospitalDischargesWithNextBed(@Root() linkage: FiveBedLinkage, @Ctx() context: JointMeetingContext): number | null {
    return valueOf('hospitalDischargesWithNextBed', linkage, context);
  }

  @Directive(REQUIRES_EPISODES)
  @FieldResolver(() => Boolean, { nullable: true, description: suppressedFlag('hospitalDischargesWithNextBed') })
  hospitalDischargesWithNextBedSuppressed(
    @Root() linkage: FiveBedLinkage,
    @Ctx() context: JointMeetingContext,
  ): boolean {
    return suppressed('hospitalDischargesWithNextBed', linkage, context);
  }

  @Directive(REQUIRES_EPISODES)
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Of those, discharges with no next bed within the window — the gaps the pilot exists to close; unit: discharges. Discharges near the period’s end are counted as the records stand today. Null when suppressed, as the discharges with a next bed.',
  })
  hospitalDischargesWithoutNextBed(
    @Root() linkage: FiveBedLinkage,
    @Ctx() context: JointMeetingContext,
  ): number | null {
    return valueOf('hospitalDischargesWithoutNextBed', linkage, context);
  }

  @Directive(REQUIRES_EPISODES)
  @FieldResolver(() => Boolean, { nullable: true, description: suppressedFlag('hospitalDischargesWithoutNextBed') })
  hospitalDischargesWithoutNextBedSuppressed(
    @Root() linkage: FiveBedLinkage,
    @Ctx() context: JointMeetingContext,
  ): boolean {
    return suppressed('hospitalDischargesWithoutNextBed', linkage, context);
  }

  @Directive(REQUIRES_EPISODES)
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Median days from a hospital discharge (in the period, in the area) to the next bed within the window, by linear interpolation between closest ranks, one decimal; unit: days. Null if no discharge had a next bed, or when suppressed (computed from 1–4 discharges).',
  })
  medianDaysToNextBed(@Root() linkage: FiveBedLinkage, @Ctx() context: JointMeetingContext): number | null {
    return valueOf('medianDaysToNextBed', linkage, context);
  }

  @Directive(REQUIRES_EPISODES)
  @FieldResolver(() => Boolean, { nullable: true, description: suppressedFlag('medianDaysToNextBed') })
  medianDaysToNextBedSuppressed(@Root() linkage: FiveBedLinkage, @Ctx() context: JointMeetingContext): boolean {
    return suppressed('medianDaysToNextBed', linkage, context);
  }

  @Directive(REQUIRES_EPISODES)
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      '90th percentile of the same days, by linear interpolation between closest ranks, one decimal; unit: days. Null if no discharge had a next bed, or when suppressed as the median.',
  })
  p90DaysToNextBed(@Root() linkage: FiveBedLinkage, @Ctx() context: JointMeetingContext): number | null {
    return valueOf('p90DaysToNextBed', linkage, context);
  }

  @Directive(REQUIRES_EPISODES)
  @FieldResolver(() => Boolean, { nullable: true, description: suppressedFlag('p90DaysToNextBed') })
  p90DaysToNextBedSuppressed(@Root() linkage: FiveBedLinkage, @Ctx() context: JointMeetingContext): boolean {
    return suppressed('p90DaysToNextBed', linkage, context);
  }
}
