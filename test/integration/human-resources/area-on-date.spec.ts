import { creditCodeCheckCharacter } from '../../../subgraphs/shared/identity/credit-code';
import { todayIso } from '../../../subgraphs/shared/time/today';
import { idNumber } from '../../support/builders/identifiers';
import { DATABASE_TARGETS, errorCodes, startTestHub, type TestHub } from '../../support/test-hub';

const credit = (first17: string) => first17 + creditCodeCheckCharacter(first17);
const HOME_A = credit('52371083MC0000811'); // 乳山, LTCI-designated from 2024
const HOME_B = credit('52371083MC0000821'); // 乳山, LTCI-designated from 2026
const HOME_C = credit('52371002MC0000831'); // 环翠, LTCI-designated from 2023-06

const DAY_1 = '2025-01-31';
const DAY_2 = '2026-06-30';

const REGISTER = `mutation($input: RegisterCaregiverInput!) { registerCaregiver(input: $input) { personKey } }`;
const CERTIFY = `mutation($input: RecordCaregiverCertificateInput!) { recordCaregiverCertificate(input: $input) { id } }`;
const OPEN = `mutation($input: OpenCaregiverTrainingProgrammeInput!) { openCaregiverTrainingProgramme(input: $input) { id } }`;
const ENROL = `mutation($input: EnrolCaregiverInTrainingInput!) { enrolCaregiverInTraining(input: $input) { id } }`;
const COMPLETE = `mutation($input: CompleteCaregiverTrainingInput!) { completeCaregiverTraining(input: $input) { id } }`;
const DESIGNATE = `mutation($input: DesignateLtciProviderInput!) { designateLtciProvider(input: $input) { id } }`;

const WORKFORCE = 'certifiedCareStaff socialWorkers institutionCareStaff institutionCertifiedCareStaff';
const entities = (fields: string) =>
  `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaOnDate { areaCode asOf ${fields} } } }`;
const on = (areaCode: string, asOf: string, extra: object = {}) => ({
  __typename: 'AreaOnDate',
  areaCode,
  asOf,
  ...extra,
});

/** [name, role, employer or own district, employed from, certificate issued (and expiry)] */
const CAREGIVERS = [
  ['c1', 'ELDER_CAREGIVER', { employerCode: HOME_A }, '2024-01-01', ['2024-06-01', null]],
  ['c2', 'LONG_TERM_CARER', { employerCode: HOME_A }, '2025-03-01', ['2025-04-01', null]],
  ['c3', 'ELDER_CAREGIVER', { employerCode: HOME_B }, '2023-05-01', null],
  ['c4', 'ELDER_CAREGIVER', { districtCode: '371083' }, '2024-01-01', ['2024-03-01', '2025-12-31']],
  ['sw1', 'SOCIAL_WORKER', { districtCode: '371083' }, '2024-07-01', null],
  ['c5', 'LONG_TERM_CARER', { employerCode: HOME_C }, '2022-01-01', ['2022-06-01', null]],
  ['sw2', 'SOCIAL_WORKER', { employerCode: HOME_C }, '2025-09-01', null],
] as const;

