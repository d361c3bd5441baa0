import { insertRows } from '../../shared/seed/insert-rows';
import type { Random } from '../../shared/seed/random';
import { DISTRICTS, TOWNS, VILLAGES } from '../../shared/seed/weihai';
import { addMonths, monthOf } from '../../shared/time/months';
import { abilityLevelOn } from '../assessment/ability-level-on';
import { historiesOf } from '../seed/batch-reads';
import { isSpecialDifficulty } from '../elder/special-difficulty';
import type { Elder } from '../elder/elder.entity';
import type { CivilAffairsSeedContext, CivilAffairsSeeder, SeededElder } from '../seed/seed-context';
import { VisitMethod } from './visit-method.enum';
import { CareVisitMonth, visitMonthsOf } from './visit-month.entity';
import { CareVisit } from './visit.entity';

/** Months of visits seeded: the current one (visits so far) and the five before it. */
const MONTHS = 6;

const VISITOR_SURNAMES = ['王', '张', '刘', '李', '孙', '于', '丛', '林', '曲', '姜'];
const VISITOR_GIVEN = ['丽', '敏', '霞', '静', '强', '伟', '娜', '磊', '燕', '鹏', '婷', '杰'];
const FINDINGS: ReadonlyArray<readonly [string | null, boolean, number]> = [
  [null, false, 55],
  ['身体状况良好，生活规律', false, 20],
  ['血压偏高，已提醒按时服药', false, 10],
  ['家中取暖设施老旧，需协调维修', true, 5],
  ['独居，希望增加上门助餐服务', true, 5],
  ['行动不便，建议申请家庭养老床位', true, 5],
];

/**
 * Monthly visits to special-difficulty elders: each town's workers reach most of them (85–99% a
 * month), so indicator 9 falls short of 100% in places; the current month is visited only up to
 * today. A few other elders are visited too.
 */
export class VisitSeeder implements CivilAffairsSeeder {
  async seedForElders(context: CivilAffairsSeedContext, elders: SeededElder[]): Promise<void> {
    const histories = await historiesOf(context.manager, elders);
    const thisMonth = monthOf(context.today);
    const months = Array.from({ length: MONTHS }, (_, i) => addMonths(thisMonth, i - MONTHS + 1));
    const visits: Partial<CareVisit>[] = [];
    for (const { elder, person } of elders) {
      const random = context.random('visit', person.index);
      const townRate =
        0.85 + context.random('visit-town-rate', Number(elder.townCode ?? elder.districtCode)).next() * 0.14;
      for (const month of months) {
        const visitedOn = `${month}-${String(random.int(1, 28)).padStart(2, '0')}`;
        const special = isSpecialDifficulty(elder, abilityLevelOn(histories.get(elder.personKey), visitedOn));
        if (!random.chance(special ? townRate : 0.01) || visitedOn > context.today) continue;
        const [findings, followUpNeeded] = random.weighted(
          FINDINGS.map(([text, followUp, weight]) => [[text, followUp] as const, weight] as const),
        );
        visits.push({
          personKey: elder.personKey,
          visitedOn,
          visitorName: visitorName(random),
          visitorOrganisation: random.chance(0.8) ? organisationNear(elder) : '威海市社会工作服务站',
          method: random.weighted([
            [VisitMethod.HOME_VISIT, 60],
            [VisitMethod.PHONE, 30],
            [VisitMethod.VIDEO, 10],
          ]),
          findings,
          followUpNeeded,
          specialDifficulty: special,
        });
      }
    }
    await insertRows(context.manager, CareVisit, visits);
    const districts = new Map(elders.map(({ elder }) => [elder.personKey, elder.districtCode]));
    await insertRows(
      context.manager,
      CareVisitMonth,
      visitMonthsOf(visits as CareVisit[], (personKey) => districts.get(personKey)!),
    );
  }
}

const AREA_NAMES = new Map([...DISTRICTS, ...TOWNS, ...VILLAGES].map((area) => [area.code, area.name]));

/** The village or community committee, else the town's civil-affairs office, of the elder's service area. */
function organisationNear(elder: Elder): string {
  if (elder.communityCode) return AREA_NAMES.get(elder.communityCode)!;
  return `${AREA_NAMES.get(elder.townCode ?? elder.districtCode)}民政办`;
}

function visitorName(random: Random): string {
  return (
    random.pick(VISITOR_SURNAMES) + random.pick(VISITOR_GIVEN) + (random.chance(0.6) ? random.pick(VISITOR_GIVEN) : '')
  );
}
