import { admit, anElder, anInstitution, bedsOf, openFamilyBed } from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import { aHospitalStay, aMedicalInstitution } from '../../support/builders/health';
import { graphql } from '../../support/graphql';
import type { SmallCellsLinkageQuery } from '../../support/graphql/graphql';
import {
  type As,
  DATABASE_TARGETS,
  errorCodes,
  HUB_START_TIMEOUT_MS,
  type OwnTestHub,
  startTestHub,
} from '../../support/test-hub';

/**
 * Small cells: a count of 1–4 persons in a district can single a person out, so callers who may read
 * aggregates but not the records behind them see it withheld (null, flag true), never the number;
 * department systems entitled to the records see it exactly. The second quarter of 2026:
 *   文登区  P1 hospital 04-01..04-10 → (3 days) institution bed; P2 hospital 05-01..05-10, home;
 *           P3 in a family bed all along.
 *   荣成市  six hospital discharges, Q1's followed by an institution bed (in 文登) two days later,
 *           the other five's by nothing: the total is shown, and the five without a next bed are
 *           withheld with Q1, since 6 − 5 would give Q1 back.
 */
const WENDENG = '371003';
const RONGCHENG = '371082';
const Q2 = { from: '2026-04-01', to: '2026-06-30' };

const LINKAGE = graphql(`
  query SmallCellsLinkage($area: ID!, $from: LocalDate, $to: LocalDate) {
    fiveBedLinkage(areaCode: $area, from: $from, to: $to) {
      beds {
        kind
        capacity
        capacitySuppressed
        occupied
        occupiedSuppressed
        occupancyBasisPoints
        occupancyBasisPointsSuppressed
      }
      transfers {
        from
        to
        count
        countSuppressed
      }
      hospitalDischarges
      hospitalDischargesSuppressed
      hospitalDischargesWithNextBed
      hospitalDischargesWithNextBedSuppressed
      hospitalDischargesWithoutNextBed
      hospitalDischargesWithoutNextBedSuppressed
      medianDaysToNextBed
      medianDaysToNextBedSuppressed
      p90DaysToNextBed
      p90DaysToNextBedSuppressed
    }
  }
`);

const FAMILY_BEDS_INDICATOR = graphql(`
  query SmallCellsFamilyBedsIndicator($area: ID!) {
    indicatorAreas(asOf: "2026-06-30", areaCodes: [$area]) {
      indicators(codes: ["I10"]) {
        numerator
        numeratorSuppressed
        value
        valueSuppressed
        status
      }
    }
  }
`);

type Linkage = SmallCellsLinkageQuery['fiveBedLinkage'];
const shown = (value: number | null) => ({ value, suppressed: false });
const WITHHELD = { value: null, suppressed: true };
const figure = (
  linkage: Linkage,
  name:
    | 'hospitalDischarges'
    | 'hospitalDischargesWithNextBed'
    | 'hospitalDischargesWithoutNextBed'
    | 'medianDaysToNextBed'
    | 'p90DaysToNextBed',
) => ({
  value: linkage[name],
  suppressed: linkage[`${name}Suppressed`],
});

