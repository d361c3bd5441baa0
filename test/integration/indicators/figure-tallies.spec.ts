import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { AbilityLevel } from '../../../subgraphs/civil-affairs/assessment/ability.enums';
import { LivingSituation } from '../../../subgraphs/civil-affairs/elder/elder.enums';
import { visitingMonth } from '../../../subgraphs/civil-affairs/indicators/indicator-days';
import { recountFigureTallies } from '../../../subgraphs/civil-affairs/indicators/tallies/figure-tallies';
import { plainTransaction } from '../../../subgraphs/shared/db/transaction';
import { todayIso } from '../../../subgraphs/shared/time/today';
import { anAssessmentOf, anElder, recordDeath } from '../../support/builders/civil-affairs';
import { aVisit } from '../../support/builders/civil-affairs-care';
import { aSourceSystem, eldersToLoad } from '../../support/builders/bulk';
import { expectData } from '../../support/builders/expect-data';
import { graphql } from '../../support/graphql';
import { DATABASE_TARGETS, HUB_START_TIMEOUT_MS, type OwnTestHub, startTestHub } from '../../support/test-hub';

/**
 * Issue 18: civil affairs keeps the population and visit figures in tallies its triggers update in
 * each write's transaction, so a report for a new day reads them instead of the registry. Whatever
 * the writes, the tallies must be what counting the records again gives, and the report must move
 * with them.
 */

const I09 = graphql(`
  query FigureTalliesI09($areaCodes: [ID!]) {
    indicatorAreas(areaCodes: $areaCodes) {
      areaCode
      indicators(codes: ["I09"]) {
        numerator
        denominator
      }
    }
  }
`);

const CORRECT = graphql(`
  mutation FigureTalliesCorrect($personKey: ID!, $input: UpdateElderInput!) {
    updateElder(personKey: $personKey, input: $input) {
      personKey
    }
  }
`);

const IMPORT_ELDERS = graphql(`
  mutation FigureTalliesImportElders($input: ImportEldersInput!) {
    importElders(input: $input) {
      created
    }
  }
`);

const DISTRICT = '371082';
const OTHER_DISTRICT = '371083';
const TOWN_OF_OTHER_DISTRICT = '371083001';

/** Every tally row that counts something, in a fixed order. */
async function tallies(dataSource: DataSource): Promise<unknown[]> {
  const read = (sql: string) => dataSource.query<unknown[]>(sql);
  return [
    await read(
      'SELECT districtCode, birthDate, deceasedOn, householdSpecial, elders FROM population_tally WHERE elders <> 0 ORDER BY districtCode, birthDate, deceasedOn, householdSpecial',
    ),
    await read(
      'SELECT assessmentId, personKey, districtCode, birthDate, deceasedOn, assessedOn, nextOn FROM assessed_special_span ORDER BY assessmentId',
    ),
    await read(
      'SELECT month, districtCode, visited FROM visit_month_tally WHERE visited <> 0 ORDER BY month, districtCode',
    ),
  ];
}

