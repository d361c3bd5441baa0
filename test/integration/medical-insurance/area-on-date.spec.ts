import { creditCodeCheckCharacter } from '../../../subgraphs/shared/identity/credit-code';
import { todayIso } from '../../../subgraphs/shared/time/today';
import { idNumber } from '../../support/builders/identifiers';
import { DATABASE_TARGETS, errorCodes, startTestHub, type TestHub } from '../../support/test-hub';

const credit = (first17: string) => first17 + creditCodeCheckCharacter(first17);
const HOME_OPEN = credit('52371083MC0000711'); // 乳山: designated from 2024, open-ended
const HOME_FIXED = credit('52371083MC0000721'); // 乳山: designated 2024-06-01 to 2025-12-31
const HOME_LATER = credit('12371083MB0000731'); // 乳山: designated from 2026-03-01
const HOME_HUANCUI = credit('52371002MC0000741'); // 环翠: designated from 2023
const HOSPITAL = credit('12371083MA0000751'); // 乳山: a medical institution, never among the elder-care codes

const DAY_1 = '2025-01-31';
const DAY_2 = '2026-06-30';

const ENROL = `mutation($input: EnrolInLtciInput!) { enrolInLtci(input: $input) { personKey } }`;
const CHANGE_STATUS = `mutation($input: ChangeLtciEnrolmentStatusInput!) { changeLtciEnrolmentStatus(input: $input) { status statusSince } }`;
const DESIGNATE = `mutation($input: DesignateLtciProviderInput!) { designateLtciProvider(input: $input) { id } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaOnDate { areaCode asOf ltciInsuredPersons ltciDesignatedInstitutionCodes } } }`;

