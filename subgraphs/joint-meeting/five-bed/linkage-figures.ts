import { GraphQLError } from 'graphql';
import { seesExactCounts } from '../../shared/disclosure/small-cells';
import { unpackEpisodes } from '../../shared/five-bed/linked-episodes';
import { civilAffairsPolicy } from '../../civil-affairs/access-policy';
import type { JointMeetingContext } from '../context';
import type { FiveBedLinkage } from './five-bed-linkage.entity';
import { linkEpisodes } from './linkage';
import { type DisclosedLinkageFigures, exactLinkageFigures, suppressedLinkageFigures } from './linkage-disclosure';

/** What every figure computed from the linked episodes requires of civil affairs and health. */
export const REQUIRES_EPISODES = '@requires(fields: "civilAffairsLinkedBedEpisodes linkedBedEpisodes")';

/** The linkage figures of one FiveBedLinkage object, computed once for all the fields that read them. */
const computed = new WeakMap<FiveBedLinkage, DisclosedLinkageFigures>();

/**
 * Whether the caller sees the pilot's small counts exactly: the figures count elders' stays and
 * beds, so the callers entitled to civil affairs' care records (the per-elder five-bed journey's
 * rule: civil affairs and its five-bed partners) do; everyone else gets counts of 1–4 withheld.
 */
export function seesExactLinkageCounts({ caller }: JointMeetingContext): boolean {
  return seesExactCounts(caller!, civilAffairsPolicy.rules.careRecords, civilAffairsPolicy.owner);
}

/**
 * Links civil affairs' episodes with health's. This is the one place the hub combines episodes
 * rather than aggregates: a transfer is a join of two departments' records (a hospital discharge,
 * then an institution bed). Neither side hands over person keys — both pseudonymise with the same
 * keyed hash of person key and linkage key — and only counts and gap percentiles leave here, as
 * the caller may see them.
 */
export function linkageFiguresOf(linkage: FiveBedLinkage, context: JointMeetingContext): DisclosedLinkageFigures {
  let figures = computed.get(linkage);
  if (!figures) {
    for (const [field, department] of [
      ['civilAffairsLinkedBedEpisodes', 'civil affairs'],
      ['linkedBedEpisodes', 'health'],
    ] as const)
      if (linkage[field] === undefined || linkage[field] === null)
        throw new GraphQLError(
          `${department}’s bed episodes did not arrive: the linkage cannot be computed without them`,
        );
    const disclose = seesExactLinkageCounts(context) ? exactLinkageFigures : suppressedLinkageFigures;
    figures = disclose(
      linkEpisodes(
        [...unpackEpisodes(linkage.civilAffairsLinkedBedEpisodes), ...unpackEpisodes(linkage.linkedBedEpisodes)],
        linkage,
      ),
    );
    computed.set(linkage, figures);
  }
  return figures;
}
