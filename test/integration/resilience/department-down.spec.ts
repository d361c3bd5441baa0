import { DEPARTMENT_NAMES, type Department } from '../../../subgraphs/shared/departments';
import { expectData } from '../../support/builders/expect-data';
import { type FaultProxy, startFaultProxy } from '../../support/fault-proxy';
import { graphql } from '../../support/graphql';
import {
  DATABASE_TARGETS,
  type GraphQLResult,
  HUB_START_TIMEOUT_MS,
  type OwnTestHub,
  startTestHub,
} from '../../support/test-hub';

/** One elder's fields from every department: civil affairs' name, health's stays, insurance's settlements, finance's payments, HR's caregivers. */
const ELDER_ACROSS_DEPARTMENTS = graphql(`
  query ResilienceElderAcrossDepartments($key: ID!) {
    elder(personKey: $key) {
      name
      hospitalStays {
        admittedOn
      }
      ltciSettlements {
        month
      }
      lotteryFundPayments {
        amountFen
      }
      careAssignments {
        careType
        caregiver {
          role
        }
      }
    }
  }
`);

/** One district's figures from every department. */
const AREA_ACROSS_DEPARTMENTS = graphql(`
  query ResilienceAreaAcrossDepartments($code: ID!) {
    area(code: $code) {
      name
      hospiceProviderCount
      ltciFigures {
        activeResidentEnrolments
      }
      certifiedCaregiverCount
      lotteryFundFigures {
        raisedYear
      }
    }
  }
`);

const ELDERS_WITH_CAREGIVERS = graphql(`
  query ResilienceEldersWithCaregivers {
    elders(page: { limit: 200 }) {
      items {
        personKey
        careAssignments {
          id
        }
      }
    }
  }
`);

type ElderAnswer = GraphQLResult<{ elder: Record<string, unknown> | null }>;
type AreaAnswer = GraphQLResult<{ area: Record<string, unknown> | null }>;

const DISTRICT = '371002';

/** The departments with fields on an elder and an area (the joint meeting has none: its views are tested in indicators/). */
type PersonDepartment = Exclude<Department, 'joint-meeting'>;
const PERSON_DEPARTMENTS = DEPARTMENT_NAMES.filter((name): name is PersonDepartment => name !== 'joint-meeting');
// Finance's own timeout, for the hung case; every elder answer calls finance too, so it must also outlast
// an answer on a loaded machine (at 3 s, a slow finance call once added a second error to the overload case).
const TIMEOUT_MS = 8000;
const BREAKER_FAILURES = 4;

/** The elder's answer as it is with one department's fields missing: those null, everything else as before. */
function elderWithout(department: PersonDepartment, elder: Record<string, unknown>): Record<string, unknown> | null {
  switch (department) {
    case 'civil-affairs':
      return null;
    case 'health':
      return { ...elder, hospitalStays: null };
    case 'medical-insurance':
      return { ...elder, ltciSettlements: null };
    case 'finance':
      return { ...elder, lotteryFundPayments: null };
    case 'human-resources':
      return {
        ...elder,
        careAssignments: (elder.careAssignments as object[]).map((assignment) => ({ ...assignment, caregiver: null })),
      };
  }
}

const AREA_FIELD: Record<Exclude<PersonDepartment, 'civil-affairs'>, string> = {
  health: 'hospiceProviderCount',
  'medical-insurance': 'ltciFigures',
  'human-resources': 'certifiedCaregiverCount',
  finance: 'lotteryFundFigures',
};

function areaWithout(department: PersonDepartment, area: Record<string, unknown>): Record<string, unknown> | null {
  return department === 'civil-affairs' ? null : { ...area, [AREA_FIELD[department]]: null };
}

/** The one error a missing department costs: it names the department and says why. */
function expectOneDepartmentError(result: GraphQLResult<unknown>, department: Department, code: string): void {
  expect(result.errors).toHaveLength(1);
  expect(result.errors?.[0].extensions).toMatchObject({ code, department });
  expect(result.errors?.[0].message).not.toMatch(/ECONN|fetch failed|127\.0\.0\.1/);
}

