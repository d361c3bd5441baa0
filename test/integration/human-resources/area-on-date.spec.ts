import { todayIso } from '../../../subgraphs/shared/time/today';
import { expectData } from '../../support/builders/expect-data';
import { aCaregiver, aCertificate, aTrainingProgramme } from '../../support/builders/human-resources';
import { anLtciDesignation } from '../../support/builders/medical-insurance';
import { uniqueCreditCode } from '../../support/builders/identifiers';
import { graphql } from '../../support/graphql';
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
 * The worker's blank hub: other files' caregivers, training and designations count in the same
 * districts and the city, so every figure here is asserted as the difference between a reading
 * taken before the test built its workforce and one taken after. Nothing else writes to the hub
 * while a file runs (a worker runs one file at a time), so the differences are exact: the numbers
 * a hub of its own would show, without starting one.
 */

const DAY_1 = '2025-01-31';
const DAY_2 = '2026-06-30';

const WORKFORCE_FIELDS = [
  'certifiedCareStaff',
  'socialWorkers',
  'institutionCareStaff',
  'institutionCertifiedCareStaff',
] as const;
const TRAINED_FIELDS = [
  'trainedCaregivers',
  'trainedCaregiversInGoalYear',
  'trainedSocialWorkers',
  'trainedSocialWorkersInGoalYear',
] as const;
const TARGET_FIELDS = [
  'workingCareStaff',
  'inductedElderCaregivers',
  'inductedLongTermCarers',
  'institutionSpecialists',
  'certifiedMedicalStaff',
  'certifiedRehabilitationTherapists',
  'certifiedFireSafetyOperators',
] as const;
type Figure = (typeof WORKFORCE_FIELDS)[number] | (typeof TRAINED_FIELDS)[number] | (typeof TARGET_FIELDS)[number];

/** Subgraph-only: the figures of an area on a day as the gateway asks human resources for them. */
const areaOnDate = (fields: readonly string[]) =>
  `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaOnDate { areaCode asOf ${fields.join(' ')} } } }`;
type AreaOnDate = { areaCode: string; asOf: string } & Partial<Record<Figure, number>> & {
    elderCareMajorEnrolment?: number | null;
    elderCareMajorEnrolmentPreviousYear?: number | null;
  };

/** Subgraph-only: the care staff of each employing institution, which the joint meeting joins with medical insurance's designations. */
const BY_EMPLOYER = `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaOnDate { careStaffByEmployer { institutionCode careStaff longTermCarers } } } }`;
interface EmployerCareStaff {
  institutionCode: string;
  careStaff: number;
  longTermCarers: number;
}

/** Subgraph-only: today's counts of an area. */
const AREA_TODAY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Area { certifiedCaregiverCount socialWorkerCount } } }`;

const INDICATOR_AREAS = graphql(`
  query WorkforceAreaOnDateDesignatedStaff($asOf: LocalDate!) {
    indicatorAreas(asOf: $asOf, areaCodes: ["371083", "371000"]) {
      areaCode
      asOf
      indicators(codes: ["M20-LTC"]) {
        numerator
        denominator
      }
    }
  }
`);

const TRAINING_GOALS = graphql(`
  query WorkforceAreaOnDateTrainingGoals {
    caregiverTrainingGoals {
      from
      yearFrom
      caregiversTrained
      caregiversTrainedInGoalYear
      socialWorkersTrained
      socialWorkersTrainedInGoalYear
    }
  }
