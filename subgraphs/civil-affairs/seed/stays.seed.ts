import { insertRows } from '../../shared/seed/insert-rows';
import { addDays } from '../../shared/seed/random';
import { AbilityLevel } from '../assessment/ability.enums';
import { EconomicStatus } from '../elder/elder.enums';
import { Bed } from '../bed/bed.entity';
import { InstitutionStay } from '../stay/institution-stay.entity';
import { DischargeReason } from '../stay/discharge-reason.enum';
import type { CivilAffairsSeedContext, CivilAffairsSeeder, SeededElder } from './seed-context';

/** Stays look back at most this far, so seeded journeys are recent enough to matter. */
const HISTORY_DAYS = 2000;

/**
 * Puts the frailer elders into free beds of their district's institutions (another district's when
 * their own is full); a quarter of stays have ended. Occupancy ends near the city's ~60%. 特困
 * elders come first, near the plan's rates (indicators 1 and 2): almost all who wish centralised
 * care (有集中供养意愿) and four in five of the disabled live in an institution, and stay there.
 */
export class StaySeeder implements CivilAffairsSeeder {
  private readonly freeBedsByDistrict = new Map<string, Bed[]>();

  async seedOnce(context: CivilAffairsSeedContext): Promise<void> {
    const districtOf = new Map(context.institutions.map((i) => [i.code, i.districtCode]));
    for (const bed of await context.manager.find(Bed, { order: { id: 'ASC' } })) {
      const district = districtOf.get(bed.institutionCode)!;
      const beds = this.freeBedsByDistrict.get(district);
      if (beds) beds.push(bed);
      else this.freeBedsByDistrict.set(district, [bed]);
    }
  }

  async seedForElders(context: CivilAffairsSeedContext, elders: SeededElder[]): Promise<void> {
    const openedOn = new Map(context.institutions.map((i) => [i.code, i.openedOn]));
    const stays: Partial<InstitutionStay>[] = [];
    for (const { elder, person, abilityLevel } of elders) {
      const random = context.random('stay', person.index);
      const disabled = abilityLevel !== null && abilityLevel !== AbilityLevel.INTACT;
      const extremePoverty = elder.economicStatus === EconomicStatus.EXTREME_POVERTY;
      const centralised = extremePoverty && (elder.wantsCentralisedCare || disabled);
      if (!random.chance(centralised ? (elder.wantsCentralisedCare ? 0.97 : 0.8) : disabled ? 0.07 : 0.006)) continue;
      const own = this.freeBedsByDistrict.get(person.districtCode);
      const beds = own?.length ? own : [...this.freeBedsByDistrict.values()].find((list) => list.length);
      if (!beds) return insertRows(context.manager, InstitutionStay, stays);
      const bed = beds.splice(random.int(0, beds.length - 1), 1)[0];
      const earliest = [openedOn.get(bed.institutionCode)!, addDays(context.today, -HISTORY_DAYS)].sort()[1];
      const admittedOn = random.dateBetween(earliest, addDays(context.today, -1));
      const stay = { personKey: person.personKey, bedId: bed.id, institutionCode: bed.institutionCode, admittedOn };
      if (!centralised && random.chance(0.25) && admittedOn < addDays(context.today, -200)) {
        const dischargedOn = random.dateBetween(addDays(admittedOn, 30), addDays(context.today, -100));
        stays.push({
          ...stay,
          dischargedOn,
          dischargeReason: random.pick([
            DischargeReason.HOME,
            DischargeReason.HOSPITAL,
            DischargeReason.OTHER_INSTITUTION,
          ]),
        });
        beds.push(bed);
      } else {
        stays.push({ ...stay, dischargedOn: null, dischargeReason: null });
      }
    }
    await insertRows(context.manager, InstitutionStay, stays);
  }
}