const TODAY_FIGURES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Area { ltciFigures { activeEmployeeEnrolments activeResidentEnrolments designatedInstitutions } } } }`;

const on = (areaCode: string, asOf: string) => ({ __typename: 'AreaOnDate', areaCode, asOf });

describe.each(DATABASE_TARGETS)('medical insurance’s figures of an area on a day (%s)', (target) => {
  let hub: TestHub;
  const insurer = (query: string, variables?: Record<string, unknown>) =>
    hub.query(query, variables, 'medical-insurance-system');
  const figures = (representations: object[]) =>
    hub.querySubgraph('medical-insurance', ENTITIES, { r: representations }, 'analyst');

  beforeAll(async () => {
    hub = await startTestHub(target);
    // Persons: [ID number, scheme, district, since, later status change]
    const persons: Array<[string, string, string, string, { status: string; effectiveOn: string } | null]> = [
      [idNumber('371083', '1944-05-20', 13), 'URBAN_RURAL_RESIDENT', '371083', DAY_1, null], // insured from DAY_1 itself
      [idNumber('371083', '1950-01-11', 15), 'EMPLOYEE', '371083', '2025-03-01', null], // insured only after DAY_1
      [
        idNumber('371083', '1952-07-07', 17),
        'URBAN_RURAL_RESIDENT',
        '371083',
        '2024-06-01',
        { status: 'SUSPENDED', effectiveOn: '2025-05-01' },
      ],
      [
        idNumber('371083', '1947-03-03', 19),
        'EMPLOYEE',
        '371083',
        '2024-02-01',
        { status: 'ENDED', effectiveOn: '2026-01-15' },
      ],
      [idNumber('371002', '1955-09-09', 21), 'URBAN_RURAL_RESIDENT', '371002', '2023-01-01', null],
      [idNumber('371002', '1949-12-12', 23), 'URBAN_RURAL_RESIDENT', '371002', '2025-08-01', null],
      [
        idNumber('371082', '1946-04-04', 25),
        'EMPLOYEE',
        '371082',
        '2023-01-01',
        { status: 'ENDED', effectiveOn: '2025-12-31' },
      ],
    ];
    for (const [id, scheme, districtCode, since, change] of persons) {
      const enrolled = await insurer(ENROL, { input: { idNumber: id, scheme, since, districtCode } });
      expect(enrolled.errors).toBeUndefined();
      if (change)
        expect(
          (await insurer(CHANGE_STATUS, { input: { personKey: enrolled.data!.enrolInLtci.personKey, ...change } }))
            .errors,
        ).toBeUndefined();
    }
    const designations = [
      {
        providerKind: 'ELDER_CARE_INSTITUTION',
        providerCode: HOME_OPEN,
        providerLevel: 'ELDER_CARE',
        districtCode: '371083',
        designatedFrom: '2024-01-01',
      },
      {
        providerKind: 'ELDER_CARE_INSTITUTION',
        providerCode: HOME_FIXED,
        providerLevel: 'ELDER_CARE',
        districtCode: '371083',
        designatedFrom: '2024-06-01',
        designatedUntil: '2025-12-31',
      },
      {
        providerKind: 'ELDER_CARE_INSTITUTION',
        providerCode: HOME_LATER,
        providerLevel: 'ELDER_CARE',
        districtCode: '371083',
        designatedFrom: '2026-03-01',
      },
      {
        providerKind: 'ELDER_CARE_INSTITUTION',
        providerCode: HOME_HUANCUI,
        providerLevel: 'ELDER_CARE',
        districtCode: '371002',
        designatedFrom: '2023-01-01',
      },
      {
        providerKind: 'MEDICAL_INSTITUTION',
        providerCode: HOSPITAL,
        providerLevel: 'MEDICAL_SECONDARY',
        districtCode: '371083',
        designatedFrom: '2023-01-01',
      },
    ];
    for (const input of designations) expect((await insurer(DESIGNATE, { input })).errors).toBeUndefined();
  });
  afterAll(() => hub?.stop());

  it('counts the persons insured and lists the elder-care institutions designated on each day, for a district and the city, in one statement per figure and day', async () => {
    const sql = hub.subgraphs['medical-insurance'].database.sql;
    const before = sql.statements;
    const result = await figures([on('371083', DAY_1), on('371000', DAY_1), on('371083', DAY_2), on('371000', DAY_2)]);
    const statements = sql.statements - before;
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([
      // DAY_1: insured from that day counts; the suspension and the end took effect later, so those two were insured.
      {
        areaCode: '371083',
        asOf: DAY_1,
        ltciInsuredPersons: 3,
        ltciDesignatedInstitutionCodes: [HOME_OPEN, HOME_FIXED].sort(),
      },
      {
        areaCode: '371000',
        asOf: DAY_1,
        ltciInsuredPersons: 5,
        ltciDesignatedInstitutionCodes: [HOME_OPEN, HOME_FIXED, HOME_HUANCUI].sort(),
      },
      // DAY_2: the suspension and the end have taken effect; the fixed-term designation is over, the later one begun.
      {
        areaCode: '371083',
        asOf: DAY_2,
        ltciInsuredPersons: 2,
        ltciDesignatedInstitutionCodes: [HOME_OPEN, HOME_LATER].sort(),
      },
      {
        areaCode: '371000',
        asOf: DAY_2,
        ltciInsuredPersons: 4,
        ltciDesignatedInstitutionCodes: [HOME_OPEN, HOME_LATER, HOME_HUANCUI].sort(),
      },
    ]);
    // Two figures, two days: one GROUP BY each for all the areas asked on that day.
    expect(statements).toBe(4);
  });

  it('does not count a person on the day their suspension takes effect, and counts a designation on its last day', async () => {
    const result = await figures([
      on('371083', '2025-05-01'),
      on('371083', '2025-04-30'),
      on('371083', '2025-12-31'),
      on('371083', '2026-01-01'),
    ]);
    expect(result.errors).toBeUndefined();
    expect(
      result.data!._entities.map((area: any) => [area.ltciInsuredPersons, area.ltciDesignatedInstitutionCodes.length]),
    ).toEqual([
      [3, 2], // 2025-05-01: DAY_1’s three less the suspended, plus the employee insured since March
      [4, 2],
      [3, 2], // 2025-12-31: the fixed-term designation’s last day
      [3, 1],
    ]);
  });

  it('gives today the same figures as the area’s LTCI figures of today', async () => {
    const today = todayIso();
    const [asOf, area] = await Promise.all([
      figures([on('371083', today)]),
      hub.querySubgraph('medical-insurance', TODAY_FIGURES, { r: [{ __typename: 'Area', code: '371083' }] }, 'analyst'),
    ]);
    expect(asOf.errors).toBeUndefined();
    expect(area.errors).toBeUndefined();
    const { activeEmployeeEnrolments, activeResidentEnrolments, designatedInstitutions } =
      area.data!._entities[0].ltciFigures;
    expect(asOf.data!._entities[0]).toMatchObject({
      ltciInsuredPersons: activeEmployeeEnrolments + activeResidentEnrolments,
      ltciDesignatedInstitutionCodes: expect.any(Array),
    });
    expect(asOf.data!._entities[0].ltciDesignatedInstitutionCodes).toHaveLength(designatedInstitutions);
    expect(activeEmployeeEnrolments + activeResidentEnrolments).toBe(2);
  });

  it('refuses a town, a day that is not a date and a day in the future', async () => {
    for (const [representation, field] of [
      [on('371083100', DAY_1), 'areaCode'],
      [on('371083', '2025-02-30'), 'asOf'],
      [on('371083', '2999-01-01'), 'asOf'],
    ] as const) {
      const result = await figures([representation]);
      expect(errorCodes(result)).toContain('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe(field);
    }
  });
});
