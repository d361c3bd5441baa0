import { creditCodeCheckCharacter } from '../../../subgraphs/shared/identity/credit-code';
import { idNumber } from '../../support/builders/identifiers';
import { DATABASE_TARGETS, errorCodes, startTestHub, type TestHub } from '../../support/test-hub';

const creditCode = (first17: string) => first17 + creditCodeCheckCharacter(first17);
const HOSPITAL = creditCode('12371083MB0000401');
const SMALL_HOSPITAL = creditCode('12371083MB0000402');
const HOSPICE = creditCode('12371002MB0000403');
const UNKNOWN = creditCode('12371083MB0000499');

const WANG = idNumber('371083', '1941-03-05', 41);
const SUN = idNumber('371081', '1938-11-20', 43);

const ADMIT = `mutation($input: AdmitToHospitalInput!) { admitToHospital(input: $input) { id personKey admittedOn dischargedOn medicalInstitution { name } } }`;
const DISCHARGE = `mutation($input: DischargeFromHospitalInput!) { dischargeFromHospital(input: $input) { dischargedOn dischargeDestination } }`;
const ADMIT_HOSPICE = `mutation($input: AdmitToHospiceInput!) { admitToHospice(input: $input) { id admittedOn } }`;
const DISCHARGE_HOSPICE = `mutation($input: DischargeFromHospiceInput!) { dischargeFromHospice(input: $input) { dischargedOn dischargeReason } }`;
const OPEN_SICKBED = `mutation($input: OpenHomeSickbedInput!) { openHomeSickbed(input: $input) { id districtCode townCode visitCount } }`;
const VISIT = `mutation($input: RecordHomeSickbedVisitInput!) { recordHomeSickbedVisit(input: $input) { visitCount lastVisitedOn } }`;
const CLOSE_SICKBED = `mutation($input: CloseHomeSickbedInput!) { closeHomeSickbed(input: $input) { closedOn closeReason } }`;

const JOURNEY = `query($id: String!) {
  elderByIdNumber(idNumber: $id) {
    name age area { name }
    hospitalStays { admittedOn dischargedOn dischargeDestination medicalInstitution { name level } }
    homeSickbeds { openedOn closedOn closeReason visitCount medicalInstitution { name } }
    hospiceStays { admittedOn dischargedOn dischargeReason medicalInstitution { name } }
    currentHealthBed { __typename ... on HospitalStay { admittedOn } ... on HomeSickbed { openedOn } ... on HospiceStay { admittedOn } }
  }
}`;