// A hub of its own: a fault proxy stands between its gateway and each department, and the file takes
// departments down, hangs them and opens their circuits, which would break any other file's answers.
describe.each(DATABASE_TARGETS)('a department that is down, hung or overloaded (%s)', (target) => {
  let hub: OwnTestHub;
  const proxies = {} as Record<Department, FaultProxy>;
  let elderKey: string;
  let fullElder: Record<string, unknown>;
  let fullArea: Record<string, unknown>;

  const elderAnswer = async () =>
    (await hub.query(ELDER_ACROSS_DEPARTMENTS, { key: elderKey }, 'civil-affairs-system')) as ElderAnswer;
  const areaAnswer = async () =>
    (await hub.query(AREA_ACROSS_DEPARTMENTS, { code: DISTRICT }, 'civil-affairs-system')) as AreaAnswer;

  /** Every department back, and its circuit closed again: polls until the elder's full answer returns. */
  async function recover(): Promise<void> {
    for (const proxy of Object.values(proxies)) proxy.setMode('pass');
    for (let attempt = 0; attempt < 80; attempt += 1) {
      if (!(await elderAnswer()).errors) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error('the hub did not recover');
  }

  beforeAll(async () => {
    hub = await startTestHub(target, {
      seedElders: 200,
      env: {
        FINANCE_TIMEOUT_MS: String(TIMEOUT_MS),
        SUBGRAPH_BREAKER_FAILURES: String(BREAKER_FAILURES),
        SUBGRAPH_BREAKER_OPEN_MS: '5000',
        SUBGRAPH_MAX_CONCURRENT: '4',
        SUBGRAPH_MAX_QUEUED: '1',
      },
      routeSubgraph: async (department, url) => {
        proxies[department] = await startFaultProxy(url);
        return proxies[department].url;
      },
    });
    const { items } = expectData(await hub.query(ELDERS_WITH_CAREGIVERS, {}, 'civil-affairs-system')).elders;
    elderKey = items.find((elder) => elder.careAssignments.length > 0)!.personKey;
    fullElder = expectData(await elderAnswer()).elder!;
    fullArea = expectData(await areaAnswer()).area!;
  }, HUB_START_TIMEOUT_MS);

  afterEach(() => recover(), 30_000);

  afterAll(async () => {
    await hub?.stop();
    await Promise.all(Object.values(proxies).map((proxy) => proxy.close()));
  });

  it('answers every department’s fields when all are up', () => {
    for (const value of Object.values(fullElder)) expect(value).not.toBeNull();
    for (const value of Object.values(fullArea)) expect(value).not.toBeNull();
    expect(fullElder.careAssignments).not.toEqual([]);
  });

  it.each(PERSON_DEPARTMENTS)(
    'with %s down, answers every other department’s fields and one error naming it',
    async (department) => {
      proxies[department].setMode('down');
      const elder = await elderAnswer();
      expect(elder.data).toEqual({ elder: elderWithout(department, fullElder) });
      expectOneDepartmentError(elder, department, 'DEPARTMENT_UNAVAILABLE');
      // The error points into the answer, at the object whose fields the department would have given.
      expect(elder.errors?.[0].path?.[0]).toBe('elder');
      const area = await areaAnswer();
      expect(area.data).toEqual({ area: areaWithout(department, fullArea) });
      expectOneDepartmentError(area, department, 'DEPARTMENT_UNAVAILABLE');
      expect(area.errors?.[0].path).toEqual(['area']);
    },
  );

  it('with finance hung, answers within its timeout and a margin, partial, with DEPARTMENT_TIMEOUT', async () => {
    proxies.finance.setMode('hang');
    const started = Date.now();
    const elder = await elderAnswer();
    // A generous margin: the bound is that the gateway stops waiting, not how fast a loaded machine is.
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 12_000);
    expect(elder.data).toEqual({ elder: elderWithout('finance', fullElder) });
    expectOneDepartmentError(elder, 'finance', 'DEPARTMENT_TIMEOUT');
  });

  it('short-circuits a department after consecutive failures, without calling it, and closes again once it is back', async () => {
    const proxy = proxies['medical-insurance'];
    proxy.setMode('down');
    for (let failure = 0; failure < BREAKER_FAILURES; failure += 1) await elderAnswer();
    const calls = proxy.connections();
    const shortCircuited = await elderAnswer();
    expect(proxy.connections()).toBe(calls);
    expect(shortCircuited.data).toEqual({ elder: elderWithout('medical-insurance', fullElder) });
    expectOneDepartmentError(shortCircuited, 'medical-insurance', 'DEPARTMENT_UNAVAILABLE');
    // Back up: the circuit stays open for a while, then a trial call passes and it closes.
    await recover();
    expect(proxy.connections()).toBeGreaterThan(calls);
    expect(expectData(await elderAnswer()).elder).toEqual(fullElder);
  });

  it('sheds a call beyond a department’s concurrency and queue with DEPARTMENT_OVERLOADED', async () => {
    // Health keeps the test hub's long timeout: its hung calls stay in flight until the proxy cuts them.
    const proxy = proxies.health;
    proxy.setMode('hang');
    const before = proxy.connections();
    // Four calls hang in flight (SUBGRAPH_MAX_CONCURRENT)…
    const hung = Array.from({ length: 4 }, () => elderAnswer());
    for (let attempt = 0; attempt < 400 && proxy.connections() < before + 4; attempt += 1)
      await new Promise((resolve) => setTimeout(resolve, 50));
    // …of the next two, one takes the queue's one place and the other is refused at once.
    const extra = [elderAnswer(), elderAnswer()];
    const refused = await Promise.race(extra);
    expect(refused.data).toEqual({ elder: elderWithout('health', fullElder) });
    expectOneDepartmentError(refused, 'health', 'DEPARTMENT_OVERLOADED');
    // Cut the hung calls: every other answer is partial too, and names health.
    proxy.setMode('down');
    for (const answer of await Promise.all([...hung, ...extra])) {
      expect(answer.data).toEqual({ elder: elderWithout('health', fullElder) });
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors?.[0].extensions?.department).toBe('health');
    }
  });
});
