import { In, IsNull } from 'typeorm';
import { groupBy } from '../../shared/seed/group-by';
import { insertRows } from '../../shared/seed/insert-rows';
import { addDays, type Random } from '../../shared/seed/random';
import type { SyntheticCaregiver } from '../../shared/seed/synthetic-world';
import { AbilityLevel } from '../assessment/ability.enums';
import { FamilyBed } from '../family-bed/family-bed.entity';
import { openStaysOf } from '../seed/batch-reads';
import type { CivilAffairsSeedContext, CivilAffairsSeeder, SeededElder } from '../seed/seed-context';
import { CareAssignment } from './care-assignment.entity';
import { CareType } from './care-type.enum';

/** Chance that a disabled elder at home, without a family bed, has a caregiver visiting. */
const HOME_CARE_CHANCE = 0.04;

/**
 * Residents get a caregiver of their institution (a fifth after an earlier one left), family beds a
 * caregiver of their operator, and some disabled elders at home an institution's or an independent caregiver.
 */
export class CareAssignmentSeeder implements CivilAffairsSeeder {
  private staffByInstitution = new Map<string, SyntheticCaregiver[]>();
  private staffByDistrict = new Map<string, SyntheticCaregiver[]>();
  private independent: SyntheticCaregiver[] = [];

  seedOnce(context: CivilAffairsSeedContext): void {
    const districtOf = new Map(context.institutions.map((institution) => [institution.code, institution.districtCode]));
    const employed = context.caregivers.filter((caregiver) => caregiver.employerCode);
    this.independent = context.caregivers.filter((caregiver) => !caregiver.employerCode);
    this.staffByInstitution = groupBy(employed, (caregiver) => caregiver.employerCode!);
    this.staffByDistrict = groupBy(employed, (caregiver) => districtOf.get(caregiver.employerCode!)!);
  }

  async seedForElders(context: CivilAffairsSeedContext, elders: SeededElder[]): Promise<void> {
    const stays = await openStaysOf(context.manager, elders);
    const familyBeds = new Map(
      (
        await context.manager.findBy(FamilyBed, {
          personKey: In(elders.map(({ elder }) => elder.personKey)),
          closedOn: IsNull(),
        })
      ).map((bed) => [bed.personKey, bed]),
    );
    const assignments: Partial<CareAssignment>[] = [];
    for (const { elder, person, abilityLevel } of elders) {
      const random = context.random('care-assignment', person.index);
      const stay = stays.get(elder.personKey);
      const familyBed = familyBeds.get(elder.personKey);
      if (stay) {
        assignments.push(
          ...this.serveFrom(
            random,
            context.today,
            elder.personKey,
            stay.institutionCode,
            CareType.INSTITUTIONAL,
            stay.admittedOn,
          ),
        );
      } else if (familyBed) {
        assignments.push(
          ...this.serveFrom(
            random,
            context.today,
            elder.personKey,
            familyBed.operatorCode,
            CareType.FAMILY_BED,
            familyBed.openedOn,
          ),
        );
      } else if (abilityLevel !== null && abilityLevel !== AbilityLevel.INTACT && random.chance(HOME_CARE_CHANCE)) {
        const staff = random.chance(0.7) ? this.staffByDistrict.get(person.districtCode) : undefined;
        const caregiver = random.pick(staff?.length ? staff : this.independent);
        if (!caregiver) continue;
        const startedOn = addDays(context.today, -random.int(1, 700));
        assignments.push({
          personKey: elder.personKey,
          caregiverKey: caregiver.personKey,
          institutionCode: caregiver.employerCode,
          careType: CareType.HOME,
          startedOn,
          endedOn: null,
        });
      }
    }
    await insertRows(context.manager, CareAssignment, assignments);
  }

  /** Care by the institution's staff from a start date to today, sometimes handed over from an earlier caregiver. */
  private serveFrom(
    random: Random,
    today: string,
    personKey: string,
    institutionCode: string,
    careType: CareType,
    from: string,
  ): Partial<CareAssignment>[] {
    const staff = this.staffByInstitution.get(institutionCode);
    if (!staff?.length) return [];
    const base = { personKey, institutionCode, careType };
    const current = random.pick(staff);
    const earlier = staff.filter((caregiver) => caregiver !== current);
    if (earlier.length && from < addDays(today, -90) && random.chance(0.2)) {
      const handedOverOn = random.dateBetween(addDays(from, 30), addDays(today, -1));
      return [
        { ...base, caregiverKey: random.pick(earlier).personKey, startedOn: from, endedOn: addDays(handedOverOn, -1) },
        { ...base, caregiverKey: current.personKey, startedOn: handedOverOn, endedOn: null },
      ];
    }
    return [{ ...base, caregiverKey: current.personKey, startedOn: from, endedOn: null }];
  }
}
