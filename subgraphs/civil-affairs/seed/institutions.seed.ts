import { insertRows } from '../../shared/seed/insert-rows';
import { BedKind } from '../bed/bed-kind.enum';
import { Bed } from '../bed/bed.entity';
import { InstitutionOwnership } from '../institution/institution-ownership.enum';
import { Institution } from '../institution/institution.entity';
import type { CivilAffairsSeedContext } from './seed-context';

/** Institutions of the synthetic world with plausible ratings, features and compliance, and their beds (about half nursing-type). */
export async function seedInstitutions(context: CivilAffairsSeedContext): Promise<void> {
  const institutions: Partial<Institution>[] = [];
  const beds: Partial<Bed>[] = [];
  for (const world of context.institutions) {
    const random = context.random('institution-profile', world.index);
    const rated = random.chance(0.8);
    institutions.push({
      code: world.code,
      name: world.name,
      districtCode: world.districtCode,
      townCode: world.townCode,
      communityCode: null,
      address: null,
      phone: `0631-${random.int(5000000, 5999999)}`,
      ownership: InstitutionOwnership[world.ownership],
      rating: rated
        ? random.weighted([
            [1, 15],
            [2, 30],
            [3, 35],
            [4, 15],
            [5, 5],
          ])
        : null,
      smartHome: random.chance(0.06),
      offersHomeVisits: random.chance(0.5),
      chainOperated: random.chance(0.2),
      // The synthetic world's 敬老院 are the rural homes of 特困供养 (特困人员供养服务机构).
      extremePovertySupport: world.name.includes('敬老院'),
      meetsSafetyStandard: random.chance(0.92),
      meetsServiceQualityStandard: random.chance(0.88),
      smartFireMonitoring: random.chance(0.85),
      smartGasMonitoring: random.chance(0.7),
      brightKitchen: random.chance(0.8),
      openedOn: world.openedOn,
      closedOn: null,
    });
    const nursingShare = 0.3 + random.next() * 0.45;
    for (let i = 0; i < world.beds; i++) {
      const roll = i / world.beds;
      const kind =
        roll < nursingShare ? BedKind.NURSING : roll < nursingShare + 0.05 ? BedKind.COGNITIVE_CARE : BedKind.GENERAL;
      beds.push({
        institutionCode: world.code,
        kind,
        label: `${Math.floor(i / 4) + 1}-${(i % 4) + 1}`,
        inServiceFrom: world.openedOn,
        retiredOn: null,
      });
    }
  }
  await insertRows(context.manager, Institution, institutions);
  await insertRows(context.manager, Bed, beds);
}
