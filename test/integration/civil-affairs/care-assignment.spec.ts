import { DEVELOPMENT_PERSON_KEY_SECRET } from '../../../subgraphs/shared/config/subgraph-config';
import { creditCodeCheckCharacter } from '../../../subgraphs/shared/identity/credit-code';
import { personKeyOf } from '../../../subgraphs/shared/identity/person-key';
import { idNumber } from '../../support/builders/identifiers';
import {
  BATCHING_TOLERANCE,
  AUDIT_ENTRY_STATEMENTS,
  DATABASE_TARGETS,
  errorCodes,
  startTestHub,
  type TestHub,
} from '../../support/test-hub';

const HOME_CODE = '12371082MB0000031';
const HOME = HOME_CODE + creditCodeCheckCharacter(HOME_CODE);
/** Caregivers are keyed like elders: the keyed hash of their ID number, as human resources derives it. */
const caregiverKey = (sequence: number) =>
  personKeyOf(idNumber('371082', '1978-03-15', sequence), DEVELOPMENT_PERSON_KEY_SECRET);
const CAREGIVER_A = caregiverKey(42);
const CAREGIVER_B = caregiverKey(44);

const ASSIGN = `mutation($input: AssignCaregiverInput!) { assignCaregiver(input: $input) { id careType institutionCode } }`;
const END = `mutation($input: EndCareAssignmentInput!) { endCareAssignment(input: $input) { endedOn } }`;

