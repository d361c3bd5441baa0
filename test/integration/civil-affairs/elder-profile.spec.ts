import { creditCodeCheckCharacter } from '../../../subgraphs/shared/identity/credit-code';
import { idNumber } from '../../support/builders/identifiers';
import { DATABASE_TARGETS, errorCodes, startTestHub, type TestHub } from '../../support/test-hub';

const HOME_CODE = '12371083MB0000001'.slice(0, 17);
const HOME = HOME_CODE + creditCodeCheckCharacter(HOME_CODE);
const ELDER_ID = idNumber('371083', '1948-05-20', 13);

describe.each(DATABASE_TARGETS)('an elder’s civil-affairs profile through the gateway (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub(target);
  });
  afterAll(() => hub?.stop());

  it('returns the assessment, the institution stay and the area of an elder found by ID number', async () => {
    const registered = await hub.query(
      `mutation($home: RegisterInstitutionInput!, $elder: RegisterElderInput!) {
         registerInstitution(input: $home) { code }
         registerElder(input: $elder) { personKey sex birthDate }
       }`,
      {
        home: {
          code: HOME,
          name: '乳山市夏村颐养院',
          areaCode: '371083100',
          ownership: 'PUBLIC',
          openedOn: '2015-06-01',
          rating: 4,
        },
        elder: {
          idNumber: ELDER_ID,
          name: '于秀兰',
          areaCode: '371083100201',
          livingSituation: 'LIVING_ALONE',
          economicStatus: 'MINIMUM_LIVING',
        },
      },
    );
    expect(registered.errors).toBeUndefined();
    const personKey = registered.data!.registerElder.personKey;
    expect(registered.data!.registerElder).toMatchObject({ sex: 'MALE', birthDate: '1948-05-20' });

    const beds = await hub.query(`mutation($input: AddBedsInput!) { addBeds(input: $input) { id kind } }`, {
      input: { institutionCode: HOME, kind: 'NURSING', labels: ['1-1', '1-2'], inServiceFrom: '2015-06-01' },
    });
    const bedId = beds.data!.addBeds[0].id;
    const recorded = await hub.query(
      `mutation($assessment: RecordAbilityAssessmentInput!, $admission: AdmitToInstitutionInput!) {
         recordAbilityAssessment(input: $assessment) { levelNumber }
         admitToInstitution(input: $admission) { id }
       }`,
      {
        assessment: {
          personKey,
          level: 'SEVERE_DISABILITY',
          assessedOn: '2025-03-02',
          reason: 'ADMISSION',
          assessor: '乳山市老年人能力评估中心',
        },
        admission: { personKey, bedId, admittedOn: '2025-03-10' },
      },
    );
    expect(recorded.errors).toBeUndefined();

    const profile = await hub.query(
      `query($id: String!) {
         elderByIdNumber(idNumber: $id) {
           name maskedIdNumber
           area { code name level parent { name } }
           district { name fiveBedPilot }
           latestAssessment { level levelNumber assessedOn }
           currentInstitutionStay { admittedOn bed { kind label } institution { name rating bedCounts { kind capacity occupied } } }
         }
       }`,
      { id: ` ${ELDER_ID.toLowerCase()} ` },
    );
    expect(profile.errors).toBeUndefined();
    expect(profile.data!.elderByIdNumber).toEqual({
      name: '于秀兰',
      maskedIdNumber: `${ELDER_ID.slice(0, 4)}**********${ELDER_ID.slice(-4)}`,
      area: { code: '371083100201', name: '东秦家庄村委会', level: 'VILLAGE', parent: { name: '夏村镇' } },
      district: { name: '乳山市', fiveBedPilot: true },
      latestAssessment: { level: 'SEVERE_DISABILITY', levelNumber: 3, assessedOn: '2025-03-02' },
      currentInstitutionStay: {
        admittedOn: '2025-03-10',
        bed: { kind: 'NURSING', label: '1-1' },
        institution: {
          name: '乳山市夏村颐养院',
          rating: 4,
          bedCounts: [{ kind: 'NURSING', capacity: 2, occupied: 1 }],
        },
      },
    });
  });

  it('refuses an invalid ID number, an unknown area and an out-of-range rating with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const register = `mutation($elder: RegisterElderInput!) { registerElder(input: $elder) { personKey } }`;
    const elder = { name: '张桂珍', livingSituation: 'EMPTY_NEST', economicStatus: 'ORDINARY' };
    const badCheck = ELDER_ID.slice(0, 17) + (ELDER_ID[17] === '1' ? '2' : '1');
    const cases = [
      { variables: { elder: { ...elder, idNumber: badCheck, areaCode: '371083' } }, field: 'idNumber' },
      {
        variables: { elder: { ...elder, idNumber: idNumber('371083', '1950-02-30', 22), areaCode: '371083' } },
        field: 'idNumber',
      },
      {
        variables: { elder: { ...elder, idNumber: idNumber('371083', '1950-02-03', 22), areaCode: '999999' } },
        field: 'areaCode',
      },
    ];
    for (const { variables, field } of cases) {
      const result = await hub.query(register, variables);
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    const rating = await hub.query(
      `mutation($home: RegisterInstitutionInput!) { registerInstitution(input: $home) { code } }`,
      {
        home: {
          code:
            HOME.replace('MB0000001', 'MB0000002').slice(0, 17) +
            creditCodeCheckCharacter(HOME.replace('MB0000001', 'MB0000002').slice(0, 17)),
          name: '荣成市颐养院',
          areaCode: '371082',
          ownership: 'PRIVATE',
          openedOn: '2020-01-01',
          rating: 6,
        },
      },
    );
    expect(errorCodes(rating)).toEqual(['BAD_USER_INPUT']);
    expect(rating.errors![0].extensions!.field).toBe('rating');

    const counts = await hub.query(`{ elders(page: { limit: 10 }) { total } institutions { total } }`);
    expect(counts.data).toEqual({ elders: { total: 1 }, institutions: { total: 1 } });
  });
});