describe.each(DATABASE_TARGETS)('figures civil affairs keeps as it writes (%s)', (target) => {
  let hub: OwnTestHub;
  let civilAffairs: DataSource;
  beforeAll(async () => {
    // Seeded, so the tallies start from the seeding's count and the writes below go through the triggers.
    hub = await startTestHub(target, { seedElders: 40 });
    civilAffairs = hub.subgraphs['civil-affairs'].database.dataSource;
  }, HUB_START_TIMEOUT_MS);
  afterAll(() => hub?.stop());

  // As civil affairs' own system, which sees counts of 1–4 elders exactly.
  const i09 = async (areaCode: string) => {
    const [area] = expectData(await hub.query(I09, { areaCodes: [areaCode] }, 'civil-affairs-system')).indicatorAreas;
    return { numerator: area.indicators?.[0]?.numerator, denominator: area.indicators?.[0]?.denominator };
  };

  it('counts an elder assessed moderately disabled as special-difficulty until a later assessment, and a visit that found them so', async () => {
    const month = visitingMonth(todayIso());
    const before = await i09(DISTRICT);
    const elder = await anElder(hub).livingIn(DISTRICT).bornOn('1948-05-06').register();
    expect(await i09(DISTRICT)).toEqual(before);

    await anAssessmentOf(hub, elder.personKey).at(AbilityLevel.MODERATE_DISABILITY).on(month.first).record();
    await aVisit(hub).to(elder.personKey).on(month.last).record();
    const assessed = await i09(DISTRICT);
    expect(assessed.denominator).toBe(Number(before.denominator) + 1);
    expect(assessed.numerator).toBe(Number(before.numerator) + 1);

    // An assessment of intact ability dated before the first changes nothing; one after it, in the month, does.
    await anAssessmentOf(hub, elder.personKey).at(AbilityLevel.INTACT).on('2024-01-10').record();
    expect((await i09(DISTRICT)).denominator).toBe(assessed.denominator);
    await anAssessmentOf(hub, elder.personKey).at(AbilityLevel.INTACT).on(month.last).record();
    expect((await i09(DISTRICT)).denominator).toBe(before.denominator);
  });

  it('equals a count of the records after registrations, assessments out of order, corrections, moves and deaths', async () => {
    const month = visitingMonth(todayIso());
    const alone = await anElder(hub).livingIn(DISTRICT).bornOn('1940-02-29').livingAlone().register();
    const withFamily = await anElder(hub).livingIn(DISTRICT).bornOn('1955-11-30').register();
    const mover = await anElder(hub).livingIn(DISTRICT).bornOn('1962-01-15').register();
    for (const [level, day] of [
      [AbilityLevel.SEVERE_DISABILITY, '2025-06-01'],
      [AbilityLevel.MODERATE_DISABILITY, '2025-03-01'],
      [AbilityLevel.INTACT, '2025-09-01'],
      [AbilityLevel.TOTAL_DISABILITY, month.first],
    ] as const)
      await anAssessmentOf(hub, withFamily.personKey).at(level).on(day).record();
    await anAssessmentOf(hub, mover.personKey).at(AbilityLevel.MODERATE_DISABILITY).on('2025-04-01').record();
    await aVisit(hub).to(alone.personKey).on(month.first).record();
    await aVisit(hub).to(withFamily.personKey).on(month.last).record();

    const correct = async (personKey: string, input: Record<string, unknown>) =>
      expectData(await hub.query(CORRECT, { personKey, input }, 'civil-affairs-system'));
    await correct(mover.personKey, { areaCode: TOWN_OF_OTHER_DISTRICT });
    await correct(mover.personKey, { specialFamilyPlanningFamily: true });
    await correct(mover.personKey, { specialFamilyPlanningFamily: false, livingSituation: LivingSituation.EMPTY_NEST });
    await correct(mover.personKey, { livingSituation: LivingSituation.WITH_FAMILY });
    await correct(alone.personKey, { phone: '13800000000' });
    await recordDeath(hub, alone.personKey, month.last);

    const kept = await tallies(civilAffairs);
    expect(kept[1]).toEqual(
      expect.arrayContaining([expect.objectContaining({ personKey: mover.personKey, districtCode: OTHER_DISTRICT })]),
    );
    await plainTransaction(civilAffairs, recountFigureTallies);
    expect(await tallies(civilAffairs)).toEqual(kept);
  });

  it('keeps count when many department systems write at once', async () => {
    // Side by side, the writes' triggers lock the same tally rows and neighbouring keys of the spans.
    const elders = await Promise.all(
      Array.from({ length: 12 }, () => anElder(hub).livingIn(DISTRICT).bornOn('1951-07-08').register()),
    );
    await Promise.all(
      elders.flatMap(({ personKey }, i) => [
        anAssessmentOf(hub, personKey).at(AbilityLevel.SEVERE_DISABILITY).on('2025-02-03').record(),
        aVisit(hub)
          .to(personKey)
          .on(`2025-02-${String(10 + i).padStart(2, '0')}`)
          .record(),
      ]),
    );
    const kept = await tallies(civilAffairs);
    await plainTransaction(civilAffairs, recountFigureTallies);
    expect(await tallies(civilAffairs)).toEqual(kept);
  });

  it('keeps count when two systems load elders of the same birth days at once, in opposite orders', async () => {
    // The loads' elders share tally rows, which each load's triggers lock in its own order.
    const first = eldersToLoad(hub, 40, aSourceSystem(hub));
    const second = eldersToLoad(hub, 40, aSourceSystem(hub)).reverse();
    const loads = await Promise.all(
      [first, second].map(async (items) =>
        expectData(
          await hub.query(IMPORT_ELDERS, { input: { mode: 'ALL_OR_NOTHING', items } }, 'civil-affairs-system'),
        ),
      ),
    );
    expect(loads.map(({ importElders }) => importElders.created)).toEqual([40, 40]);
    const kept = await tallies(civilAffairs);
    await plainTransaction(civilAffairs, recountFigureTallies);
    expect(await tallies(civilAffairs)).toEqual(kept);
  });
});