describe.each(DATABASE_TARGETS)('caregivers assigned to elders (%s)', (target) => {
  let hub: TestHub;
  const keys: Record<string, string> = {};
  const assignments: Record<string, string> = {};

  async function registerElder(name: string, sequence: number): Promise<string> {
    const result = await hub.query(
      `mutation($elder: RegisterElderInput!) { registerElder(input: $elder) { personKey } }`,
      {
        elder: {
          idNumber: idNumber('371082', '1940-12-01', sequence),
          name,
          areaCode: '371082',
          livingSituation: 'LIVING_ALONE',
          economicStatus: 'ORDINARY',
        },
      },
    );
    expect(result.errors).toBeUndefined();
    return (keys[name] = result.data!.registerElder.personKey);
  }

  const currentCount = async () =>
    (await hub.query(`query($code: ID!) { institution(code: $code) { currentCareAssignmentCount } }`, { code: HOME }))
      .data!.institution.currentCareAssignmentCount;
  const assignmentsOf = async (name: string) =>
    (
      await hub.query(
        `query($key: ID!) { elder(personKey: $key) { careAssignments { careType startedOn endedOn caregiver { personKey } } } }`,
        { key: keys[name] },
      )
    ).data!.elder.careAssignments;

  beforeAll(async () => {
    hub = await startTestHub(target);
    const home = await hub.query(
      `mutation($home: RegisterInstitutionInput!) { registerInstitution(input: $home) { code } }`,
      {
        home: {
          code: HOME,
          name: '荣成市石岛康养中心',
          areaCode: '371082',
          ownership: 'PUBLIC_BUILT_PRIVATE_RUN',
          openedOn: '2014-05-01',
          offersHomeVisits: true,
        },
      },
    );
    expect(home.errors).toBeUndefined();
    const resident = await registerElder('郭德明', 31);
    await registerElder('邹秀兰', 32);
    const familyBedElder = await registerElder('慕桂珍', 34);
    const setup = await hub.query(
      `mutation($beds: AddBedsInput!, $familyBed: OpenFamilyBedInput!) { addBeds(input: $beds) { id } openFamilyBed(input: $familyBed) { id } }`,
      {
        beds: { institutionCode: HOME, kind: 'NURSING', labels: ['1-1'], inServiceFrom: '2014-05-01' },
        familyBed: { personKey: familyBedElder, operatorCode: HOME, openedOn: '2024-08-01' },
      },
    );
    expect(setup.errors).toBeUndefined();
    const stay = await hub.query(
      `mutation($input: AdmitToInstitutionInput!) { admitToInstitution(input: $input) { id } }`,
      {
        input: { personKey: resident, bedId: setup.data!.addBeds[0].id, admittedOn: '2024-03-01' },
      },
    );
    expect(stay.errors).toBeUndefined();
  });
  afterAll(() => hub?.stop());

  it('assigns caregivers in the institution, at home and at a family bed, and shows them on the elder and the institution', async () => {
    const cases = [
      {
        name: '郭德明',
        input: { caregiverKey: CAREGIVER_A, careType: 'INSTITUTIONAL', institutionCode: HOME, startedOn: '2024-03-01' },
        institutionCode: HOME,
      },
      {
        name: '邹秀兰',
        input: { caregiverKey: CAREGIVER_B, careType: 'HOME', startedOn: '2024-10-01' },
        institutionCode: null,
      },
      {
        name: '慕桂珍',
        input: { caregiverKey: CAREGIVER_A, careType: 'FAMILY_BED', startedOn: '2024-08-01' },
        institutionCode: HOME,
      },
    ];
    for (const { name, input, institutionCode } of cases) {
      const result = await hub.query(ASSIGN, { input: { personKey: keys[name], ...input } });
      expect(result.errors).toBeUndefined();
      expect(result.data!.assignCaregiver).toMatchObject({ careType: input.careType, institutionCode });
      assignments[name] = result.data!.assignCaregiver.id;
    }

    const resident = await hub.query(
      `query($key: ID!) { elder(personKey: $key) { careAssignments { careType startedOn endedOn caregiver { __typename personKey } institution { name } } } }`,
      { key: keys['郭德明'] },
    );
    expect(resident.errors).toBeUndefined();
    expect(resident.data!.elder.careAssignments).toEqual([
      {
        careType: 'INSTITUTIONAL',
        startedOn: '2024-03-01',
        endedOn: null,
        caregiver: { __typename: 'Caregiver', personKey: CAREGIVER_A },
        institution: { name: '荣成市石岛康养中心' },
      },
    ]);
    expect(await currentCount()).toBe(2);
  });

  it('refuses a malformed caregiver key, care that does not match where the elder is, and a future start with BAD_USER_INPUT naming the field, adding nothing', async () => {
    const cases = [
      {
        input: {
          personKey: keys['邹秀兰'],
          caregiverKey: '371082197803150420',
          careType: 'HOME',
          startedOn: '2025-01-01',
        },
        field: 'caregiverKey',
      },
      {
        input: {
          personKey: keys['邹秀兰'],
          caregiverKey: CAREGIVER_A,
          careType: 'INSTITUTIONAL',
          institutionCode: HOME,
          startedOn: '2025-01-01',
        },
        field: 'institutionCode',
      },
      {
        input: {
          personKey: keys['邹秀兰'],
          caregiverKey: CAREGIVER_A,
          careType: 'FAMILY_BED',
          startedOn: '2025-01-01',
        },
        field: 'careType',
      },
      {
        input: {
          personKey: keys['郭德明'],
          caregiverKey: CAREGIVER_B,
          careType: 'INSTITUTIONAL',
          institutionCode: HOME,
          startedOn: '2024-02-01',
        },
        field: 'startedOn',
      },
      {
        input: { personKey: keys['邹秀兰'], caregiverKey: CAREGIVER_A, careType: 'HOME', startedOn: '2999-01-01' },
        field: 'startedOn',
      },
    ];
    for (const { input, field } of cases) {
      const result = await hub.query(ASSIGN, { input });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    expect(await assignmentsOf('邹秀兰')).toHaveLength(1);
    expect(await assignmentsOf('郭德明')).toHaveLength(1);
  });

  it('refuses a second open assignment of the same caregiver to the same elder with CONFLICT, adding nothing', async () => {
    const duplicate = await hub.query(ASSIGN, {
      input: {
        personKey: keys['郭德明'],
        caregiverKey: CAREGIVER_A,
        careType: 'INSTITUTIONAL',
        institutionCode: HOME,
        startedOn: '2025-01-01',
      },
    });
    expect(errorCodes(duplicate)).toEqual(['CONFLICT']);
    expect(duplicate.errors![0].extensions!.field).toBe('caregiverKey');
    expect(await assignmentsOf('郭德明')).toHaveLength(1);
    expect(await currentCount()).toBe(2);
  });

  it('ends an assignment, refusing an end before its start, a second end and an unknown assignment', async () => {
    const early = await hub.query(END, { input: { assignmentId: assignments['郭德明'], endedOn: '2024-02-28' } });
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.errors![0].extensions!.field).toBe('endedOn');

    const ended = await hub.query(END, { input: { assignmentId: assignments['郭德明'], endedOn: '2025-01-31' } });
    expect(ended.errors).toBeUndefined();
    expect(ended.data!.endCareAssignment).toEqual({ endedOn: '2025-01-31' });
    expect(await currentCount()).toBe(1);
    const current = await hub.query(
      `query($key: ID!) { elder(personKey: $key) { careAssignments(currentOnly: true) { id } } }`,
      { key: keys['郭德明'] },
    );
    expect(current.data!.elder.careAssignments).toEqual([]);

    const twice = await hub.query(END, { input: { assignmentId: assignments['郭德明'], endedOn: '2025-02-01' } });
    expect(errorCodes(twice)).toEqual(['CONFLICT']);
    expect(twice.errors![0].extensions!.field).toBe('assignmentId');
    expect(errorCodes(await hub.query(END, { input: { assignmentId: 999999, endedOn: '2025-02-01' } }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(await assignmentsOf('郭德明')).toEqual([
      {
        careType: 'INSTITUTIONAL',
        startedOn: '2024-03-01',
        endedOn: '2025-01-31',
        caregiver: { personKey: CAREGIVER_A },
      },
    ]);
  });

  it('assigns the same caregiver to the elder again once the earlier assignment has ended', async () => {
    const again = await hub.query(ASSIGN, {
      input: {
        personKey: keys['郭德明'],
        caregiverKey: CAREGIVER_A,
        careType: 'INSTITUTIONAL',
        institutionCode: HOME,
        startedOn: '2025-02-01',
      },
    });
    expect(again.errors).toBeUndefined();
    expect(
      (await assignmentsOf('郭德明')).map((assignment: any) => [assignment.startedOn, assignment.endedOn]),
    ).toEqual([
      ['2025-02-01', null],
      ['2024-03-01', '2025-01-31'],
    ]);
    expect(await currentCount()).toBe(2);
  });
});

describe.each(DATABASE_TARGETS)('the seeded care assignments (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub(target, { seedElders: 3000 });
  });
  afterAll(() => hub?.stop());

  it('gives every resident a current caregiver of their institution, read for a thousand elders in a handful of statements', async () => {
    const sql = hub.subgraphs['civil-affairs'].database.sql;
    const before = sql.statements;
    const result = await hub.query(
      `{ elders(page: { limit: 1000 }) { items { currentInstitutionStay { institutionCode } careAssignments(currentOnly: true) { careType institutionCode caregiver { personKey } institution { currentCareAssignmentCount } } } } }`,
    );
    const statements = sql.statements - before;
    expect(result.errors).toBeUndefined();

    const elders = result.data!.elders.items;
    const residents = elders.filter((elder: any) => elder.currentInstitutionStay);
    expect(residents.length).toBeGreaterThan(5);
    for (const { currentInstitutionStay, careAssignments } of residents) {
      expect(careAssignments).toContainEqual(
        expect.objectContaining({ careType: 'INSTITUTIONAL', institutionCode: currentInstitutionStay.institutionCode }),
      );
    }
    expect(
      elders.some((elder: any) => elder.careAssignments.some((assignment: any) => assignment.careType === 'HOME')),
    ).toBe(true);
    expect(statements).toBeLessThanOrEqual(8 + AUDIT_ENTRY_STATEMENTS + BATCHING_TOLERANCE);
  });
});
