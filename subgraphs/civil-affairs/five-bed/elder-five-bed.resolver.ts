import { Authorized, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { FiveBedKind } from '../../shared/five-bed/five-bed-kind.enum';
import { can } from '../access-policy';
import type { CivilAffairsContext } from '../context';
import { Elder } from '../elder/elder.entity';
import { Institution } from '../institution/institution.entity';
import { civilAffairsBeds, currentOf, fiveBedJourney } from './five-bed-journey';
import { FiveBedEpisode, FiveBedEpisodeRecord, LtciCareMonth } from './five-bed.types';
import { MedicalInstitution, medicalInstitutionStub } from './medical-institution.stub';

/** What the gateway hands civil affairs about an elder for the journey: health's beds and insurance's settled months. */
const REQUIRES =
  '@requires(fields: "healthBedEpisodes { kind startedOn endedOn facilityCode } ltciCareMonths { month careForm providerCode }")';
const REQUIRED_FIELDS = ['healthBedEpisodes', 'ltciCareMonths'] as const;

type ElderWithRequires = Elder & { healthBedEpisodes?: FiveBedEpisodeRecord[]; ltciCareMonths?: LtciCareMonth[] };

/**
 * The elder of an entity reference with the fields other departments handed over through
 * `@requires` (and only those), on a copy so the request's cached record stays as loaded.
 */
export function withRequiredFields(elder: Elder | null, reference: Record<string, unknown>): Elder | null {
  const handedOver = REQUIRED_FIELDS.filter((field) => reference[field] !== undefined);
  if (!elder || handedOver.length === 0) return elder;
  return Object.assign(
    Object.create(Object.getPrototypeOf(elder) as object) as Elder,
    elder,
    Object.fromEntries(handedOver.map((field) => [field, reference[field]])),
  );
}

async function journeyOf(elder: ElderWithRequires, { loaders }: CivilAffairsContext): Promise<FiveBedEpisode[]> {
  const [stays, familyBeds] = await Promise.all([
    loaders.staysByPerson.load(elder.personKey),
    loaders.familyBedsByPerson.load(elder.personKey),
  ]);
  return fiveBedJourney(
    [...civilAffairsBeds(stays, familyBeds), ...(elder.healthBedEpisodes ?? [])],
    elder.ltciCareMonths ?? [],
  );
}

/**
 * The five-bed journey of an elder (五床联动), composed by civil affairs — the pilot's lead — from its
 * own institution stays and family beds plus health's beds and insurance's settled months, which
 * the gateway fetches from those departments and hands over (`@requires`). Person-level: audited.
 */
@Authorized(can('careRecords'))
@Resolver(() => Elder)
export class ElderFiveBedResolver {
  @Directive('@external')
  @FieldResolver(() => [FiveBedEpisodeRecord], {
    nullable: true,
    description:
      'Health: the elder’s hospital stays, home sickbeds and hospice stays as five-bed episodes (resolved by health).',
  })
  healthBedEpisodes(@Root() elder: ElderWithRequires): FiveBedEpisodeRecord[] {
    return elder.healthBedEpisodes ?? [];
  }

  @Directive('@external')
  @FieldResolver(() => [LtciCareMonth], {
    nullable: true,
    description: 'Medical insurance: the elder’s settled months of LTCI care (resolved by medical insurance).',
  })
  ltciCareMonths(@Root() elder: ElderWithRequires): LtciCareMonth[] {
    return elder.ltciCareMonths ?? [];
  }

  @Directive(REQUIRES)
  @FieldResolver(() => [FiveBedEpisode], {
    nullable: true,
    description:
      'The elder’s journey through the five beds (五床联动): every institution stay, family elder-care bed, hospital stay, home sickbed and hospice stay, in time order (start, then kind), each with its facility and the LTCI care form that paid for it.',
  })
  fiveBedJourney(@Root() elder: ElderWithRequires, @Ctx() context: CivilAffairsContext): Promise<FiveBedEpisode[]> {
    return journeyOf(elder, context);
  }

  @Directive(REQUIRES)
  @FieldResolver(() => FiveBedEpisode, {
    nullable: true,
    description:
      'The bed of the five the elder is in now: of the beds not yet left, the one entered last; null if none.',
  })
  async currentFiveBed(
    @Root() elder: ElderWithRequires,
    @Ctx() context: CivilAffairsContext,
  ): Promise<FiveBedEpisode | null> {
    return currentOf(await journeyOf(elder, context));
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
  institution(
    @Root() episode: FiveBedEpisode,
    @Ctx() { loaders }: CivilAffairsContext,
  ): Promise<Institution | null> | null {
    return CIVIL_AFFAIRS_KINDS.has(episode.kind) ? loaders.institutionByCode.load(episode.facilityCode) : null;
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
