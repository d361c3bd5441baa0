import { anElder, anInstitution, openFamilyBed } from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import { uniqueCreditCode } from '../../support/builders/identifiers';
import { graphql } from '../../support/graphql';
import type { OpenFamilyBedInput } from '../../support/graphql/graphql';
import {
  AUDIT_ENTRY_STATEMENTS,
  BATCHING_TOLERANCE,
  DATABASE_TARGETS,
  errorCodes,
  HUB_START_TIMEOUT_MS,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

const OPEN = graphql(`
  mutation FamilyBedOpen($input: OpenFamilyBedInput!) {
    openFamilyBed(input: $input) {
      id
      openedOn
    }
  }
`);

const CLOSE = graphql(`
  mutation FamilyBedClose($input: CloseFamilyBedInput!) {
    closeFamilyBed(input: $input) {
      closedOn
      closeReason
    }
  }
`);

const COUNT = graphql(`
  query FamilyBedCount($area: ID) {
    currentFamilyBedCount(areaCode: $area)
  }
`);

const LISTED = graphql(`
  query FamilyBedsListed($filter: FamilyBedFilter!) {
    familyBeds(filter: $filter, page: { limit: 1000 }) {
      total
      items {
        id
        personKey
        closedOn
        elder {
          name
        }
      }
    }
  }
`);

const PROFILE = graphql(`
  query FamilyBedProfile($key: ID!, $operator: ID!) {
    elder(personKey: $key) {
      currentFamilyBed {
        openedOn
        districtCode
        townCode
        communityCode
        operator {
          name
        }
      }
      familyBeds {
        openedOn
      }
    }
    institution(code: $operator) {
      operatedFamilyBeds {
        openedOn
        elder {
          name
        }
      }
    }
  }
`);

const HISTORY = graphql(`
  query FamilyBedHistory($key: ID!) {
    elder(personKey: $key) {
      currentFamilyBed {
        openedOn
      }
      familyBeds {
        openedOn
        closedOn
        closeReason
        operator {
          name
        }
      }
    }
  }
`);

const SEEDED = graphql(`
  query FamilyBedsSeeded($limit: Int!) {
    currentFamilyBedCount
    familyBeds(page: { limit: $limit }) {
      total
      items {
        districtCode
        elder {
          districtCode
          currentInstitutionStay {
            id
          }
          currentFamilyBed {
            id
          }
        }
        operator {
          operatedFamilyBeds {
            id
          }
        }
      }
    }
  }
`);

const SEEDED_ELDERS = graphql(`
  query FamilyBedsSeededElders {
    elders(filter: { includeDeceased: true }, page: { limit: 1 }) {
      total
    }
  }
`);

/** 乳山市, its town 夏村镇 and the town's village 东秦家庄村; 环翠区; the city. */
const RUSHAN = '371083';
const XIACUN_TOWN = '371083100';
const DONGQINJIAZHUANG_VILLAGE = '371083100201';
const HUANCUI = '371002';
const WEIHAI = '371000';

describe.each(DATABASE_TARGETS)('family elder-care beds (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    // Each test opens beds for elders of its own, run by operators of its own; counts are compared before and after.
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  /** Two operators offering home visits, and three elders at home: in a village and a town of 乳山市, and in 环翠区. */
  async function operatorsAndElders() {
    const { code: operator } = await anInstitution(hub)
      .named('乳山市颐和居家养老服务中心')
      .inArea(XIACUN_TOWN)
      .openedOn('2018-04-01')
      .with({ offersHomeVisits: true })
      .register();
    const { code: otherOperator } = await anInstitution(hub)
      .named('环翠区福寿康养中心')
      .inArea(HUANCUI)
      .public()
      .openedOn('2016-01-01')
      .with({ offersHomeVisits: true })
      .register();
    const elder = async (name: string, areaCode: string) =>
      (
        await anElder(hub)
          .named(name)
          .withIdFrom('371083')
          .bornOn('1944-09-09')
          .livingIn(areaCode)
          .with({ livingSituation: 'EMPTY_NEST' })
          .register()
      ).personKey;
    const keys = {
      王秀兰: await elder('王秀兰', DONGQINJIAZHUANG_VILLAGE),
      孙德明: await elder('孙德明', XIACUN_TOWN),
      姜玉芳: await elder('姜玉芳', HUANCUI),
    };
    return { operator, otherOperator, keys };
  }

  /** 王秀兰's (2024-05-01) and 孙德明's (2024-06-15) beds run by the 乳山 operator, 姜玉芳's (2024-07-01) by the 环翠 one. */
  async function openBeds({ operator, otherOperator, keys }: Awaited<ReturnType<typeof operatorsAndElders>>) {
    return {
      王秀兰: (await openFamilyBed(hub, { personKey: keys['王秀兰'], operatorCode: operator, openedOn: '2024-05-01' }))
        .id,
      孙德明: (await openFamilyBed(hub, { personKey: keys['孙德明'], operatorCode: operator, openedOn: '2024-06-15' }))
        .id,
      姜玉芳: (
        await openFamilyBed(hub, { personKey: keys['姜玉芳'], operatorCode: otherOperator, openedOn: '2024-07-01' })
      ).id,
    };
  }

  async function threeOpenBeds() {
    const setting = await operatorsAndElders();
    return { ...setting, beds: await openBeds(setting) };
  }

  /** The three beds, 王秀兰's closed on 2025-01-31 when she moved into an institution. */
  async function threeBedsOneClosed() {
    const setting = await threeOpenBeds();
    expect(
      expectData(
        await hub.query(CLOSE, {
          input: { familyBedId: setting.beds['王秀兰'], closedOn: '2025-01-31', reason: 'INSTITUTION' },
        }),
      ).closeFamilyBed,
    ).toEqual({ closedOn: '2025-01-31', closeReason: 'INSTITUTION' });
    return setting;
  }

  const count = async (areaCode?: string) =>
    expectData(await hub.query(COUNT, { area: areaCode })).currentFamilyBedCount;
  const listed = async (filter: { areaCode?: string; operatorCode?: string; includeClosed?: boolean }) =>
    expectData(await hub.query(LISTED, { filter })).familyBeds;
  const historyOf = async (key: string) => expectData(await hub.query(HISTORY, { key })).elder;

  it('opens family beds in the elder’s service area and shows them on the elder, the operator and the area counts', async () => {
    const setting = await operatorsAndElders();
    const { operator, keys } = setting;
    const mine = Object.values(keys);
    const areas = [DONGQINJIAZHUANG_VILLAGE, XIACUN_TOWN, HUANCUI, WEIHAI];
    const totalsBefore = await Promise.all(areas.map(async (areaCode) => (await listed({ areaCode })).total));
    const before = { city: await count(), rushan: await count(RUSHAN) };

    await openBeds(setting);

    const profile = await hub.query(PROFILE, { key: keys['王秀兰'], operator });
    expect(expectData(profile)).toEqual({
      elder: {
        currentFamilyBed: {
          openedOn: '2024-05-01',
          districtCode: RUSHAN,
          townCode: XIACUN_TOWN,
          communityCode: DONGQINJIAZHUANG_VILLAGE,
          operator: { name: '乳山市颐和居家养老服务中心' },
        },
        familyBeds: [{ openedOn: '2024-05-01' }],
      },
      institution: {
        operatedFamilyBeds: [
          { openedOn: '2024-05-01', elder: { name: '王秀兰' } },
          { openedOn: '2024-06-15', elder: { name: '孙德明' } },
        ],
      },
    });

    // Every area lists the beds of my elders living in it, in order of opening, and counts them.
    const lists = await Promise.all(areas.map((areaCode) => listed({ areaCode })));
    expect(
      lists.map((list, index) => ({
        added: list.total - totalsBefore[index],
        mine: list.items.filter((bed) => mine.includes(bed.personKey)).map((bed) => bed.elder.name),
      })),
    ).toEqual([
      { added: 1, mine: ['王秀兰'] },
      { added: 2, mine: ['王秀兰', '孙德明'] },
      { added: 1, mine: ['姜玉芳'] },
      { added: 3, mine: ['王秀兰', '孙德明', '姜玉芳'] },
    ]);
    expect({ city: await count(), rushan: await count(RUSHAN) }).toEqual({
      city: before.city + 3,
      rushan: before.rushan + 2,
    });
  });

  it('refuses a second family bed for an elder with CONFLICT, and an unknown operator, a future date or an unknown area with BAD_USER_INPUT, changing nothing', async () => {
    const { operator, otherOperator, keys } = await threeOpenBeds();
    const before = await count();
    const second = await hub.query(OPEN, {
      input: { personKey: keys['王秀兰'], operatorCode: otherOperator, openedOn: '2025-01-01' },
    });
    expect(errorCodes(second)).toEqual(['CONFLICT']);
    expect(second.errors![0].extensions!.field).toBe('personKey');

    const unknownOperator = uniqueCreditCode(hub, { areaCode: RUSHAN, kind: '52' });
    const cases: Array<{ input: OpenFamilyBedInput; field: string }> = [
      {
        input: { personKey: keys['孙德明'], operatorCode: unknownOperator, openedOn: '2025-01-01' },
        field: 'operatorCode',
      },
      { input: { personKey: keys['孙德明'], operatorCode: operator, openedOn: '2999-01-01' }, field: 'openedOn' },
      { input: { personKey: 'f'.repeat(32), operatorCode: operator, openedOn: '2025-01-01' }, field: 'personKey' },
    ];
    for (const { input, field } of cases) {
      const result = await hub.query(OPEN, { input });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    const unknownArea = await hub.query(LISTED, { filter: { areaCode: '999999' } });
    expect(errorCodes(unknownArea)).toEqual(['BAD_USER_INPUT']);
    expect(unknownArea.errors![0].extensions!.field).toBe('filter.areaCode');

    expect(await count()).toBe(before);
    expect((await historyOf(keys['王秀兰']))?.familyBeds.map((bed) => bed.operator)).toEqual([
      { name: '乳山市颐和居家养老服务中心' },
    ]);
  });

  it('closes a family bed, keeping it in the elder’s history and out of the current count', async () => {
    const { operator, keys, beds } = await threeOpenBeds();
    const before = { open: await count(), all: (await listed({ includeClosed: true })).total };
    const closed = await hub.query(CLOSE, {
      input: { familyBedId: beds['王秀兰'], closedOn: '2025-01-31', reason: 'INSTITUTION' },
    });
    expect(expectData(closed).closeFamilyBed).toEqual({ closedOn: '2025-01-31', closeReason: 'INSTITUTION' });

    const elder = await historyOf(keys['王秀兰']);
    expect({
      currentFamilyBed: elder?.currentFamilyBed,
      familyBeds: elder?.familyBeds.map(({ closedOn, closeReason }) => ({ closedOn, closeReason })),
    }).toEqual({
      currentFamilyBed: null,
      familyBeds: [{ closedOn: '2025-01-31', closeReason: 'INSTITUTION' }],
    });
    expect(await count()).toBe(before.open - 1);
    expect((await listed({ includeClosed: true })).total).toBe(before.all);
    const operated = async (includeClosed: boolean) =>
      (await listed({ operatorCode: operator, includeClosed })).items.map(({ id, closedOn }) => ({ id, closedOn }));
    expect(await operated(true)).toEqual([
      { id: beds['王秀兰'], closedOn: '2025-01-31' },
      { id: beds['孙德明'], closedOn: null },
    ]);
    expect(await operated(false)).toEqual([{ id: beds['孙德明'], closedOn: null }]);
  });

  it('refuses to close a bed twice (CONFLICT), before it opened (BAD_USER_INPUT) or one that does not exist (NOT_FOUND)', async () => {
    const { keys, beds } = await threeBedsOneClosed();
    const before = await count();
    const twice = await hub.query(CLOSE, {
      input: { familyBedId: beds['王秀兰'], closedOn: '2025-02-10', reason: 'OTHER' },
    });
    expect(errorCodes(twice)).toEqual(['CONFLICT']);
    expect(twice.errors![0].extensions!.field).toBe('familyBedId');

    const early = await hub.query(CLOSE, {
      input: { familyBedId: beds['孙德明'], closedOn: '2024-06-01', reason: 'HOSPITAL' },
    });
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.errors![0].extensions!.field).toBe('closedOn');

    expect(
      errorCodes(await hub.query(CLOSE, { input: { familyBedId: '999999', closedOn: '2025-02-10', reason: 'OTHER' } })),
    ).toEqual(['NOT_FOUND']);
    expect(await count()).toBe(before);
    expect(
      (await historyOf(keys['王秀兰']))?.familyBeds.map(({ closedOn, closeReason }) => ({ closedOn, closeReason })),
    ).toEqual([{ closedOn: '2025-01-31', closeReason: 'INSTITUTION' }]);
  });

  it('opens a new family bed for the elder from the day the old one closed, but not overlapping it', async () => {
    const { operator, keys } = await threeBedsOneClosed();
    const before = await count();
    const overlapping = await hub.query(OPEN, {
      input: { personKey: keys['王秀兰'], operatorCode: operator, openedOn: '2025-01-15' },
    });
    expect(errorCodes(overlapping)).toEqual(['CONFLICT']);
    expect(await count()).toBe(before);

    const reopened = await hub.query(OPEN, {
      input: { personKey: keys['王秀兰'], operatorCode: operator, openedOn: '2025-01-31' },
    });
    expect(expectData(reopened).openFamilyBed.openedOn).toBe('2025-01-31');
    const elder = await historyOf(keys['王秀兰']);
    expect({
      currentFamilyBed: elder?.currentFamilyBed,
      familyBeds: elder?.familyBeds.map(({ openedOn, closedOn }) => ({ openedOn, closedOn })),
    }).toEqual({
      currentFamilyBed: { openedOn: '2025-01-31' },
      familyBeds: [
        { openedOn: '2025-01-31', closedOn: null },
        { openedOn: '2024-05-01', closedOn: '2025-01-31' },
      ],
    });
    expect(await count()).toBe(before + 1);
  });
});

