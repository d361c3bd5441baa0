import { groupBy } from '../../shared/seed/group-by';
import { insertRows } from '../../shared/seed/insert-rows';
import { addDays } from '../../shared/seed/random';
import type { SyntheticInstitution } from '../../shared/seed/synthetic-world';
import { AbilityLevel } from '../assessment/ability.enums';
import { openStaysOf } from '../seed/batch-reads';
import type { CivilAffairsSeedContext, CivilAffairsSeeder, SeededElder } from '../seed/seed-context';
import { FamilyBedCloseReason } from './family-bed-close-reason.enum';
import { FamilyBed } from './family-bed.entity';

/** Chance of a family bed for an elder at home: mostly the disabled, about 0.3% of all elders in the end. */
const FAMILY_BED_CHANCE = { disabled: 0.012, other: 0.001 };

/** Family beds began with the 2021–2023 pilots; none is older than this. */
const HISTORY_DAYS = 1100;

/** Family beds at the homes of elders not in an institution, operated by an institution of their district; a fifth have closed. */
export class FamilyBedSeeder implements CivilAffairsSeeder {
  private operatorsByDistrict = new Map<string, SyntheticInstitution[]>();

  seedOnce(context: CivilAffairsSeedContext): void {
    this.operatorsByDistrict = groupBy(context.institutions, (institution) => institution.districtCode);
  }

  async seedForElders(context: CivilAffairsSeedContext, elders: SeededElder[]): Promise<void> {
    const stays = await openStaysOf(context.manager, elders);
    const beds: Partial<FamilyBed>[] = [];
    for (const { elder, person, abilityLevel } of elders) {
      const random = context.random('family-bed', person.index);
      const disabled = abilityLevel !== null && abilityLevel !== AbilityLevel.INTACT;
      const operators = this.operatorsByDistrict.get(person.districtCode);
      if (
        stays.has(elder.personKey) ||
        !operators ||
        !random.chance(disabled ? FAMILY_BED_CHANCE.disabled : FAMILY_BED_CHANCE.other)
      )
        continue;
      const operator = random.pick(operators);
      const earliest = [operator.openedOn, addDays(context.today, -HISTORY_DAYS)].sort()[1];
      const openedOn = random.dateBetween(earliest, context.today);
      const closed = random.chance(0.2) && openedOn < addDays(context.today, -60);
      beds.push({
        personKey: elder.personKey,
        operatorCode: operator.code,
        districtCode: elder.districtCode,
        townCode: elder.townCode,
        communityCode: elder.communityCode,
        openedOn,
        closedOn: closed ? random.dateBetween(addDays(openedOn, 30), context.today) : null,
        closeReason: closed
          ? random.weighted([
              [FamilyBedCloseReason.INSTITUTION, 30],
              [FamilyBedCloseReason.HOSPITAL, 25],
              [FamilyBedCloseReason.NO_LONGER_NEEDED, 30],
              [FamilyBedCloseReason.OTHER, 15],
            ])
          : null,
      });
    }
    await insertRows(context.manager, FamilyBed, beds);
  }
}
