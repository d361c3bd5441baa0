import { Authorized, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { FiveBedKind } from '../../shared/five-bed/five-bed-kind.enum';
import { can } from '../access-policy';
import { Elder } from './elder.stub';
import { currentOf, fiveBedJourney } from './five-bed-journey';
import { FiveBedEpisode } from './five-bed.types';
import { Institution, institutionStub } from './institution.stub';
import { MedicalInstitution, medicalInstitutionStub } from './medical-institution.stub';

/**
 * What the gateway hands the joint meeting about an elder for the journey: every department's beds
 * and insurance's settled months. Civil affairs' part comes last: Hive Gateway's planner (2.x) waits
 * only for the subgraph of the first field required, and civil affairs, which the elder is usually
 * read from, answers its part in that first fetch — the other departments' parts would arrive late.
 */
const REQUIRES =
  '@requires(fields: "healthBedEpisodes { kind startedOn endedOn facilityCode } ltciCareMonths { month careForm providerCode } civilAffairsBedEpisodes { kind startedOn endedOn facilityCode }")';

function journeyOf(elder: Elder): FiveBedEpisode[] {
  return fiveBedJourney(
    [...(elder.civilAffairsBedEpisodes ?? []), ...(elder.healthBedEpisodes ?? [])],
    elder.ltciCareMonths ?? [],
  );
}

/**
 * The five-bed journey of an elder (五床联动), composed by the joint meeting from civil affairs'
 * institution stays and family beds, health's beds and insurance's settled months, which the gateway
 * fetches from those departments and hands over (`@requires`). Person-level: audited here.
 */
@Authorized(can('careRecords'))
@Resolver(() => Elder)
export class ElderFiveBedResolver {
  @Directive(REQUIRES)
  @FieldResolver(() => [FiveBedEpisode], {
    nullable: true,
    description:
      'The elder’s journey through the five beds (五床联动): every institution stay, family elder-care bed, hospital stay, home sickbed and hospice stay, in time order (start, then kind), each with its facility and the LTCI care form that paid for it.',
  })
  fiveBedJourney(@Root() elder: Elder): FiveBedEpisode[] {
    return journeyOf(elder);
  }

  @Directive(REQUIRES)
  @FieldResolver(() => FiveBedEpisode, {
    nullable: true,
    description:
      'The bed of the five the elder is in now: of the beds not yet left, the one entered last; null if none.',
  })
  currentFiveBed(@Root() elder: Elder): FiveBedEpisode | null {
    return currentOf(journeyOf(elder));
  }
}

const CIVIL_AFFAIRS_KINDS = new Set([FiveBedKind.ELDER_CARE_BED, FiveBedKind.FAMILY_ELDER_CARE_BED]);

/** Where a bed of the journey stands: civil affairs' institution, or health's medical institution. */
@Authorized(can('careRecords'))
@Resolver(() => FiveBedEpisode)
export class FiveBedEpisodeResolver {
  @FieldResolver(() => Institution, {
    nullable: true,
    description:
      'The elder-care institution (养老机构) for an institution stay, or the operating institution (运营机构) of a family bed; null for health’s beds.',
  })
  institution(@Root() episode: FiveBedEpisode): Institution | null {
    return CIVIL_AFFAIRS_KINDS.has(episode.kind) ? institutionStub(episode.facilityCode) : null;
  }

  @FieldResolver(() => MedicalInstitution, {
    nullable: true,
    description:
      'The medical institution (医疗机构, resolved by health) of a hospital stay, home sickbed or hospice stay; null for civil affairs’ beds.',
  })
  medicalInstitution(@Root() episode: FiveBedEpisode): MedicalInstitution | null {
    return CIVIL_AFFAIRS_KINDS.has(episode.kind) ? null : medicalInstitutionStub(episode.facilityCode);
  }
}
