import { todayIso } from '../../../subgraphs/shared/time/today';
import { changeLtciStatus, anLtciDesignation, anLtciEnrolment } from '../../support/builders/medical-insurance';
import {
  CHANGE_LOG_MARK_STATEMENTS,
  DATABASE_TARGETS,
  errorCodes,
  type GraphQLResult,
  HUB_START_TIMEOUT_MS,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

/*
 * The worker's blank hub: other files' enrolments and designations are counted in the same
 * districts and the city, so every figure here is asserted as the difference between a reading
 * taken before the test built its persons and designations and one taken after. Nothing else
 * writes to the hub while a file runs (a worker runs one file at a time), so the differences are
 * exact: the same numbers a hub of its own would show, without starting one.
 */

const DAY_1 = '2025-01-31';
const DAY_2 = '2026-06-30';

/** Subgraph-only: the gateway resolves AreaOnDate through `indicatorAreas`, this asks medical insurance directly. */
const AREA_ON_DATE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaOnDate { areaCode asOf ltciInsuredEldersResidentsScheme ltciInsuredEldersEmployeesScheme ltciDesignatedInstitutionCodes } } }`;
interface AreaOnDateFigures {
  areaCode: string;
  asOf: string;
  ltciInsuredEldersResidentsScheme: number;
  ltciInsuredEldersEmployeesScheme: number;
  ltciDesignatedInstitutionCodes: string[];
}
const insuredElders = (area: AreaOnDateFigures) =>
  area.ltciInsuredEldersResidentsScheme + area.ltciInsuredEldersEmployeesScheme;

const AREA_TODAY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Area { ltciFigures { activeEmployeeEnrolments activeResidentEnrolments designatedInstitutions } } } }`;
interface AreaTodayFigures {
  ltciFigures: { activeEmployeeEnrolments: number; activeResidentEnrolments: number; designatedInstitutions: number };
}

const on = (areaCode: string, asOf: string) => ({ __typename: 'AreaOnDate', areaCode, asOf });

