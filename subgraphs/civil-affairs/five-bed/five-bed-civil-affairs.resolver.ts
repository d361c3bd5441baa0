import { Authorized, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { FiveBedKind } from '../../shared/five-bed/five-bed-kind.enum';
import { linkKeyOf } from '../../shared/five-bed/linkage-key';
import { LinkedBedEpisodesScalar, packEpisodes, type PackedEpisodes } from '../../shared/five-bed/linked-episodes';
import { can } from '../access-policy';
import type { CivilAffairsContext } from '../context';
import { Elder } from '../elder/elder.entity';
import { FiveBedLinkage } from './five-bed-linkage.stub';
import { CivilAffairsBedEpisode, FiveBedCount } from './five-bed.types';

const episode = (kind: FiveBedKind, startedOn: string, endedOn: string | null, facilityCode: string) =>
  Object.assign(new CivilAffairsBedEpisode(), { kind, startedOn, endedOn, facilityCode });

/**
 * Civil affairs' part of an elder's five-bed journey: its institution stays and family beds (served
 * by their operator), for the joint meeting's `fiveBedJourney` to `@requires`. Read by the gateway
 * composing (audited where the journey is answered), or directly by those entitled to the care records.
 */
@Resolver(() => Elder)
export class ElderFiveBedCivilAffairsResolver {
  @Authorized(can('linkageContributions'))
  @Directive('@inaccessible')
  @FieldResolver(() => [CivilAffairsBedEpisode], {
    nullable: true,
    description:
      'The elder’s institution stays and family elder-care beds as five-bed episodes. The joint meeting combines them into `fiveBedJourney`. Not in the public API.',
  })
  async civilAffairsBedEpisodes(
    @Root() elder: Elder,
    @Ctx() { loaders }: CivilAffairsContext,
  ): Promise<CivilAffairsBedEpisode[]> {
    const [stays, familyBeds] = await Promise.all([
      loaders.staysByPerson.load(elder.personKey),
      loaders.familyBedsByPerson.load(elder.personKey),
    ]);
    return [
      ...stays.map((stay) =>
        episode(FiveBedKind.ELDER_CARE_BED, stay.admittedOn, stay.dischargedOn, stay.institutionCode),
      ),
      ...familyBeds.map((bed) =>
        episode(FiveBedKind.FAMILY_ELDER_CARE_BED, bed.openedOn, bed.closedOn, bed.operatorCode),
      ),
    ];
  }
}

/**
 * Civil affairs' contributions to the joint meeting's per-area linkage, read only by the query
 * planner for its `@requires` (`@inaccessible`): pseudonymous episodes and exact counts, for the
 * gateway composing, or for callers entitled to the care records they come from.
 */
@Authorized(can('linkageContributions'))
@Resolver(() => FiveBedLinkage)
export class FiveBedLinkageCivilAffairsResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => [FiveBedCount], {
    description:
      'Elder-care beds (养老床位) in service in institutions operating on the period’s last day with the stays occupying them, and family elder-care beds (家庭养老床位) open on it, in the area: counted by civil affairs’ database.',
  })
  async civilAffairsBedCounts(
    @Root() linkage: FiveBedLinkage,
    @Ctx() { loaders }: CivilAffairsContext,
  ): Promise<FiveBedCount[]> {
    const figures = await loaders.civilBedFiguresByArea.load({ key: linkage.areaCode, args: linkage.to });
    return figures.map((figure) => Object.assign(new FiveBedCount(), figure));
  }

  @Directive('@inaccessible')
  @FieldResolver(() => LinkedBedEpisodesScalar, {
    description:
      'Civil affairs’ bed episodes the linkage needs — those ending in the period in the area, and those starting anywhere from the period’s first day to `windowDays` after its last — each under a pseudonym (linkKey) valid for this linkage only.',
  })
  async civilAffairsLinkedBedEpisodes(
    @Root() linkage: FiveBedLinkage,
    @Ctx() { loaders, config }: CivilAffairsContext,
  ): Promise<PackedEpisodes> {
    const { from, to, windowDays } = linkage;
    const episodes = await loaders.civilLinkageEpisodesByArea.load({
      key: linkage.areaCode,
      args: { from, to, windowDays },
    });
    return packEpisodes(
      episodes.map(({ personKey, ...rest }) => ({
        ...rest,
        linkKey: linkKeyOf(personKey, linkage, config.personKeySecret),
      })),
    );
  }
}