describe.each(DATABASE_TARGETS)('the seeded family beds (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'seeded');
  }, HUB_START_TIMEOUT_MS);

  async function read(limit: number) {
    const before = hub.statements('civil-affairs');
    const result = await hub.query(SEEDED, { limit });
    return { statements: hub.statements('civil-affairs') - before, data: expectData(result) };
  }

  it('opens family beds for about 0.3% of elders, at home rather than in an institution, read in a handful of statements', async () => {
    const elders = expectData(await hub.query(SEEDED_ELDERS)).elders.total;
    // The seed has about a dozen open family beds: one against all of them.
    const small = await read(1);
    const large = await read(1000);
    const { currentFamilyBedCount, familyBeds } = large.data;
    expect(small.data.familyBeds.items).toHaveLength(1);
    expect(familyBeds.items).toHaveLength(familyBeds.total);
    expect(currentFamilyBedCount).toBe(familyBeds.total);
    expect(currentFamilyBedCount / elders).toBeGreaterThan(0.001);
    expect(currentFamilyBedCount / elders).toBeLessThan(0.006);
    for (const bed of familyBeds.items) {
      expect(bed.districtCode).toBe(bed.elder.districtCode);
      expect(bed.elder.currentInstitutionStay).toBeNull();
      expect(bed.elder.currentFamilyBed).not.toBeNull();
    }
    expect(Math.abs(large.statements - small.statements)).toBeLessThanOrEqual(BATCHING_TOLERANCE);
    expect(large.statements).toBeLessThanOrEqual(10 + AUDIT_ENTRY_STATEMENTS + BATCHING_TOLERANCE);
  });
});