`);

const on = (areaCode: string, asOf: string, extra: object = {}) => ({
  __typename: 'AreaOnDate',
  areaCode,
  asOf,
  ...extra,
});

describe.each(DATABASE_TARGETS)('human resources’ figures of an area on a day (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  const query = (fields: readonly string[], representations: object[]) =>
    hub.querySubgraph<{ _entities: AreaOnDate[] }>(
      'human-resources',
      areaOnDate(fields),
      { r: representations },
      // Exact counts of care staff, however small: for callers entitled to who the caregivers are.
      'civil-affairs-system',
    );
  const figures = async (fields: readonly string[], representations: object[]) =>
    expectData(await query(fields, representations))._entities;

  /** Each area's figures after less before, with its code and day. */
  const changes = <F extends Figure>(fields: readonly F[], before: AreaOnDate[], after: AreaOnDate[]) =>
    after.map((area, i) => ({
      areaCode: area.areaCode,
      asOf: area.asOf,
      ...(Object.fromEntries(fields.map((field) => [field, area[field]! - before[i][field]!])) as Record<F, number>),
    }));

  /** The care staff per employing institution of areas on days, as human resources gives them to the joint meeting. */
  const byEmployer = async (representations: object[]) => {
    const result = await hub.querySubgraph<{ _entities: Array<{ careStaffByEmployer: EmployerCareStaff[] }> }>(
      'human-resources',
      BY_EMPLOYER,
      { r: representations },
      'civil-affairs-system',
    );
    return expectData(result)._entities.map((area) => area.careStaffByEmployer);
  };

  /**
   * Three homes (A and B in 乳山, C in 环翠), seven care staff and social workers, their
   * certificates, the training of 2022, 2024 and 2025 and the homes' LTCI designations (A from 2024, B from
   * 2026, C from 2023-06).
   */
  async function buildWorkforce() {
    const homeA = uniqueCreditCode(hub, { areaCode: '371083', kind: '52' });
    const homeB = uniqueCreditCode(hub, { areaCode: '371083', kind: '52' });
    const homeC = uniqueCreditCode(hub, { areaCode: '371002', kind: '52' });
    const caregiver = () => aCaregiver(hub);
    const c1 = (await caregiver().employedBy(homeA).employedFrom('2024-01-01').register()).personKey;
    const c2 = (await caregiver().longTermCarer().employedBy(homeA).employedFrom('2025-03-01').register()).personKey;
    const c3 = (await caregiver().employedBy(homeB).employedFrom('2023-05-01').register()).personKey; // never certified
    const c4 = (await caregiver().inDistrict('371083').employedFrom('2024-01-01').register()).personKey;
    const sw1 = (await caregiver().socialWorker().inDistrict('371083').employedFrom('2024-07-01').register()).personKey;
    const c5 = (await caregiver().longTermCarer().employedBy(homeC).employedFrom('2022-01-01').register()).personKey;
    await caregiver().socialWorker().employedBy(homeC).employedFrom('2025-09-01').register(); // sw2
    await aCertificate(hub, c1).issuedOn('2024-06-01').record();
    await aCertificate(hub, c2).level('LONG_TERM_CARER_JUNIOR').issuedOn('2025-04-01').record();
    await aCertificate(hub, c4).issuedOn('2024-03-01').expiresOn('2025-12-31').record();
    await aCertificate(hub, c5).level('LONG_TERM_CARER_JUNIOR').issuedOn('2022-06-01').record();
    // Training for the 2024 goal: in 2022 (the plan period counts), in 2024, and one completion after its deadline.
    const earlier = await aTrainingProgramme(hub).from('2022-05-01', '2022-05-20').open();
    await earlier.train(c1, '2022-05-20');
    await earlier.train(c3, '2022-05-20');
    const march = await aTrainingProgramme(hub).from('2024-03-01', '2024-03-20').open();
    for (const [personKey, completedOn] of [
      [c1, '2024-03-20'],
      [c3, null],
      [sw1, '2024-03-20'],
      [c5, '2024-03-20'],
    ] as const)
      await march.train(personKey, completedOn);
    const autumn = await aTrainingProgramme(hub).from('2024-09-01', '2024-10-15').open();
    await autumn.train(c4, '2024-10-15');
    await autumn.train(c1, '2024-10-15');
    const next = await aTrainingProgramme(hub).from('2025-02-01', '2025-02-20').open();
    await next.train(c3, '2025-02-20');
    await anLtciDesignation(hub).provider(homeA).inDistrict('371083').from('2024-01-01').designate();
    await anLtciDesignation(hub).provider(homeB).inDistrict('371083').from('2026-01-01').designate();
    await anLtciDesignation(hub).provider(homeC).inDistrict('371002').from('2023-06-01').designate();
    return { homeA, homeB, homeC };
  }

  it('counts certified care staff, social workers and institutions’ care staff working on each day, for a district and the city, in one statement for both days', async () => {
    const areas = [on('371083', DAY_1), on('371000', DAY_1), on('371083', DAY_2), on('371000', DAY_2)];
    const before = await figures(WORKFORCE_FIELDS, areas);
    await buildWorkforce();
    const statementsBefore = hub.statements('human-resources');
    const after = await figures(WORKFORCE_FIELDS, areas);
    expect(hub.statements('human-resources') - statementsBefore).toBe(1 + CHANGE_LOG_MARK_STATEMENTS);
    expect(changes(WORKFORCE_FIELDS, before, after)).toEqual([
      // DAY_1: c2 and sw2 not yet employed; c4's certificate still valid; c3 never certified; c4 and sw1 have no employer.
      {
        areaCode: '371083',
        asOf: DAY_1,
        certifiedCareStaff: 2,
        socialWorkers: 1,
        institutionCareStaff: 2,
        institutionCertifiedCareStaff: 1,
      },
      {
        areaCode: '371000',
        asOf: DAY_1,
        certifiedCareStaff: 3,
        socialWorkers: 1,
        institutionCareStaff: 3,
        institutionCertifiedCareStaff: 2,
      },
      // DAY_2: c2 employed and certified, c4's certificate expired, sw2 employed.
      {
        areaCode: '371083',
        asOf: DAY_2,
        certifiedCareStaff: 2,
        socialWorkers: 1,
        institutionCareStaff: 3,
        institutionCertifiedCareStaff: 2,
      },
      {
        areaCode: '371000',
        asOf: DAY_2,
        certifiedCareStaff: 3,
        socialWorkers: 2,
        institutionCareStaff: 4,
        institutionCertifiedCareStaff: 3,
      },
    ]);
  });

  it('gives today the same counts as the area’s counts of today', async () => {
    const today = async () => {
      const [asOf] = await figures(WORKFORCE_FIELDS, [on('371083', todayIso())]);
      const area = await hub.querySubgraph<{
        _entities: Array<{ certifiedCaregiverCount: number | null; socialWorkerCount: number | null }>;
      }>('human-resources', AREA_TODAY, { r: [{ __typename: 'Area', code: '371083' }] }, 'analyst');
      expect(expectData(area)._entities[0]).toEqual({
        certifiedCaregiverCount: asOf.certifiedCareStaff,
        socialWorkerCount: asOf.socialWorkers,
      });
      return asOf.certifiedCareStaff!;
    };
    const before = await today();
    await buildWorkforce();
    // c1 and c2 at home A; c4's certificate expired at the end of 2025.
    expect((await today()) - before).toBe(2);
  });

  it('counts the care staff and long-term carers of each employing institution on each day, in one statement for both days', async () => {
    const days = [on('371083', DAY_1), on('371000', DAY_1), on('371083', DAY_2), on('371000', DAY_2)];
    const { homeA, homeB, homeC } = await buildWorkforce();
    const statementsBefore = hub.statements('human-resources');
    const areas = await byEmployer(days);
    expect(hub.statements('human-resources') - statementsBefore).toBe(1 + CHANGE_LOG_MARK_STATEMENTS);
    const ofHomes = (employers: EmployerCareStaff[]) =>
      employers.filter(({ institutionCode }) => [homeA, homeB, homeC].includes(institutionCode));
    const home = (institutionCode: string, careStaff: number, longTermCarers: number) => ({
      institutionCode,
      careStaff,
      longTermCarers,
    });
    const byCode = (a: EmployerCareStaff, b: EmployerCareStaff) => a.institutionCode.localeCompare(b.institutionCode);
    expect(areas.map(ofHomes)).toEqual(
      [
        [home(homeA, 1, 0), home(homeB, 1, 0)], // 乳山 on DAY_1: c1 at A, c3 at B
        [home(homeA, 1, 0), home(homeB, 1, 0), home(homeC, 1, 1)], // the city adds 环翠's C (c5, a long-term carer)
        [home(homeA, 2, 1), home(homeB, 1, 0)], // 乳山 on DAY_2: c2 (a long-term carer) joins A
        [home(homeA, 2, 1), home(homeB, 1, 0), home(homeC, 1, 1)],
      ].map((employers) => employers.sort(byCode)),
    );
  });

  it('gives the joint meeting the care staff it joins with medical insurance’s designations, for measure 20’s long-term-carer share', async () => {
    // Human resources' own system sees its care staff counted exactly, however few.
    const read = async () =>
      expectData(await hub.query(INDICATOR_AREAS, { asOf: DAY_2 }, 'human-resources-system')).indicatorAreas.map(
        ({ areaCode, asOf, indicators }) => ({
          areaCode,
          asOf,
          ltciDesignatedCareStaff: indicators![0].denominator!,
          ltciDesignatedLongTermCarers: indicators![0].numerator!,
        }),
      );
    const before = await read();
    await buildWorkforce();
    const after = await read();
    expect(
      after.map((area, i) => ({
        areaCode: area.areaCode,
        asOf: area.asOf,
        ltciDesignatedCareStaff: area.ltciDesignatedCareStaff - before[i].ltciDesignatedCareStaff,
        ltciDesignatedLongTermCarers: area.ltciDesignatedLongTermCarers - before[i].ltciDesignatedLongTermCarers,
      })),
    ).toEqual([
      { areaCode: '371083', asOf: DAY_2, ltciDesignatedCareStaff: 3, ltciDesignatedLongTermCarers: 1 },
      { areaCode: '371000', asOf: DAY_2, ltciDesignatedCareStaff: 4, ltciDesignatedLongTermCarers: 2 },
    ]);
  });

  it('counts the distinct caregivers and social workers trained for the 2024 goal by each day — over the plan period from 2021, and within 2024 — the city’s equal to the goal’s once it is over', async () => {
    const areas = [
      on('371083', '2023-12-31'),
      on('371083', '2024-06-30'),
      on('371000', '2024-06-30'),
      on('371083', DAY_1),
      on('371000', DAY_1),
      on('371002', DAY_1),
      on('371000', DAY_2),
    ];
    const goal = async () => expectData(await hub.query(TRAINING_GOALS, {}, 'analyst')).caregiverTrainingGoals;
    const before = await figures(TRAINED_FIELDS, areas);
    const [goalBefore] = await goal();
    await buildWorkforce();
    const after = await figures(TRAINED_FIELDS, areas);
    expect(
      changes(TRAINED_FIELDS, before, after).map((area) => [
        area.areaCode,
        area.asOf,
        area.trainedCaregivers,
        area.trainedCaregiversInGoalYear,
        area.trainedSocialWorkers,
        area.trainedSocialWorkersInGoalYear,
      ]),
    ).toEqual([
      ['371083', '2023-12-31', 2, 0, 0, 0], // c1 and c3 in 2022, before the goal's year
      ['371083', '2024-06-30', 2, 1, 1, 1], // c1 (again) and sw1 in March
      ['371000', '2024-06-30', 3, 2, 1, 1], // and c5 in 环翠
      ['371083', DAY_1, 3, 2, 1, 1], // c4 in October; c1 trained three times counts once
      ['371000', DAY_1, 4, 3, 1, 1],
      ['371002', DAY_1, 1, 1, 0, 0],
      ['371000', DAY_2, 4, 3, 1, 1], // c3's completion in 2025 is after the goal's deadline
    ]);
    const [goalAfter] = await goal();
    expect(goalAfter).toMatchObject({ from: '2021-01-01', yearFrom: '2024-01-01' });
    expect({
      caregiversTrained: goalAfter.caregiversTrained - goalBefore.caregiversTrained,
      caregiversTrainedInGoalYear: goalAfter.caregiversTrainedInGoalYear - goalBefore.caregiversTrainedInGoalYear,
      socialWorkersTrained: goalAfter.socialWorkersTrained - goalBefore.socialWorkersTrained,
      socialWorkersTrainedInGoalYear:
        goalAfter.socialWorkersTrainedInGoalYear - goalBefore.socialWorkersTrainedInGoalYear,
    }).toEqual({
      caregiversTrained: 4,
      caregiversTrainedInGoalYear: 3,
      socialWorkersTrained: 1,
      socialWorkersTrainedInGoalYear: 1,
    });
  });

  it('counts care staff with an induction training and an institution’s specialists certified by their own trade’s licence, on each day, in one statement for both days', async () => {
    const areas = [on('371083', DAY_1), on('371000', DAY_1), on('371083', DAY_2), on('371000', DAY_2)];
    const before = await figures(TARGET_FIELDS, areas);
    const home = uniqueCreditCode(hub, { areaCode: '371083', kind: '52' });
    const otherHome = uniqueCreditCode(hub, { areaCode: '371002', kind: '52' });
    const worker = () => aCaregiver(hub);
    // Care staff: i1 inducted in 2019 (before the plan), i2 a long-term carer inducted in 2026, i3 in skills training only, i4 without an employer, inducted; in 环翠 i5 inducted.
    const i1 = (await worker().employedBy(home).employedFrom('2019-03-01').register()).personKey;
    const i2 = (await worker().longTermCarer().employedBy(home).employedFrom('2024-05-01').register()).personKey;
    const i3 = (await worker().employedBy(home).employedFrom('2024-01-01').register()).personKey;
    const i4 = (await worker().inDistrict('371083').employedFrom('2020-01-01').register()).personKey;
    const i5 = (await worker().employedBy(otherHome).employedFrom('2021-01-01').register()).personKey;
    // A social worker inducted is not care staff.
    const sw = (await worker().socialWorker().employedBy(home).employedFrom('2020-01-01').register()).personKey;
    const induction2019 = await aTrainingProgramme(hub).ofKind('INDUCTION').from('2019-02-01', '2019-02-20').open();
    await induction2019.train(i1, '2019-02-20');
    await induction2019.train(i4, '2019-02-20');
    await induction2019.train(i5, '2019-02-20');
    await induction2019.train(sw, '2019-02-20');
    const induction2026 = await aTrainingProgramme(hub).ofKind('INDUCTION').from('2026-03-01', '2026-03-10').open();
    await induction2026.train(i2, '2026-03-10');
    await induction2026.train(i3, null); // enrolled, never completed
    const skills = await aTrainingProgramme(hub).ofKind('SKILLS').from('2024-03-01', '2024-03-20').open();
    await skills.train(i3, '2024-03-20');
    // Specialists of the home: a nurse licensed, a physician licensed only in 2026, a therapist whose qualification lapses in May 2025, a fire-safety operator with no certificate.
    const specialist = (role: 'MEDICAL_STAFF' | 'REHABILITATION_THERAPIST' | 'FIRE_SAFETY_OPERATOR', from: string) =>
      worker().with({ role }).employedBy(home).employedFrom(from).register();
    const nurse = (await specialist('MEDICAL_STAFF', '2023-01-01')).personKey;
    const physician = (await specialist('MEDICAL_STAFF', '2024-01-01')).personKey;
    const therapist = (await specialist('REHABILITATION_THERAPIST', '2022-01-01')).personKey;
    await specialist('FIRE_SAFETY_OPERATOR', '2024-06-01');
    await aCertificate(hub, nurse).level('NURSE').issuedOn('2015-07-01').record();
    await aCertificate(hub, physician).level('PHYSICIAN').issuedOn('2026-02-01').record();
    await aCertificate(hub, therapist)
      .level('REHABILITATION_THERAPIST')
      .issuedOn('2020-06-01')
      .expiresOn('2025-05-31')
      .record();

    const statementsBefore = hub.statements('human-resources');
    const after = await figures(TARGET_FIELDS, areas);
    expect(hub.statements('human-resources') - statementsBefore).toBe(1 + CHANGE_LOG_MARK_STATEMENTS);
    const rushan = (inductedLongTermCarers: number, certifiedMedicalStaff: number, certifiedRehab: number) => ({
      workingCareStaff: 4, // i1, i2, i3, i4
      inductedElderCaregivers: 2, // i1, i4
      inductedLongTermCarers,
      institutionSpecialists: 4,
      certifiedMedicalStaff,
      certifiedRehabilitationTherapists: certifiedRehab,
      certifiedFireSafetyOperators: 0,
    });
    expect(changes(TARGET_FIELDS, before, after)).toEqual([
      { areaCode: '371083', asOf: DAY_1, ...rushan(0, 1, 1) },
      { areaCode: '371000', asOf: DAY_1, ...rushan(0, 1, 1), workingCareStaff: 5, inductedElderCaregivers: 3 },
      { areaCode: '371083', asOf: DAY_2, ...rushan(1, 2, 0) },
      { areaCode: '371000', asOf: DAY_2, ...rushan(1, 2, 0), workingCareStaff: 5, inductedElderCaregivers: 3 },
    ]);
  });

  it('has no enrolment in elder-care majors where none is recorded', async () => {
    // The register starts with the intake of 2015: on 30 June 2015 the latest intake closed is 2014's, which no one can record.
    const [area] = await figures(
      ['elderCareMajorEnrolment', 'elderCareMajorEnrolmentPreviousYear'],
      [on('371083', '2015-06-30')],
    );
    expect(area).toMatchObject({ elderCareMajorEnrolment: null, elderCareMajorEnrolmentPreviousYear: null });
  });

  it('refuses a town, a day that is not a date and a day in the future', async () => {
    for (const [representation, field] of [
      [on('371083100', DAY_1), 'areaCode'],
      [on('371083', '2025-13-01'), 'asOf'],
      [on('371083', '2999-01-01'), 'asOf'],
    ] as const) {
      const result: GraphQLResult<unknown> = await query(['certifiedCareStaff'], [representation]);
      expect(errorCodes(result)).toContain('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe(field);
    }
  });
});
