import { addDays } from '../../../subgraphs/shared/seed/random';
import { todayIso } from '../../../subgraphs/shared/time/today';
import { anAssessmentOf, anElder, recordDeath } from '../../support/builders/civil-affairs';
import { aVisit } from '../../support/builders/civil-affairs-care';
import { expectData } from '../../support/builders/expect-data';
import { graphql } from '../../support/graphql';
import { DATABASE_TARGETS, errorCodes, HUB_START_TIMEOUT_MS, sharedHub, type TestHub } from '../../support/test-hub';

const VISITS = graphql(`
  query VisitsOfElder($key: ID!, $from: LocalDate, $to: LocalDate) {
    elder(personKey: $key) {
      lastVisitedOn
      visits(from: $from, to: $to) {
        visitedOn
        method
        visitorName
      }
    }
  }
`);

/** 育海社区 of 孙家疃街道, 环翠区. */
const YUHAI_COMMUNITY = '371002011015';

describe.each(DATABASE_TARGETS)('caring visits to elders (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    // Visits belong to elders each test registers itself.
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  const anElderOfYuhai = (name: string) => anElder(hub).named(name).bornOn('1944-06-18').livingIn(YUHAI_COMMUNITY);

  /** An elder living alone (special difficulty), visited at home in April and by phone in May 2025. */
  async function anElderVisitedTwice(): Promise<string> {
    const { personKey } = await anElderOfYuhai('曲秀英').livingAlone().register();
    await aVisit(hub).to(personKey).on('2025-04-03').finding('家中取暖设施老旧，需协调维修').record();
    await aVisit(hub).to(personKey).on('2025-05-06').byPhone().record();
    return personKey;
  }

  const visitsOf = async (key: string, period: { from?: string; to?: string } = {}) =>
    expectData(await hub.query(VISITS, { key, ...period })).elder;

  it('records visits to a special-difficulty elder and to another elder, saying which is which', async () => {
    const alone = (await anElderOfYuhai('曲秀英').livingAlone().register()).personKey;
    const withFamily = (await anElderOfYuhai('丛德明').with({ livingSituation: 'WITH_FAMILY' }).register()).personKey;
    const first = await aVisit(hub).to(alone).on('2025-04-03').finding('家中取暖设施老旧，需协调维修').record();
    await aVisit(hub).to(alone).on('2025-05-06').byPhone().record();
    const other = await aVisit(hub).to(withFamily).on('2025-05-07').record();
    expect(first).toMatchObject({
      visitedOn: '2025-04-03',
      method: 'HOME_VISIT',
      specialDifficulty: true,
      followUpNeeded: true,
      findings: '家中取暖设施老旧，需协调维修',
      elder: { name: '曲秀英' },
    });
    expect(other).toMatchObject({ specialDifficulty: false, followUpNeeded: false, findings: null });
  });

  it('shows an elder’s visits in a period, newest first, and the date of the last one', async () => {
    const alone = await anElderVisitedTwice();
    expect(await visitsOf(alone)).toEqual({
      lastVisitedOn: '2025-05-06',
      visits: [
        { visitedOn: '2025-05-06', method: 'PHONE', visitorName: '林晓燕' },
        { visitedOn: '2025-04-03', method: 'HOME_VISIT', visitorName: '林晓燕' },
      ],
    });
    const april = await visitsOf(alone, { from: '2025-04-01', to: '2025-04-30' });
    expect(april?.visits).toEqual([{ visitedOn: '2025-04-03', method: 'HOME_VISIT', visitorName: '林晓燕' }]);
    const never = (await anElderOfYuhai('姜桂珍').with({ livingSituation: 'EMPTY_NEST' }).register()).personKey;
    expect(await visitsOf(never)).toEqual({ lastVisitedOn: null, visits: [] });
  });

  it('counts an elder as special-difficulty from the assessment in force on the visit day', async () => {
    const withFamily = (await anElderOfYuhai('丛德明').with({ livingSituation: 'WITH_FAMILY' }).register()).personKey;
    await anAssessmentOf(hub, withFamily)
      .at('SEVERE_DISABILITY')
      .on('2025-06-01')
      .because('CONDITION_CHANGE')
      .by('威海市老年人能力评估中心')
      .record();
    const before = await aVisit(hub).to(withFamily).on('2025-05-20').record();
    const after = await aVisit(hub).to(withFamily).on('2025-06-10').record();
    expect([before.specialDifficulty, after.specialDifficulty]).toEqual([false, true]);
  });

  it('refuses a future visit, an unknown elder and a visit after the elder’s death with BAD_USER_INPUT naming the field, and the same visit twice with CONFLICT, writing nothing', async () => {
    const alone = await anElderVisitedTwice();
    const deceased = (await anElderOfYuhai('宋玉兰').livingAlone().register()).personKey;
    await recordDeath(hub, deceased, '2025-03-01');
    const cases = [
      {
        result: await aVisit(hub).to(alone).on(addDays(todayIso(), 1)).attempt(),
        code: 'BAD_USER_INPUT',
        field: 'visitedOn',
      },
      {
        result: await aVisit(hub).to('0'.repeat(32)).on('2025-05-06').attempt(),
        code: 'BAD_USER_INPUT',
        field: 'personKey',
      },
      { result: await aVisit(hub).to(deceased).on('2025-03-02').attempt(), code: 'BAD_USER_INPUT', field: 'visitedOn' },
      {
        result: await aVisit(hub).to(alone).on('2025-05-06').byPhone().attempt(),
        code: 'CONFLICT',
        field: 'visitedOn',
      },
    ];
    for (const { result, code, field } of cases) {
      expect({ codes: errorCodes(result), field: result.errors?.[0].extensions?.field }).toEqual({
        codes: [code],
        field,
      });
    }
    expect((await visitsOf(alone))?.visits).toHaveLength(2);
    expect((await visitsOf(deceased))?.visits).toEqual([]);
    expect((await aVisit(hub).to(deceased).on('2025-03-01').attempt()).errors).toBeUndefined();
  });

  it('refuses a period that ends before it starts with BAD_USER_INPUT naming `to`', async () => {
    const alone = await anElderVisitedTwice();
    const result = await hub.query(VISITS, { key: alone, from: '2025-05-01', to: '2025-04-01' });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions!.field).toBe('to');
  });
});