describe.each(DATABASE_TARGETS)('human resources’ figures of an area on a day (%s)', (target) => {
  let hub: TestHub;
  const keys: Record<string, string> = {};
  const hr = (query: string, variables?: Record<string, unknown>) =>
    hub.query(query, variables, 'human-resources-system');
  const figures = async (fields: string, representations: object[]) => {
    const result = await hub.querySubgraph('human-resources', entities(fields), { r: representations }, 'analyst');
    expect(result.errors).toBeUndefined();
    return result.data!._entities;
  };
  /** Medical insurance's designated institutions for the representations, as the gateway would hand them to HR. */
  const designated = async (areaCode: string, asOf: string) => {
    const result = await hub.querySubgraph(
      'medical-insurance',
      entities('ltciDesignatedInstitutionCodes'),
      { r: [on(areaCode, asOf)] },
      'analyst',
    );
    expect(result.errors).toBeUndefined();
    return on(areaCode, asOf, {
      ltciDesignatedInstitutionCodes: result.data!._entities[0].ltciDesignatedInstitutionCodes,
    });
  };

  beforeAll(async () => {
    hub = await startTestHub(target);
    let sequence = 30;
    for (const [name, role, place, employedFrom, certificate] of CAREGIVERS) {
      const registered = await hr(REGISTER, {
        input: {
          idNumber: idNumber('371083', '1980-02-02', (sequence += 2)),
          name: `于${name}`,
          role,
          employedFrom,
          ...place,
        },
      });
      expect(registered.errors).toBeUndefined();
      keys[name] = registered.data!.registerCaregiver.personKey;
      if (certificate) {
        const level = role === 'LONG_TERM_CARER' ? 'LONG_TERM_CARER_JUNIOR' : 'ELDER_CAREGIVER_LEVEL_4';
        const certified = await hr(CERTIFY, {
          input: {
            personKey: keys[name],
            level,
            certificateNumber: `T-${name}-0001`,
            issuer: '威海市职业技能鉴定指导中心',
            issuedOn: certificate[0],
            expiresOn: certificate[1],
          },
        });
        expect(certified.errors).toBeUndefined();
      }
    }
    // Training for the 2024 goal: [programme period, [caregiver, completed on]…]
    const programmes: Array<[string, string, Array<[string, string | null]>]> = [
      [
        '2024-03-01',
        '2024-03-20',
        [
          ['c1', '2024-03-20'],
          ['c3', null],
          ['sw1', '2024-03-20'],
          ['c5', '2024-03-20'],
        ],
      ],
      [
        '2024-09-01',
        '2024-10-15',
        [
          ['c4', '2024-10-15'],
          ['c1', '2024-10-15'],
        ],
      ],
      ['2025-02-01', '2025-02-20', [['c3', '2025-02-20']]],
    ];
    for (const [startsOn, endsOn, trainees] of programmes) {
      const opened = await hr(OPEN, {
        input: {
          kind: 'SKILLS',
          name: `${startsOn} 养老护理员技能提升培训`,
          organiser: '威海市人力资源和社会保障局',
          startsOn,
          endsOn,
        },
      });
      expect(opened.errors).toBeUndefined();
      for (const [name, completedOn] of trainees) {
        const enrolled = await hr(ENROL, {
          input: {
            programmeId: opened.data!.openCaregiverTrainingProgramme.id,
            personKey: keys[name],
            enrolledOn: startsOn,
          },
        });
        expect(enrolled.errors).toBeUndefined();
        if (completedOn)
          expect(
            (await hr(COMPLETE, { input: { enrolmentId: enrolled.data!.enrolCaregiverInTraining.id, completedOn } }))
              .errors,
          ).toBeUndefined();
      }
    }
    for (const [code, districtCode, designatedFrom] of [
      [HOME_A, '371083', '2024-01-01'],
      [HOME_B, '371083', '2026-01-01'],
      [HOME_C, '371002', '2023-06-01'],
    ]) {
      const input = {
        providerKind: 'ELDER_CARE_INSTITUTION',
        providerCode: code,
        providerLevel: 'ELDER_CARE',
        districtCode,
        designatedFrom,
      };
      expect((await hub.query(DESIGNATE, { input }, 'medical-insurance-system')).errors).toBeUndefined();
    }
  });
  afterAll(() => hub?.stop());

  it('counts certified care staff, social workers and institutions’ care staff working on each day, for a district and the city, in one statement per day', async () => {
    const sql = hub.subgraphs['human-resources'].database.sql;
    const before = sql.statements;
    const result = await figures(WORKFORCE, [
      on('371083', DAY_1),
      on('371000', DAY_1),
      on('371083', DAY_2),
      on('371000', DAY_2),
    ]);
    expect(sql.statements - before).toBe(2);
    expect(result).toEqual([
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
    const [asOf] = await figures(WORKFORCE, [on('371083', todayIso())]);
    const today = await hub.querySubgraph(
      'human-resources',
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Area { certifiedCaregiverCount socialWorkerCount } } }`,
      { r: [{ __typename: 'Area', code: '371083' }] },
      'analyst',
    );
    expect(today.errors).toBeUndefined();
    expect(today.data!._entities[0]).toEqual({
      certifiedCaregiverCount: asOf.certifiedCareStaff,
      socialWorkerCount: asOf.socialWorkers,
    });
    expect(asOf.certifiedCareStaff).toBe(2);
  });

  it('counts the care staff and long-term carers of the institutions medical insurance designated on each day', async () => {
    const representations = await Promise.all([
      designated('371083', DAY_1),
      designated('371000', DAY_1),
      designated('371083', DAY_2),
      designated('371000', DAY_2),
    ]);
    expect(representations.map((r: any) => r.ltciDesignatedInstitutionCodes)).toEqual([
      [HOME_A],
      [HOME_A, HOME_C].sort(),
      [HOME_A, HOME_B].sort(),
      [HOME_A, HOME_B, HOME_C].sort(),
    ]);
    const sql = hub.subgraphs['human-resources'].database.sql;
    const before = sql.statements;
    const result = await figures('ltciDesignatedCareStaff ltciDesignatedLongTermCarers', representations);
    expect(sql.statements - before).toBe(2);
    expect(result.map((area: any) => [area.ltciDesignatedCareStaff, area.ltciDesignatedLongTermCarers])).toEqual([
      [1, 0], // 371083 on DAY_1: HOME_A's c1
      [2, 1], // the city on DAY_1: c1 and HOME_C's long-term carer c5
      [3, 1], // 371083 on DAY_2: HOME_A's c1 and c2 (a long-term carer), HOME_B's c3
      [4, 2],
    ]);
  });

  it('gets the designated institutions from medical insurance through the gateway (@requires)', async () => {
    const result = await hub.query(
      `query($asOf: LocalDate!) { indicatorAreas(asOf: $asOf, areaCodes: ["371083", "371000"]) { areaCode asOf ltciDesignatedCareStaff ltciDesignatedLongTermCarers } }`,
      { asOf: DAY_2 },
      'analyst',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.indicatorAreas).toEqual([
      { areaCode: '371083', asOf: DAY_2, ltciDesignatedCareStaff: 3, ltciDesignatedLongTermCarers: 1 },
      { areaCode: '371000', asOf: DAY_2, ltciDesignatedCareStaff: 4, ltciDesignatedLongTermCarers: 2 },
    ]);
  });

  it('counts no designated staff, without a query, when no institution is designated', async () => {
    const sql = hub.subgraphs['human-resources'].database.sql;
    const before = sql.statements;
    const result = await figures('ltciDesignatedCareStaff ltciDesignatedLongTermCarers', [
      on('371002', '2023-01-31', { ltciDesignatedInstitutionCodes: [] }),
    ]);
    expect(result[0]).toMatchObject({ ltciDesignatedCareStaff: 0, ltciDesignatedLongTermCarers: 0 });
    expect(sql.statements - before).toBe(0);
  });

  it('counts the distinct caregivers and social workers trained for the 2024 goal by each day, the city’s equal to the goal’s once it is over', async () => {
    const result = await figures('trainedCaregivers trainedSocialWorkers', [
      on('371083', '2023-12-31'),
      on('371083', '2024-06-30'),
      on('371000', '2024-06-30'),
      on('371083', DAY_1),
      on('371000', DAY_1),
      on('371002', DAY_1),
      on('371000', DAY_2),
    ]);
    expect(
      result.map((area: any) => [area.areaCode, area.asOf, area.trainedCaregivers, area.trainedSocialWorkers]),
    ).toEqual([
      ['371083', '2023-12-31', 0, 0], // before the goal's period
      ['371083', '2024-06-30', 1, 1], // c1 and sw1 in March
      ['371000', '2024-06-30', 2, 1], // and c5 in 环翠
      ['371083', DAY_1, 2, 1], // c4 in October; c1 trained twice counts once
      ['371000', DAY_1, 3, 1],
      ['371002', DAY_1, 1, 0],
      ['371000', DAY_2, 3, 1], // c3's completion in 2025 is after the goal's deadline
    ]);
    const goal = await hub.query(
      `{ caregiverTrainingGoals { caregiversTrained socialWorkersTrained } }`,
      {},
      'analyst',
    );
    expect(goal.data!.caregiverTrainingGoals).toEqual([{ caregiversTrained: 3, socialWorkersTrained: 1 }]);
  });

  it('has no enrolment in elder-care majors where none is recorded', async () => {
    const [area] = await figures('elderCareMajorEnrolment elderCareMajorEnrolmentPreviousYear', [on('371083', DAY_2)]);
    expect(area).toMatchObject({ elderCareMajorEnrolment: null, elderCareMajorEnrolmentPreviousYear: null });
  });

  it('refuses a town, a day that is not a date and a day in the future', async () => {
    for (const [representation, field] of [
      [on('371083100', DAY_1), 'areaCode'],
      [on('371083', '2025-13-01'), 'asOf'],
      [on('371083', '2999-01-01'), 'asOf'],
    ] as const) {
      const result = await hub.querySubgraph(
        'human-resources',
        entities('certifiedCareStaff'),
        { r: [representation] },
        'analyst',
      );
      expect(errorCodes(result)).toContain('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe(field);
    }
  });
});
