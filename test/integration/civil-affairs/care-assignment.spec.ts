import { DEVELOPMENT_PERSON_KEY_SECRET } from '../../../subgraphs/shared/config/subgraph-config';
import { personKeyOf } from '../../../subgraphs/shared/identity/person-key';
import { admit, anElder, anInstitution, bedsOf, openFamilyBed } from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import { uniqueIdNumber } from '../../support/builders/identifiers';
import { graphql } from '../../support/graphql';
import type { AssignCaregiverInput } from '../../support/graphql/graphql';
import {
  AUDIT_ENTRY_STATEMENTS,
  BATCHING_TOLERANCE,
  DATABASE_TARGETS,
  errorCodes,
  HUB_START_TIMEOUT_MS,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

const ASSIGN = graphql(`
  mutation CareAssign($input: AssignCaregiverInput!) {
    assignCaregiver(input: $input) {
      id
      careType
      institutionCode
    }
  }
`);

const END = graphql(`
  mutation CareEndAssignment($input: EndCareAssignmentInput!) {
    endCareAssignment(input: $input) {
      endedOn
    }
  }
`);

const CURRENT_COUNT = graphql(`
  query CareCurrentCountOfInstitution($code: ID!) {
    institution(code: $code) {
      currentCareAssignmentCount
    }
  }
`);

const ASSIGNMENTS = graphql(`
  query CareAssignmentsOfElder($key: ID!) {
    elder(personKey: $key) {
      careAssignments {
        careType
        startedOn
        endedOn
        caregiver {
          personKey
        }
      }
    }
  }
`);

const RESIDENT_ASSIGNMENTS = graphql(`
  query CareAssignmentsOfResident($key: ID!) {
    elder(personKey: $key) {
      careAssignments {
        careType
        startedOn
        endedOn
        caregiver {
          __typename
          personKey
        }
        institution {
          name
        }
      }
    }
  }
`);

const CURRENT_ASSIGNMENTS = graphql(`
  query CareCurrentAssignmentsOfElder($key: ID!) {
    elder(personKey: $key) {
      careAssignments(currentOnly: true) {
        id
      }
    }
  }
`);

const SEEDED_ELDERS = graphql(`
  query CareSeededEldersWithAssignments($limit: Int!) {
    elders(page: { limit: $limit }) {
      items {
        currentInstitutionStay {
          institutionCode
        }
        careAssignments(currentOnly: true) {
          careType
          institutionCode
          caregiver {
            personKey
          }
          institution {
            currentCareAssignmentCount
          }
        }
      }
    }
  }
`);

// Blank hub: every test builds its own institution, elders and caregivers.
describe.each(DATABASE_TARGETS)('caregivers assigned to elders (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  /** Caregivers are keyed like elders: the keyed hash of their ID number, as human resources derives it. */
  const aCaregiver = () =>
    personKeyOf(uniqueIdNumber(hub, { addressCode: '371082', birthDate: '1978-03-15' }), DEVELOPMENT_PERSON_KEY_SECRET);

  /**
   * A home of 荣成市 that also visits homes, with 郭德明 in its bed since 2024-03-01, 慕桂珍 in a family
   * bed it has run since 2024-08-01, and 邹秀兰 at home; two caregivers of its own.
   */
  async function aCareSetting() {
    const { code: home } = await anInstitution(hub)
      .named('荣成市石岛康养中心')
      .inArea('371082')
      .openedOn('2014-05-01')
      .with({ ownership: 'PUBLIC_BUILT_PRIVATE_RUN', offersHomeVisits: true })
      .register();
    const elder = (name: string) =>
      anElder(hub).named(name).bornOn('1940-12-01').withIdFrom('371082').livingIn('371082').livingAlone().register();
    const resident = (await elder('郭德明')).personKey;
    const atHome = (await elder('邹秀兰')).personKey;
    const inFamilyBed = (await elder('慕桂珍')).personKey;
    const [bedId] = await bedsOf(hub, home).ofKind('NURSING').labelled('1-1').inServiceFrom('2014-05-01').add();
    await admit(hub, resident, bedId, '2024-03-01');
    await openFamilyBed(hub, { personKey: inFamilyBed, operatorCode: home, openedOn: '2024-08-01' });
    return { home, resident, atHome, inFamilyBed, caregiverA: aCaregiver(), caregiverB: aCaregiver() };
  }
  type CareSetting = Awaited<ReturnType<typeof aCareSetting>>;

  const assign = (input: AssignCaregiverInput) => hub.query(ASSIGN, { input });
  /** Caregiver A looks after the resident in the home from the day of admission. */
  const assignResidentCare = async ({ resident, caregiverA, home }: CareSetting, startedOn = '2024-03-01') =>
    expectData(
      await assign({
        personKey: resident,
        caregiverKey: caregiverA,
        careType: 'INSTITUTIONAL',
        institutionCode: home,
        startedOn,
      }),
    ).assignCaregiver.id;
  const currentCount = async (code: string) =>
    expectData(await hub.query(CURRENT_COUNT, { code })).institution!.currentCareAssignmentCount;
  const assignmentsOf = async (key: string) => expectData(await hub.query(ASSIGNMENTS, { key })).elder!.careAssignments;

  it('assigns caregivers in the institution, at home and at a family bed, and shows them on the elder and the institution', async () => {
    const setting = await aCareSetting();
    const { home, caregiverA, caregiverB } = setting;
    const cases: Array<{ input: AssignCaregiverInput; institutionCode: string | null }> = [
      {
        input: {
          personKey: setting.resident,
          caregiverKey: caregiverA,
          careType: 'INSTITUTIONAL',
          institutionCode: home,
          startedOn: '2024-03-01',
        },
        institutionCode: home,
      },
      {
        input: { personKey: setting.atHome, caregiverKey: caregiverB, careType: 'HOME', startedOn: '2024-10-01' },
        institutionCode: null,
      },
      {
        input: {
          personKey: setting.inFamilyBed,
          caregiverKey: caregiverA,
          careType: 'FAMILY_BED',
          startedOn: '2024-08-01',
        },
        institutionCode: home,
      },
    ];
    for (const { input, institutionCode } of cases) {
      const result = await assign(input);
      expect(expectData(result).assignCaregiver).toMatchObject({ careType: input.careType, institutionCode });
    }

    const resident = expectData(await hub.query(RESIDENT_ASSIGNMENTS, { key: setting.resident }));
    expect(resident.elder!.careAssignments).toEqual([
      {
        careType: 'INSTITUTIONAL',
        startedOn: '2024-03-01',
        endedOn: null,
        caregiver: { __typename: 'Caregiver', personKey: caregiverA },
        institution: { name: '荣成市石岛康养中心' },
      },
    ]);
    expect(await currentCount(home)).toBe(2);
  });

  it('refuses a malformed caregiver key, care that does not match where the elder is, and a future start with BAD_USER_INPUT naming the field, adding nothing', async () => {
    const { home, resident, atHome, caregiverA, caregiverB } = await aCareSetting();
    const cases: Array<{ input: AssignCaregiverInput; field: string }> = [
      {
        input: { personKey: atHome, caregiverKey: '371082197803150420', careType: 'HOME', startedOn: '2025-01-01' },
        field: 'caregiverKey',
      },
      {
        input: {
          personKey: atHome,
          caregiverKey: caregiverA,
          careType: 'INSTITUTIONAL',
          institutionCode: home,
          startedOn: '2025-01-01',
        },
        field: 'institutionCode',
      },
      {
        input: { personKey: atHome, caregiverKey: caregiverA, careType: 'FAMILY_BED', startedOn: '2025-01-01' },
        field: 'careType',
      },
      {
        input: {
          personKey: resident,
          caregiverKey: caregiverB,
          careType: 'INSTITUTIONAL',
          institutionCode: home,
          startedOn: '2024-02-01',
        },
        field: 'startedOn',
      },
      {
        input: { personKey: atHome, caregiverKey: caregiverA, careType: 'HOME', startedOn: '2999-01-01' },
        field: 'startedOn',
      },
    ];
    for (const { input, field } of cases) {
      const result = await assign(input);
      expect({ field, codes: errorCodes(result) }).toEqual({ field, codes: ['BAD_USER_INPUT'] });
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    expect(await assignmentsOf(atHome)).toEqual([]);
    expect(await assignmentsOf(resident)).toEqual([]);
    expect(await currentCount(home)).toBe(0);
  });

  it('refuses a second open assignment of the same caregiver to the same elder with CONFLICT, adding nothing', async () => {
    const setting = await aCareSetting();
    await assignResidentCare(setting);
    const duplicate = await assign({
      personKey: setting.resident,
      caregiverKey: setting.caregiverA,
      careType: 'INSTITUTIONAL',
      institutionCode: setting.home,
      startedOn: '2025-01-01',
    });
    expect(errorCodes(duplicate)).toEqual(['CONFLICT']);
    expect(duplicate.errors![0].extensions!.field).toBe('caregiverKey');
    expect(await assignmentsOf(setting.resident)).toHaveLength(1);
    expect(await currentCount(setting.home)).toBe(1);
  });

  it('ends an assignment, refusing an end before its start, a second end and an unknown assignment', async () => {
    const setting = await aCareSetting();
    const assignmentId = await assignResidentCare(setting);
    expect(await currentCount(setting.home)).toBe(1);

    const early = await hub.query(END, { input: { assignmentId, endedOn: '2024-02-28' } });
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.errors![0].extensions!.field).toBe('endedOn');

    const ended = await hub.query(END, { input: { assignmentId, endedOn: '2025-01-31' } });
    expect(expectData(ended).endCareAssignment).toEqual({ endedOn: '2025-01-31' });
    expect(await currentCount(setting.home)).toBe(0);
    const current = expectData(await hub.query(CURRENT_ASSIGNMENTS, { key: setting.resident }));
    expect(current.elder!.careAssignments).toEqual([]);

    const twice = await hub.query(END, { input: { assignmentId, endedOn: '2025-02-01' } });
    expect(errorCodes(twice)).toEqual(['CONFLICT']);
    expect(twice.errors![0].extensions!.field).toBe('assignmentId');
    expect(errorCodes(await hub.query(END, { input: { assignmentId: '999999999', endedOn: '2025-02-01' } }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(await assignmentsOf(setting.resident)).toEqual([
      {
        careType: 'INSTITUTIONAL',
        startedOn: '2024-03-01',
        endedOn: '2025-01-31',
        caregiver: { personKey: setting.caregiverA },
      },
    ]);
  });

  it('assigns the same caregiver to the elder again once the earlier assignment has ended', async () => {
    const setting = await aCareSetting();
    const assignmentId = await assignResidentCare(setting);
    expectData(await hub.query(END, { input: { assignmentId, endedOn: '2025-01-31' } }));
    await assignResidentCare(setting, '2025-02-01');
    expect(
      (await assignmentsOf(setting.resident)).map((assignment) => [assignment.startedOn, assignment.endedOn]),
    ).toEqual([
      ['2025-02-01', null],
      ['2024-03-01', '2025-01-31'],
    ]);
    expect(await currentCount(setting.home)).toBe(1);
  });
});

describe.each(DATABASE_TARGETS)('the seeded care assignments (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'seeded');
  }, HUB_START_TIMEOUT_MS);

  async function read(limit: number) {
    const before = hub.statements('civil-affairs');
    const result = await hub.query(SEEDED_ELDERS, { limit });
    const elders = expectData(result).elders.items;
    return { statements: hub.statements('civil-affairs') - before, elders };
  }

  it('gives every resident a current caregiver of their institution, read for a thousand elders in as many statements as for a hundred', async () => {
    const small = await read(100);
    const { statements, elders } = await read(1000);
    expect(elders).toHaveLength(1000);

    const residents = elders.filter((elder) => elder.currentInstitutionStay);
    expect(residents.length).toBeGreaterThan(5);
    for (const { currentInstitutionStay, careAssignments } of residents) {
      expect(careAssignments).toContainEqual(
        expect.objectContaining({
          careType: 'INSTITUTIONAL',
          institutionCode: currentInstitutionStay!.institutionCode,
        }),
      );
    }
    expect(elders.some((elder) => elder.careAssignments.some((assignment) => assignment.careType === 'HOME'))).toBe(
      true,
    );
    expect(Math.abs(statements - small.statements)).toBeLessThanOrEqual(BATCHING_TOLERANCE);
    expect(statements).toBeLessThanOrEqual(8 + AUDIT_ENTRY_STATEMENTS + BATCHING_TOLERANCE);
  });
});
