import { groupBy } from '../../shared/seed/group-by';
import { insertRows } from '../../shared/seed/insert-rows';
import { addDays } from '../../shared/seed/random';
import type { SyntheticInstitution } from '../../shared/seed/synthetic-world';
import { admitsByWaitlist, InstitutionOwnership } from '../institution/institution-ownership.enum';
import { openStaysOf } from '../seed/batch-reads';
import type { CivilAffairsSeedContext, CivilAffairsSeeder, SeededElder } from '../seed/seed-context';
import { WaitlistEntry } from './waitlist-entry.entity';
import { WAITLIST_TIER, type WaitlistTier, waitlistTier } from './waitlist-priority';
import { WaitlistStatus } from './waitlist-status.enum';

/** Chance that an elder living at home is on a public wait-list, by tier: the priority groups apply far more often. */
const APPLICATION_CHANCE: Record<WaitlistTier, number> = {
  [WAITLIST_TIER.CENTRALISED_CARE_EXTREME_POVERTY]: 0.5,
  [WAITLIST_TIER.SPECIAL_DIFFICULTY]: 0.006,
  [WAITLIST_TIER.MINIMUM_LIVING]: 0.008,
  [WAITLIST_TIER.NEAR_MINIMUM_LIVING]: 0.006,
  [WAITLIST_TIER.OTHER]: 0.0015,
};

/** Applications look back at most two years. */
const HISTORY_DAYS = 730;

/**
 * Residents of public institutions mostly came through the wait-list (admitted entries linked to
 * their stay); elders at home apply to a public institution of their district, some later withdrawing.
 */
export class WaitlistSeeder implements CivilAffairsSeeder {
  private publicByDistrict = new Map<string, SyntheticInstitution[]>();
  private publicByCode = new Map<string, SyntheticInstitution>();

  seedOnce(context: CivilAffairsSeedContext): void {
    const admitting = context.institutions.filter((institution) =>
      admitsByWaitlist(InstitutionOwnership[institution.ownership]),
    );
    this.publicByCode = new Map(admitting.map((institution) => [institution.code, institution]));
    this.publicByDistrict = groupBy(admitting, (institution) => institution.districtCode);
  }

  async seedForElders(context: CivilAffairsSeedContext, elders: SeededElder[]): Promise<void> {
    const stays = await openStaysOf(context.manager, elders);
    const entries: Partial<WaitlistEntry>[] = [];
    for (const { elder, person, abilityLevel } of elders) {
      const random = context.random('waitlist', person.index);
      const priorityTier = waitlistTier(elder, abilityLevel);
      const stay = stays.get(elder.personKey);
      if (stay) {
        const institution = this.publicByCode.get(stay.institutionCode);
        if (!institution || !random.chance(0.8)) continue;
        const appliedOn = [institution.openedOn, addDays(stay.admittedOn, -random.int(20, 400))].sort()[1];
        entries.push({
          personKey: elder.personKey,
          institutionCode: institution.code,
          appliedOn,
          priorityTier,
          status: WaitlistStatus.ADMITTED,
          statusChangedOn: stay.admittedOn,
          stayId: stay.id,
        });
        continue;
      }
      const nearby = this.publicByDistrict.get(person.districtCode);
      if (!nearby || !random.chance(APPLICATION_CHANCE[priorityTier])) continue;
      const institution = random.pick(nearby);
      const appliedOn = random.dateBetween(
        [institution.openedOn, addDays(context.today, -HISTORY_DAYS)].sort()[1],
        context.today,
      );
      const withdrawn = random.chance(0.15);
      entries.push({
        personKey: elder.personKey,
        institutionCode: institution.code,
        appliedOn,
        priorityTier,
        status: withdrawn ? WaitlistStatus.WITHDRAWN : WaitlistStatus.WAITING,
        statusChangedOn: withdrawn ? random.dateBetween(appliedOn, context.today) : appliedOn,
        stayId: null,
      });
    }
    await insertRows(context.manager, WaitlistEntry, entries);
  }
}
