import { insertRows } from '../../shared/seed/insert-rows';
import { addDays } from '../../shared/seed/random';
import type { SyntheticPerson } from '../../shared/seed/synthetic-world';
import { syntheticMobile } from '../../shared/seed/synthetic-world';
import { AbilityLevel, AssessmentReason } from '../assessment/ability.enums';
import { AbilityAssessment } from '../assessment/ability-assessment.entity';
import { Sex } from '../../shared/identity/sex.enum';
import { EconomicStatus, LivingSituation } from '../elder/elder.enums';
import { Elder } from '../elder/elder.entity';
import type { CivilAffairsSeedContext, SeededElder } from './seed-context';

/** Registry rows for a batch of synthetic persons, with assessments for most; returns them for the other modules. */
export async function seedElders(context: CivilAffairsSeedContext, persons: SyntheticPerson[]): Promise<SeededElder[]> {
  const seeded: SeededElder[] = [];
  const assessments: Partial<AbilityAssessment>[] = [];
  for (const person of persons) {
    const random = context.random('elder-profile', person.index);
    const economicStatus = random.weighted([
      [EconomicStatus.ORDINARY, 88],
      [EconomicStatus.EXTREME_POVERTY, 1.2],
      [EconomicStatus.MINIMUM_LIVING, 4.5],
      [EconomicStatus.NEAR_MINIMUM_LIVING, 2.3],
      [EconomicStatus.ECONOMIC_HARDSHIP, 4],
    ]);
    const elder = Object.assign(new Elder(), {
      personKey: person.personKey,
      idNumber: person.idNumber,
      name: person.name,
      sex: Sex[person.sex],
      birthDate: person.birthDate,
      phone: random.chance(0.85) ? syntheticMobile(random) : null,
      address: null,
      districtCode: person.districtCode,
      townCode: person.townCode,
      communityCode: person.communityCode,
      livingSituation: random.weighted([
        [LivingSituation.WITH_FAMILY, 45],
        [LivingSituation.EMPTY_NEST, 35],
        [LivingSituation.LIVING_ALONE, 12],
        [LivingSituation.LEFT_BEHIND, 8],
      ]),
      specialFamilyPlanningFamily: random.chance(0.01),
      economicStatus,
      wantsCentralisedCare: economicStatus === EconomicStatus.EXTREME_POVERTY && random.chance(0.45),
      deceasedOn: null,
    });
    let abilityLevel: AbilityLevel | null = null;
    if (random.chance(0.35 + person.frailty * 0.6)) {
      abilityLevel = levelFor(person.frailty);
      const assessedOn = addDays(context.today, -random.int(10, 700));
      if (random.chance(0.4)) {
        assessments.push({
          personKey: person.personKey,
          level: levelFor(person.frailty * 0.7),
          assessedOn: addDays(assessedOn, -random.int(365, 900)),
          reason: AssessmentReason.INITIAL,
          assessor: assessorFor(person),
        });
      }
      assessments.push({
        personKey: person.personKey,
        level: abilityLevel,
        assessedOn,
        reason: random.pick([AssessmentReason.PERIODIC, AssessmentReason.CONDITION_CHANGE, AssessmentReason.INITIAL]),
        assessor: assessorFor(person),
      });
    }
    seeded.push({ elder, person, abilityLevel });
  }
  await insertRows(
    context.manager,
    Elder,
    seeded.map((s) => s.elder),
  );
  await insertRows(context.manager, AbilityAssessment, assessments);
  return seeded;
}

function levelFor(frailty: number): AbilityLevel {
  if (frailty < 0.45) return AbilityLevel.INTACT;
  if (frailty < 0.65) return AbilityLevel.MILD_DISABILITY;
  if (frailty < 0.8) return AbilityLevel.MODERATE_DISABILITY;
  if (frailty < 0.92) return AbilityLevel.SEVERE_DISABILITY;
  return AbilityLevel.TOTAL_DISABILITY;
}

function assessorFor(person: SyntheticPerson): string {
  return `威海市老年人能力评估中心（${person.districtCode}）`;
}