describe.each(DATABASE_TARGETS)('small cells withheld from aggregate-only callers (%s)', (target) => {
  // A hub of its own: the figures are district totals of one or two persons, which any other file's
  // records in 文登 or 荣成 would change. Recorded once before the tests; no test writes.
  let hub: OwnTestHub;
  const linkage = async (area: string, as: As) =>
    expectData(await hub.query(LINKAGE, { area, ...Q2 }, as)).fiveBedLinkage;

  async function recordTheQuarter() {
    const elder = async (name: string, livingIn: string) => {
      const { personKey, idNumber } = await anElder(hub).named(name).bornOn('1942-03-04').livingIn(livingIn).register();
      return { personKey, idNumber };
    };
    const home = (await anInstitution(hub).named('文登区康宁养老院').inArea('371003001').public().register()).code;
    const beds = await bedsOf(hub, home)
      .labelled('1-1', '1-2', '1-3', '1-4', '1-5', '1-6', '1-7', '1-8')
      .inServiceFrom('2020-01-01')
      .add();
    const wendengHospital = (
      await aMedicalInstitution(hub).named('文登区中心医院').inArea(WENDENG).withMedicalBeds(100).register()
    ).code;
    const rongchengHospital = (
      await aMedicalInstitution(hub).named('荣成市人民医院').inArea(RONGCHENG).withMedicalBeds(100).register()
    ).code;

    const p1 = await elder('于小文', WENDENG);
    await aHospitalStay(hub, { idNumber: p1.idNumber })
      .in(wendengHospital)
      .from('2026-04-01')
      .discharged('2026-04-10', 'ELDER_CARE_INSTITUTION')
      .record();
    await admit(hub, p1.personKey, beds[0], '2026-04-13');
    const p2 = await elder('宋小兰', WENDENG);
    await aHospitalStay(hub, { idNumber: p2.idNumber })
      .in(wendengHospital)
      .from('2026-05-01')
      .discharged('2026-05-10', 'HOME')
      .record();
    const p3 = await elder('林小英', WENDENG);
    await openFamilyBed(hub, { personKey: p3.personKey, operatorCode: home, openedOn: '2026-01-01' });

    for (const [index, name] of ['曲小山', '丛小华', '王小福', '孙小丽', '刘小涛', '姜小明'].entries()) {
      const q = await elder(name, RONGCHENG);
      const ended = `2026-05-${String(10 + index).padStart(2, '0')}`;
      await aHospitalStay(hub, { idNumber: q.idNumber })
        .in(rongchengHospital)
        .from('2026-05-01')
        .discharged(ended, index === 0 ? 'ELDER_CARE_INSTITUTION' : 'HOME')
        .record();
      if (index === 0) await admit(hub, q.personKey, beds[1], '2026-05-12');
    }
  }

  beforeAll(async () => {
    hub = await startTestHub(target);
    await recordTheQuarter();
  }, HUB_START_TIMEOUT_MS);
  afterAll(() => hub?.stop());

  it('withholds a district’s transfer of one elder, its two discharges and the days to the next bed from an analyst: null and flagged, never the number', async () => {
    const seen = await linkage(WENDENG, 'analyst');
    expect(seen.transfers).toEqual([{ from: 'MEDICAL_BED', to: 'ELDER_CARE_BED', count: null, countSuppressed: true }]);
    for (const name of [
      'hospitalDischarges',
      'hospitalDischargesWithNextBed',
      'hospitalDischargesWithoutNextBed',
      'medianDaysToNextBed',
      'p90DaysToNextBed',
    ] as const)
      expect([name, figure(seen, name)]).toEqual([name, WITHHELD]);
    expect(seen.beds).toEqual([
      // Eight beds are shown; the two elders in them and the share they fill are not.
      {
        kind: 'ELDER_CARE_BED',
        capacity: 8,
        capacitySuppressed: false,
        occupied: null,
        occupiedSuppressed: true,
        occupancyBasisPoints: null,
        occupancyBasisPointsSuppressed: true,
      },
      // A family bed exists only while an elder is in it: its capacity is the elder.
      {
        kind: 'FAMILY_ELDER_CARE_BED',
        capacity: null,
        capacitySuppressed: true,
        occupied: null,
        occupiedSuppressed: true,
        occupancyBasisPoints: null,
        occupancyBasisPointsSuppressed: true,
      },
      // Nobody names no one: 0 is shown.
      {
        kind: 'MEDICAL_BED',
        capacity: 100,
        capacitySuppressed: false,
        occupied: 0,
        occupiedSuppressed: false,
        occupancyBasisPoints: 0,
        occupancyBasisPointsSuppressed: false,
      },
      {
        kind: 'HOME_SICKBED',
        capacity: 0,
        capacitySuppressed: false,
        occupied: 0,
        occupiedSuppressed: false,
        occupancyBasisPoints: null,
        occupancyBasisPointsSuppressed: false,
      },
      {
        kind: 'HOSPICE_BED',
        capacity: 0,
        capacitySuppressed: false,
        occupied: 0,
        occupiedSuppressed: false,
        occupancyBasisPoints: null,
        occupancyBasisPointsSuppressed: false,
      },
    ]);
  });

  it('shows the same district exactly to civil affairs’ and health’s systems, entitled to the care records', async () => {
    for (const system of ['civil-affairs-system', 'health-system'] as const) {
      const seen = await linkage(WENDENG, system);
      expect(seen.transfers).toEqual([{ from: 'MEDICAL_BED', to: 'ELDER_CARE_BED', count: 1, countSuppressed: false }]);
      expect(figure(seen, 'hospitalDischarges')).toEqual(shown(2));
      expect(figure(seen, 'hospitalDischargesWithNextBed')).toEqual(shown(1));
      expect(figure(seen, 'hospitalDischargesWithoutNextBed')).toEqual(shown(1));
      expect(figure(seen, 'medianDaysToNextBed')).toEqual(shown(3));
      expect(
        seen
          .beds!.slice(0, 2)
          .map(({ capacity, occupied, occupancyBasisPoints }) => [capacity, occupied, occupancyBasisPoints]),
      ).toEqual([
        [8, 2, 2500],
        [1, 1, 10_000],
      ]);
    }
  });

  it('withholds them from a department system outside the care records’ sharing rule too', async () => {
    const seen = await linkage(WENDENG, 'finance-system');
    expect(seen.transfers).toEqual([{ from: 'MEDICAL_BED', to: 'ELDER_CARE_BED', count: null, countSuppressed: true }]);
    expect(figure(seen, 'hospitalDischarges')).toEqual(WITHHELD);
  });

  it('withholds the five without a next bed with the one that had it, so that the shown total does not give the one back', async () => {
    const seen = await linkage(RONGCHENG, 'analyst');
    expect(figure(seen, 'hospitalDischarges')).toEqual(shown(6));
    expect(figure(seen, 'hospitalDischargesWithNextBed')).toEqual(WITHHELD);
    expect(figure(seen, 'hospitalDischargesWithoutNextBed')).toEqual(WITHHELD);
    expect(seen.transfers).toEqual([{ from: 'MEDICAL_BED', to: 'ELDER_CARE_BED', count: null, countSuppressed: true }]);
    expect(figure(seen, 'medianDaysToNextBed')).toEqual(WITHHELD);

    const exact = await linkage(RONGCHENG, 'civil-affairs-system');
    expect([figure(exact, 'hospitalDischargesWithNextBed'), figure(exact, 'hospitalDischargesWithoutNextBed')]).toEqual(
      [shown(1), shown(5)],
    );
  });

  it('withholds an indicator’s count of one family bed and its value from an analyst, keeps its status, and shows it to civil affairs', async () => {
    const indicator = async (as: As) =>
      expectData(await hub.query(FAMILY_BEDS_INDICATOR, { area: WENDENG }, as)).indicatorAreas[0].indicators![0];
    expect(await indicator('analyst')).toEqual({
      numerator: null,
      numeratorSuppressed: true,
      value: null,
      valueSuppressed: true,
      status: 'CITY_TARGET_ONLY',
    });
    expect(await indicator('civil-affairs-system')).toEqual({
      numerator: 1,
      numeratorSuppressed: false,
      value: 1,
      valueSuppressed: false,
      status: 'CITY_TARGET_ONLY',
    });
  });

  it('keeps the exact counts the indicators are computed from away from an analyst: not in the API, FORBIDDEN at the departments’ ports', async () => {
    const figures = `{ indicatorAreas(areaCodes: ["${WENDENG}"]) { socialWorkers ltciInsuredEldersResidentsScheme } }`;
    // Must not validate: a plain string.
    expect(new Set(errorCodes(await hub.query<unknown>(figures, {}, 'analyst')))).toEqual(
      new Set(['GRAPHQL_VALIDATION_FAILED']),
    );
    const representation = { __typename: 'AreaOnDate', areaCode: WENDENG, asOf: '2026-06-30' };
    for (const [department, field] of [
      ['human-resources', 'socialWorkers'],
      ['human-resources', 'trainedCaregiversInGoalYear'],
      ['medical-insurance', 'ltciInsuredEldersResidentsScheme'],
      ['medical-insurance', 'ltciInsuredEldersEmployeesScheme'],
    ] as const) {
      const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaOnDate { ${field} } } }`;
      const refused = await hub.querySubgraph<unknown>(department, query, { r: [representation] }, 'analyst');
      expect([department, errorCodes(refused)]).toEqual([department, ['FORBIDDEN']]);
      const entitled = await hub.querySubgraph<{ _entities: Array<Record<string, number>> }>(
        department,
        query,
        { r: [representation] },
        'civil-affairs-system',
      );
      expect(expectData(entitled)._entities[0][field]).toBe(0);
    }
  });
});