describe.each(DATABASE_TARGETS)('hospital stays, home sickbeds and hospice stays (%s)', (target) => {
  let hub: TestHub;
  const ids: Record<string, string> = {};

  const asHealth = (query: string, variables?: Record<string, unknown>) => hub.query(query, variables, 'health-system');
  const journeyOf = async (id: string) => {
    const result = await hub.query(JOURNEY, { id }, 'civil-affairs-system');
    expect(result.errors).toBeUndefined();
    return result.data!.elderByIdNumber;
  };

  beforeAll(async () => {
    hub = await startTestHub(target);
    const registered = await asHealth(
      `mutation($a: RegisterMedicalInstitutionInput!, $b: RegisterMedicalInstitutionInput!, $c: RegisterMedicalInstitutionInput!) {
         a: registerMedicalInstitution(input: $a) { code } b: registerMedicalInstitution(input: $b) { code } c: registerMedicalInstitution(input: $c) { code }
       }`,
      {
        a: {
          code: HOSPITAL,
          name: '乳山市人民医院',
          kind: 'GENERAL_HOSPITAL',
          level: 2,
          isPublic: true,
          areaCode: '371083',
          medicalBeds: 300,
          internetNursing: true,
        },
        b: {
          code: SMALL_HOSPITAL,
          name: '乳山市夏村镇卫生院',
          kind: 'TOWNSHIP_HEALTH_CENTRE',
          level: 1,
          isPublic: true,
          areaCode: '371083100',
          medicalBeds: 1,
        },
        c: {
          code: HOSPICE,
          name: '威海市安宁疗护中心',
          kind: 'NURSING_HOME',
          level: 2,
          isPublic: false,
          areaCode: '371002',
          medicalBeds: 20,
          hospiceBeds: 1,
          hospiceProvider: true,
        },
      },
    );
    expect(registered.errors).toBeUndefined();
    for (const [name, id, areaCode] of [
      ['王秀兰', WANG, '371083100201'],
      ['孙德明', SUN, '371083'],
    ]) {
      const elder = await hub.query(
        `mutation($elder: RegisterElderInput!) { registerElder(input: $elder) { personKey } }`,
        {
          elder: { idNumber: id, name, areaCode, livingSituation: 'EMPTY_NEST', economicStatus: 'ORDINARY' },
        },
      );
      expect(elder.errors).toBeUndefined();
    }
  });
  afterAll(() => hub?.stop());

  it('admits an elder to hospital by ID number and discharges them to a home sickbed', async () => {
    const admitted = await asHealth(ADMIT, {
      input: { idNumber: WANG, medicalInstitutionCode: HOSPITAL, admittedOn: '2025-03-01' },
    });
    expect(admitted.errors).toBeUndefined();
    expect(admitted.data!.admitToHospital).toMatchObject({
      admittedOn: '2025-03-01',
      dischargedOn: null,
      medicalInstitution: { name: '乳山市人民医院' },
    });
    ids.stay = admitted.data!.admitToHospital.id;

    const discharged = await asHealth(DISCHARGE, {
      input: { hospitalStayId: ids.stay, dischargedOn: '2025-03-12', destination: 'HOME_SICKBED' },
    });
    expect(discharged.errors).toBeUndefined();
    expect(discharged.data!.dischargeFromHospital).toEqual({
      dischargedOn: '2025-03-12',
      dischargeDestination: 'HOME_SICKBED',
    });
  });

  it('refuses an overlapping stay (CONFLICT), a discharge before admission, an unknown institution or a future date (BAD_USER_INPUT), changing nothing', async () => {
    const overlapping = await asHealth(ADMIT, {
      input: { idNumber: WANG, medicalInstitutionCode: HOSPITAL, admittedOn: '2025-03-10' },
    });
    expect(errorCodes(overlapping)).toEqual(['CONFLICT']);
    expect(overlapping.errors![0].extensions!.field).toBe('idNumber');

    const cases = [
      {
        query: ADMIT,
        input: { idNumber: SUN, medicalInstitutionCode: UNKNOWN, admittedOn: '2025-04-01' },
        field: 'medicalInstitutionCode',
      },
      {
        query: ADMIT,
        input: { idNumber: SUN, medicalInstitutionCode: HOSPITAL, admittedOn: '2999-04-01' },
        field: 'admittedOn',
      },
      {
        query: ADMIT,
        input: { idNumber: '371083194103050410', medicalInstitutionCode: HOSPITAL, admittedOn: '2025-04-01' },
        field: 'idNumber',
      },
      { query: ADMIT, input: { medicalInstitutionCode: HOSPITAL, admittedOn: '2025-04-01' }, field: 'idNumber' },
    ];
    for (const { query, input, field } of cases) {
      const result = await asHealth(query, { input });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    const admitted = await asHealth(ADMIT, {
      input: { idNumber: SUN, medicalInstitutionCode: HOSPITAL, admittedOn: '2025-04-01' },
    });
    const early = await asHealth(DISCHARGE, {
      input: { hospitalStayId: admitted.data!.admitToHospital.id, dischargedOn: '2025-03-31', destination: 'HOME' },
    });
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.errors![0].extensions!.field).toBe('dischargedOn');
    expect(
      errorCodes(
        await asHealth(DISCHARGE, {
          input: { hospitalStayId: 999999, dischargedOn: '2025-04-02', destination: 'HOME' },
        }),
      ),
    ).toEqual(['NOT_FOUND']);
    const twice = await asHealth(DISCHARGE, {
      input: { hospitalStayId: ids.stay, dischargedOn: '2025-03-20', destination: 'HOME' },
    });
    expect(errorCodes(twice)).toEqual(['CONFLICT']);

    expect((await journeyOf(WANG)).hospitalStays).toEqual([
      {
        admittedOn: '2025-03-01',
        dischargedOn: '2025-03-12',
        dischargeDestination: 'HOME_SICKBED',
        medicalInstitution: { name: '乳山市人民医院', level: 2 },
      },
    ]);
    expect((await journeyOf(SUN)).hospitalStays).toEqual([
      {
        admittedOn: '2025-04-01',
        dischargedOn: null,
        dischargeDestination: null,
        medicalInstitution: { name: '乳山市人民医院', level: 2 },
      },
    ]);
  });

  it('never fills a medical institution beyond its bed stock', async () => {
    const first = await asHealth(ADMIT, {
      input: { idNumber: WANG, medicalInstitutionCode: SMALL_HOSPITAL, admittedOn: '2025-05-01' },
    });
    expect(first.errors).toBeUndefined();
    const full = await asHealth(ADMIT, {
      input: {
        idNumber: idNumber('371083', '1950-01-01', 45),
        medicalInstitutionCode: SMALL_HOSPITAL,
        admittedOn: '2025-05-03',
      },
    });
    expect(errorCodes(full)).toEqual(['CONFLICT']);
    expect(full.errors![0].extensions!.field).toBe('medicalInstitutionCode');
    // An admission before the bed is taken is refused too: the patient would still be there when it is.
    const earlier = await asHealth(ADMIT, {
      input: {
        idNumber: idNumber('371083', '1950-01-01', 47),
        medicalInstitutionCode: SMALL_HOSPITAL,
        admittedOn: '2025-04-20',
      },
    });
    expect(errorCodes(earlier)).toEqual(['CONFLICT']);
    const counts = await hub.query(
      `query($code: ID!) { medicalInstitution(code: $code) { bedCounts { kind capacity occupied } } }`,
      { code: SMALL_HOSPITAL },
      'analyst',
    );
    expect(counts.data!.medicalInstitution.bedCounts).toEqual([
      { kind: 'MEDICAL', capacity: 1, occupied: 1 },
      { kind: 'HOSPICE', capacity: 0, occupied: 0 },
    ]);

    await asHealth(DISCHARGE, {
      input: { hospitalStayId: first.data!.admitToHospital.id, dischargedOn: '2025-05-10', destination: 'HOSPICE' },
    });
    const freed = await asHealth(ADMIT, {
      input: {
        idNumber: idNumber('371083', '1950-01-01', 45),
        medicalInstitutionCode: SMALL_HOSPITAL,
        admittedOn: '2025-05-10',
      },
    });
    expect(freed.errors).toBeUndefined();
  });

  it('admits one elder to only one of two hospitals when both admissions arrive at once', async () => {
    const elder = idNumber('371083', '1944-02-02', 51);
    const results = await Promise.all(
      [HOSPITAL, HOSPICE].map((medicalInstitutionCode) =>
        asHealth(ADMIT, { input: { idNumber: elder, medicalInstitutionCode, admittedOn: '2025-06-01' } }),
      ),
    );
    expect(results.map((result) => errorCodes(result).join()).sort()).toEqual(['', 'CONFLICT']);
    const admitted = results.find((result) => !result.errors)!.data!.admitToHospital;
    await asHealth(DISCHARGE, {
      input: { hospitalStayId: admitted.id, dischargedOn: '2025-06-05', destination: 'HOME' },
    });
    const next = await asHealth(ADMIT, {
      input: { idNumber: elder, medicalInstitutionCode: HOSPITAL, admittedOn: '2025-06-05' },
    });
    expect(next.errors).toBeUndefined();
  });

  it('opens a home sickbed, records visits and closes it, refusing a second open bed and a close before the last visit', async () => {
    const opened = await asHealth(OPEN_SICKBED, {
      input: {
        idNumber: WANG,
        medicalInstitutionCode: SMALL_HOSPITAL,
        areaCode: '371083100201',
        openedOn: '2025-03-12',
      },
    });
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.openHomeSickbed).toMatchObject({
      districtCode: '371083',
      townCode: '371083100',
      visitCount: 0,
    });
    const bed = opened.data!.openHomeSickbed.id;

    const second = await asHealth(OPEN_SICKBED, {
      input: { idNumber: WANG, medicalInstitutionCode: HOSPITAL, areaCode: '371083', openedOn: '2025-04-01' },
    });
    expect(errorCodes(second)).toEqual(['CONFLICT']);
    const badArea = await asHealth(OPEN_SICKBED, {
      input: { idNumber: SUN, medicalInstitutionCode: HOSPITAL, areaCode: '999999', openedOn: '2025-04-01' },
    });
    expect(errorCodes(badArea)).toEqual(['BAD_USER_INPUT']);
    expect(badArea.errors![0].extensions!.field).toBe('areaCode');

    for (const visitedOn of ['2025-03-15', '2025-03-22'])
      expect((await asHealth(VISIT, { input: { homeSickbedId: bed, visitedOn } })).errors).toBeUndefined();
    const early = await asHealth(CLOSE_SICKBED, {
      input: { homeSickbedId: bed, closedOn: '2025-03-20', reason: 'RECOVERED' },
    });
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.errors![0].extensions!.field).toBe('closedOn');
    const closed = await asHealth(CLOSE_SICKBED, {
      input: { homeSickbedId: bed, closedOn: '2025-04-30', reason: 'HOSPITAL' },
    });
    expect(closed.data!.closeHomeSickbed).toEqual({ closedOn: '2025-04-30', closeReason: 'HOSPITAL' });
    expect(errorCodes(await asHealth(VISIT, { input: { homeSickbedId: bed, visitedOn: '2025-05-02' } }))).toEqual([
      'CONFLICT',
    ]);
  });

  it('admits to hospice only where a hospice bed is free, and ends the stay', async () => {
    const admitted = await asHealth(ADMIT_HOSPICE, {
      input: { idNumber: WANG, medicalInstitutionCode: HOSPICE, admittedOn: '2025-05-10' },
    });
    expect(admitted.errors).toBeUndefined();
    const full = await asHealth(ADMIT_HOSPICE, {
      input: { idNumber: SUN, medicalInstitutionCode: HOSPICE, admittedOn: '2025-06-01' },
    });
    expect(errorCodes(full)).toEqual(['CONFLICT']);
    const noHospice = await asHealth(ADMIT_HOSPICE, {
      input: { idNumber: SUN, medicalInstitutionCode: HOSPITAL, admittedOn: '2025-06-01' },
    });
    expect(errorCodes(noHospice)).toEqual(['BAD_USER_INPUT']);
    expect(noHospice.errors![0].extensions!.field).toBe('medicalInstitutionCode');

    const elder = await journeyOf(WANG);
    expect(elder.currentHealthBed).toEqual({ __typename: 'HospiceStay', admittedOn: '2025-05-10' });
    const ended = await asHealth(DISCHARGE_HOSPICE, {
      input: { hospiceStayId: admitted.data!.admitToHospice.id, dischargedOn: '2025-06-20', reason: 'HOME' },
    });
    expect(ended.data!.dischargeFromHospice).toEqual({ dischargedOn: '2025-06-20', dischargeReason: 'HOME' });
  });

  it('returns an elder found by ID number with the civil-affairs profile and every health bed, in one request through the gateway', async () => {
    const elder = await journeyOf(WANG);
    expect(elder).toEqual({
      name: '王秀兰',
      age: expect.any(Number),
      area: { name: expect.any(String) },
      hospitalStays: [
        {
          admittedOn: '2025-05-01',
          dischargedOn: '2025-05-10',
          dischargeDestination: 'HOSPICE',
          medicalInstitution: { name: '乳山市夏村镇卫生院', level: 1 },
        },
        {
          admittedOn: '2025-03-01',
          dischargedOn: '2025-03-12',
          dischargeDestination: 'HOME_SICKBED',
          medicalInstitution: { name: '乳山市人民医院', level: 2 },
        },
      ],
      homeSickbeds: [
        {
          openedOn: '2025-03-12',
          closedOn: '2025-04-30',
          closeReason: 'HOSPITAL',
          visitCount: 2,
          medicalInstitution: { name: '乳山市夏村镇卫生院' },
        },
      ],
      hospiceStays: [
        {
          admittedOn: '2025-05-10',
          dischargedOn: '2025-06-20',
          dischargeReason: 'HOME',
          medicalInstitution: { name: '威海市安宁疗护中心' },
        },
      ],
      currentHealthBed: null,
    });
    expect((await journeyOf(SUN)).currentHealthBed).toEqual({ __typename: 'HospitalStay', admittedOn: '2025-04-01' });
  });
});
