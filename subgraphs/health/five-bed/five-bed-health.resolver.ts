import { NO_HEALTH_TOTALS } from '../area/area-health-figures';
import { areaColumnOf } from '../../shared/areas/area-column';
import { LinkedBedEpisodesScalar, packEpisodes, type PackedEpisodes } from '../../shared/five-bed/linked-episodes';
import { Authorized, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { fiveBedKindOrder, FiveBedKind } from '../../shared/five-bed/five-bed-kind.enum';
import { linkKeyOf } from '../../shared/five-bed/linkage-key';
import { can } from '../access-policy';
import type { HealthContext } from '../context';
import { Elder } from '../elder/elder.stub';
import { FiveBedLinkage } from './five-bed-linkage.stub';
import { FiveBedCount, FiveBedEpisodeRecord } from './five-bed.types';

const record = (kind: FiveBedKind, startedOn: string, endedOn: string | null, facilityCode: string) =>
  Object.assign(new FiveBedEpisodeRecord(), { kind, startedOn, endedOn, facilityCode });

/** Health's part of an elder's five-bed journey: its three beds, for the joint meeting to `@requires`. */
@Authorized(can('patientRecords'))
@Resolver(() => Elder)
export class ElderFiveBedHealthResolver {
  @FieldResolver(() => [FiveBedEpisodeRecord], {
    nullable: true,
    description:
      'The elder’s hospital stays (医疗床位), home sickbeds (家庭病床) and hospice stays (安宁疗护床位) as five-bed episodes, in time order (start, then kind). The joint meeting combines them into `fiveBedJourney`.',
  })
  async healthBedEpisodes(@Root() elder: Elder, @Ctx() { loaders }: HealthContext): Promise<FiveBedEpisodeRecord[]> {
    const [hospital, sickbeds, hospice] = await Promise.all([
      loaders.hospitalStaysByPerson.load(elder.personKey),
      loaders.homeSickbedsByPerson.load(elder.personKey),
      loaders.hospiceStaysByPerson.load(elder.personKey),
    ]);
    return [
      ...hospital.map((stay) =>
        record(FiveBedKind.MEDICAL_BED, stay.admittedOn, stay.dischargedOn, stay.medicalInstitutionCode),
      ),
      ...sickbeds.map((bed) =>
        record(FiveBedKind.HOME_SICKBED, bed.openedOn, bed.closedOn, bed.medicalInstitutionCode),
      ),
      ...hospice.map((stay) =>
        record(FiveBedKind.HOSPICE_BED, stay.admittedOn, stay.dischargedOn, stay.medicalInstitutionCode),
      ),
    ].sort((a, b) => a.startedOn.localeCompare(b.startedOn) || fiveBedKindOrder(a.kind) - fiveBedKindOrder(b.kind));
  }
}

/**
 * Health's contributions to the per-area linkage, read only by the query planner for the joint
 * meeting's `@requires` (`@inaccessible`: no client of the gateway can select them). The episodes are
 * pseudonymous person-level data, and the counts go unsuppressed however small: both answer only
 * the gateway composing, or callers entitled to health's patient records.
 */
@Authorized(can('linkageContributions'))
@Resolver(() => FiveBedLinkage)
export class FiveBedLinkageHealthResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => [FiveBedCount], {
    description:
      'Medical beds (医疗床位), home sickbeds (家庭病床) and hospice beds (安宁疗护床位) of the area on the period’s last day: stock and occupancy, counted by health’s database.',
  })
  async healthBedCounts(@Root() linkage: FiveBedLinkage, @Ctx() { loaders }: HealthContext): Promise<FiveBedCount[]> {
    // The same per-area totals the Area fields show for today, here on the period's last day.
    const [totals = NO_HEALTH_TOTALS] = await loaders.healthTotalsByArea.load({
      key: linkage.areaCode,
      args: { column: areaColumnOf(linkage.areaCode)!, day: linkage.to },
    });
    const count = (kind: FiveBedKind, capacity: number, occupied: number) =>
      Object.assign(new FiveBedCount(), { kind, capacity, occupied });
    return [
      count(FiveBedKind.MEDICAL_BED, totals.medicalBeds, totals.inHospital),
      count(FiveBedKind.HOME_SICKBED, totals.openHomeSickbeds, totals.openHomeSickbeds),
      count(FiveBedKind.HOSPICE_BED, totals.hospiceBeds, totals.inHospice),
    ];
  }

  @Directive('@inaccessible')
  @FieldResolver(() => LinkedBedEpisodesScalar, {
    description:
      'Health’s bed episodes the linkage needs — those ending in the period in the area, and those starting anywhere from the period’s first day to `windowDays` after its last — each under a pseudonym (linkKey) valid for this linkage only.',
  })
  async linkedBedEpisodes(
    @Root() linkage: FiveBedLinkage,
    @Ctx() { loaders, config }: HealthContext,
  ): Promise<PackedEpisodes> {
    const { from, to, windowDays } = linkage;
    const episodes = await loaders.healthLinkageEpisodesByArea.load({
      key: linkage.areaCode,
      args: { from, to, windowDays },
    });
    return packEpisodes(
      episodes.map(({ personKey, ...episode }) => ({
        ...episode,
        linkKey: linkKeyOf(personKey, linkage, config.personKeySecret),
      })),
    );
  }
}