describe.each(DATABASE_TARGETS)('medical insurance’s figures of an area on a day (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  const query = (representations: object[]) =>
    hub.querySubgraph<{ _entities: AreaOnDateFigures[] }>(
      'medical-insurance',
      AREA_ON_DATE,
      { r: representations },
      // Exact counts of the insured, however small: for callers entitled to the enrolments.
      'civil-affairs-system',
    );
  const figures = async (representations: object[]) => {
    const result = await query(representations);
    expect(result.errors).toBeUndefined();
    return result.data!._entities;
  };

  /** What changed between two readings of the same areas and days: elders insured (per scheme), and institutions newly designated. */
  const changes = (before: AreaOnDateFigures[], after: AreaOnDateFigures[]) =>
    after.map((area, i) => {
      expect(area.ltciDesignatedInstitutionCodes).toEqual(
        expect.arrayContaining(before[i].ltciDesignatedInstitutionCodes) as unknown,
      );
      return {
        areaCode: area.areaCode,
        asOf: area.asOf,
        insured: insuredElders(area) - insuredElders(before[i]),
        residents: area.ltciInsuredEldersResidentsScheme - before[i].ltciInsuredEldersResidentsScheme,
        designated: area.ltciDesignatedInstitutionCodes.filter(
          (code) => !before[i].ltciDesignatedInstitutionCodes.includes(code),
        ),
      };
    });

  /**
   * Nine persons in 乳山, 环翠 and 荣成 — seven elders, one turning 60 on 2025-03-01 and one aged 45 —
   * four elder-care institutions and a hospital, enrolled and designated over 2023–2026.
   */
  async function insureAndDesignate() {
    const persons: Array<
      [
        scheme: 'EMPLOYEE' | 'RESIDENT',
        district: string,
        since: string,
        change?: ['SUSPENDED' | 'ENDED', string] | null,
        bornOn?: string,
      ]
    > = [
      ['RESIDENT', '371083', DAY_1], // insured from DAY_1 itself
      ['EMPLOYEE', '371083', '2025-03-01'], // insured only after DAY_1
      ['RESIDENT', '371083', '2024-06-01', ['SUSPENDED', '2025-05-01']],
      ['EMPLOYEE', '371083', '2024-02-01', ['ENDED', '2026-01-15']],
      ['RESIDENT', '371002', '2023-01-01'],
      ['RESIDENT', '371002', '2025-08-01'],
      ['EMPLOYEE', '371082', '2023-01-01', ['ENDED', '2025-12-31']],
      ['EMPLOYEE', '371083', '2023-01-01', null, '1965-03-01'], // an elder from 2025-03-01
      ['RESIDENT', '371083', '2023-01-01', null, '1980-07-08'], // insured, never an elder in these years
    ];
    for (const [scheme, district, since, change, bornOn = '1948-05-06'] of persons) {
      const enrolment = anLtciEnrolment(hub).since(since).inDistrict(district).bornOn(bornOn);
      const { personKey } = await (scheme === 'EMPLOYEE' ? enrolment.employee() : enrolment.resident()).enrol();
      if (change) await changeLtciStatus(hub, personKey, change[0], change[1]);
    }
    const home = () => anLtciDesignation(hub).inDistrict('371083');
    return {
      open: (await home().from('2024-01-01').designate()).providerCode,
      fixed: (await home().from('2024-06-01').until('2025-12-31').designate()).providerCode,
      later: (await home().from('2026-03-01').designate()).providerCode,
      huancui: (await anLtciDesignation(hub).inDistrict('371002').from('2023-01-01').designate()).providerCode,
      // A medical institution, never among the elder-care institutions' codes.
      hospital: (
        await anLtciDesignation(hub)
          .medicalInstitution('MEDICAL_SECONDARY')
          .inDistrict('371083')
          .from('2023-01-01')
          .designate()
      ).providerCode,
    };
  }

  it('counts the elders (60 or over on the day) insured per scheme and lists the elder-care institutions designated on each day, for a district and the city, in one statement per loader for every area and day asked', async () => {
    const areas = [on('371083', DAY_1), on('371000', DAY_1), on('371083', DAY_2), on('371000', DAY_2)];
    const before = await figures(areas);
    const { open, fixed, later, huancui } = await insureAndDesignate();
    const statementsBefore = hub.statements('medical-insurance');
    const after = await figures(areas);
    const statements = hub.statements('medical-insurance') - statementsBefore;
    expect(changes(before, after)).toEqual([
      // DAY_1: insured from that day counts; the suspension and the end took effect later, so those two were insured; the two under 60 do not count.
      { areaCode: '371083', asOf: DAY_1, insured: 3, residents: 2, designated: [open, fixed].sort() },
      { areaCode: '371000', asOf: DAY_1, insured: 5, residents: 3, designated: [open, fixed, huancui].sort() },
      // DAY_2: the suspension and the end have taken effect; the employee born in 1965 is 61; the fixed-term designation is over, the later one begun.
      { areaCode: '371083', asOf: DAY_2, insured: 3, residents: 1, designated: [open, later].sort() },
      { areaCode: '371000', asOf: DAY_2, insured: 5, residents: 3, designated: [open, later, huancui].sort() },
    ]);
    // Two loaders (the insured of both schemes, the designations): one statement each for all the areas and both days.
    expect(statements).toBe(2 + CHANGE_LOG_MARK_STATEMENTS);
  });

  it('does not count a person on the day their suspension takes effect, and counts a designation on its last day', async () => {
    const days = ['2025-05-01', '2025-04-30', '2025-12-31', '2026-01-01'].map((day) => on('371083', day));
    const before = await figures(days);
    await insureAndDesignate();
    const after = await figures(days);
    expect(changes(before, after).map((area) => [area.insured, area.designated.length])).toEqual([
      [4, 2], // 2025-05-01: DAY_1’s three less the suspended, plus the employee insured since March and the one 60 since March
      [5, 2],
      [4, 2], // 2025-12-31: the fixed-term designation’s last day
      [4, 1],
    ]);
  });

  it('counts today the elders among the enrolments the area’s LTCI figures of today count', async () => {
    const today = async () => {
      const [[asOf], area] = await Promise.all([
        figures([on('371083', todayIso())]),
        hub.querySubgraph<{ _entities: AreaTodayFigures[] }>(
          'medical-insurance',
          AREA_TODAY,
          { r: [{ __typename: 'Area', code: '371083' }] },
          'analyst',
        ),
      ]);
      expect(area.errors).toBeUndefined();
      const { activeEmployeeEnrolments, activeResidentEnrolments, designatedInstitutions } =
        area.data!._entities[0].ltciFigures;
      expect(asOf.ltciDesignatedInstitutionCodes).toHaveLength(designatedInstitutions);
      return { enrolments: activeEmployeeEnrolments + activeResidentEnrolments, elders: insuredElders(asOf) };
    };
    const before = await today();
    await insureAndDesignate();
    const after = await today();
    // Active in 乳山 today: DAY_1's resident, the employee since March, and the two born in 1965 and 1980 — the last not an elder.
    expect({ enrolments: after.enrolments - before.enrolments, elders: after.elders - before.elders }).toEqual({
      enrolments: 4,
      elders: 3,
    });
  });

  it('refuses a town, a day that is not a date and a day in the future', async () => {
    for (const [representation, field] of [
      [on('371083100', DAY_1), 'areaCode'],
      [on('371083', '2025-02-30'), 'asOf'],
      [on('371083', '2999-01-01'), 'asOf'],
    ] as const) {
      const result: GraphQLResult<unknown> = await query([representation]);
      expect(errorCodes(result)).toContain('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe(field);
    }
  });
});
