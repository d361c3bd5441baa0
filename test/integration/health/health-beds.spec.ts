import { expect } from '@jest/globals';
import { anElder } from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import {
  aFreshPatient,
  aHomeSickbed,
  aHospiceStay,
  aHospitalStay,
  aMedicalInstitution,
  type Patient,
} from '../../support/builders/health';
import { uniqueCreditCode } from '../../support/builders/identifiers';
import { graphql } from '../../support/graphql';
import { DATABASE_TARGETS, errorCodes, HUB_START_TIMEOUT_MS, sharedHub, type TestHub } from '../../support/test-hub';

const ADMIT = graphql(`
  mutation HealthBedsAdmitToHospital($input: AdmitToHospitalInput!) {
    admitToHospital(input: $input) {
      id
      personKey
      admittedOn
      dischargedOn
      medicalInstitution {
        name
      }
    }
  }
`);
const DISCHARGE = graphql(`
  mutation HealthBedsDischargeFromHospital($input: DischargeFromHospitalInput!) {
    dischargeFromHospital(input: $input) {
      dischargedOn
      dischargeDestination
    }
  }
`);
const ADMIT_HOSPICE = graphql(`
  mutation HealthBedsAdmitToHospice($input: AdmitToHospiceInput!) {
    admitToHospice(input: $input) {
      id
      admittedOn
    }
  }
`);
const DISCHARGE_HOSPICE = graphql(`
  mutation HealthBedsDischargeFromHospice($input: DischargeFromHospiceInput!) {
    dischargeFromHospice(input: $input) {
      dischargedOn
      dischargeReason
    }
  }
`);
const OPEN_SICKBED = graphql(`
  mutation HealthBedsOpenHomeSickbed($input: OpenHomeSickbedInput!) {
    openHomeSickbed(input: $input) {
      id
      districtCode
      townCode
      visitCount
    }
  }
`);
const VISIT = graphql(`
  mutation HealthBedsRecordHomeSickbedVisit($input: RecordHomeSickbedVisitInput!) {
    recordHomeSickbedVisit(input: $input) {
      visitCount
      lastVisitedOn
    }
  }
`);
const CLOSE_SICKBED = graphql(`
  mutation HealthBedsCloseHomeSickbed($input: CloseHomeSickbedInput!) {
    closeHomeSickbed(input: $input) {
      closedOn
      closeReason
    }
  }
`);
const BED_COUNTS = graphql(`
  query HealthBedsBedCounts($code: ID!) {
    medicalInstitution(code: $code) {
      bedCounts {
        kind
        capacity
        occupied
      }
    }
  }
`);
const JOURNEY = graphql(`
  query HealthBedsJourney($id: String!) {
    elderByIdNumber(idNumber: $id) {
      name
      age
      area {
        name
      }
      hospitalStays {
        admittedOn
        dischargedOn
        dischargeDestination
        medicalInstitution {
          name
          level
        }
      }
      homeSickbeds {
        openedOn
        closedOn
        closeReason
        visitCount
        medicalInstitution {
          name
        }
      }
      hospiceStays {
        admittedOn
        dischargedOn
        dischargeReason
        medicalInstitution {
          name
        }
      }
      currentHealthBed {
        __typename
        ... on HospitalStay {
          admittedOn
        }
        ... on HomeSickbed {
          openedOn
        }
        ... on HospiceStay {
          admittedOn
        }
      }
    }
  }
`);

// The worker's blank hub: each test registers its own hospitals and patients under fresh codes and
// ID numbers, and asserts only on those (an institution's beds, a patient's journey).
describe.each(DATABASE_TARGETS)('hospital stays, home sickbeds and hospice stays (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  /** A county hospital, a one-bed township health centre and a hospice centre with one hospice bed. */
  async function aWard() {
    const [hospital, small, hospice] = await Promise.all([
      aMedicalInstitution(hub)
        .named('乳山市人民医院')
        .inArea('371083')
        .withMedicalBeds(300)
        .offeringInternetNursing()
        .register(),
      aMedicalInstitution(hub)
        .named('乳山市夏村镇卫生院')
        .ofKind('TOWNSHIP_HEALTH_CENTRE', 1)
        .inArea('371083100')
        .withMedicalBeds(1)
        .register(),
      aMedicalInstitution(hub)
        .named('威海市安宁疗护中心')
        .ofKind('NURSING_HOME', 2)
        .private()
        .inArea('371002')
        .withMedicalBeds(20)
        .providingHospice(1)
        .register(),
    ]);
    return { HOSPITAL: hospital.code, SMALL_HOSPITAL: small.code, HOSPICE: hospice.code };
  }

  /** 王秀兰 of 夏村镇, registered by civil affairs. */
  const wang = () =>
    anElder(hub)
      .named('王秀兰')
      .withIdFrom('371083')
      .bornOn('1941-03-05')
      .female()
      .livingIn('371083100201')
      .with({ livingSituation: 'EMPTY_NEST' })
      .register();
  /** 孙德明, registered by civil affairs with a 文登市 ID number. */
  const sun = () =>
    anElder(hub)
      .named('孙德明')
      .withIdFrom('371081')
      .bornOn('1938-11-20')
      .male()
      .livingIn('371083')
      .with({ livingSituation: 'EMPTY_NEST' })
      .register();

  const HEALTH = 'health-system' as const;
  const journeyOf = async (id: string) => {
    const { elderByIdNumber } = expectData(await hub.query(JOURNEY, { id }, 'civil-affairs-system'));
    expect(elderByIdNumber).not.toBeNull();
    return elderByIdNumber!;
  };
  const admit = (patient: Patient, medicalInstitutionCode: string, admittedOn: string) =>
    hub.query(ADMIT, { input: { ...patient, medicalInstitutionCode, admittedOn } }, HEALTH);

  it('admits an elder to hospital by ID number and discharges them to a home sickbed', async () => {
    const { HOSPITAL } = await aWard();
    const { idNumber } = await wang();
    const admitted = expectData(await admit({ idNumber }, HOSPITAL, '2025-03-01')).admitToHospital;
    expect(admitted).toMatchObject({
      admittedOn: '2025-03-01',
      dischargedOn: null,
      medicalInstitution: { name: '乳山市人民医院' },
    });

    const discharged = await hub.query(
      DISCHARGE,
      { input: { hospitalStayId: admitted.id, dischargedOn: '2025-03-12', destination: 'HOME_SICKBED' } },
      HEALTH,
    );
    expect(expectData(discharged).dischargeFromHospital).toEqual({
      dischargedOn: '2025-03-12',
      dischargeDestination: 'HOME_SICKBED',
    });
  });

  it('refuses an overlapping stay (CONFLICT), a discharge before admission, an unknown institution or a future date (BAD_USER_INPUT), changing nothing', async () => {
    const { HOSPITAL } = await aWard();
    const WANG = (await wang()).idNumber;
    const SUN = (await sun()).idNumber;
    const UNKNOWN = uniqueCreditCode(hub, { areaCode: '371083' }); // never registered
    const stay = await aHospitalStay(hub, { idNumber: WANG })
      .in(HOSPITAL)
      .from('2025-03-01')
      .discharged('2025-03-12', 'HOME_SICKBED')
      .record();

    const overlapping = await admit({ idNumber: WANG }, HOSPITAL, '2025-03-10');
    expect(errorCodes(overlapping)).toEqual(['CONFLICT']);
    expect(overlapping.errors![0].extensions!.field).toBe('idNumber');

    const mistyped = WANG.slice(0, 17) + (WANG[17] === '0' ? '1' : '0');
    const cases = [
      {
        input: { idNumber: SUN, medicalInstitutionCode: UNKNOWN, admittedOn: '2025-04-01' },
        field: 'medicalInstitutionCode',
      },
      { input: { idNumber: SUN, medicalInstitutionCode: HOSPITAL, admittedOn: '2999-04-01' }, field: 'admittedOn' },
      { input: { idNumber: mistyped, medicalInstitutionCode: HOSPITAL, admittedOn: '2025-04-01' }, field: 'idNumber' },
      { input: { medicalInstitutionCode: HOSPITAL, admittedOn: '2025-04-01' }, field: 'idNumber' },
    ];
    for (const { input, field } of cases) {
      const result = await hub.query(ADMIT, { input }, HEALTH);
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    const admitted = expectData(await admit({ idNumber: SUN }, HOSPITAL, '2025-04-01')).admitToHospital;
    const early = await hub.query(
      DISCHARGE,
      { input: { hospitalStayId: admitted.id, dischargedOn: '2025-03-31', destination: 'HOME' } },
      HEALTH,
    );
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.errors![0].extensions!.field).toBe('dischargedOn');
    const unknownStay = await hub.query(
      DISCHARGE,
      { input: { hospitalStayId: '999999', dischargedOn: '2025-04-02', destination: 'HOME' } },
      HEALTH,
    );
    expect(errorCodes(unknownStay)).toEqual(['NOT_FOUND']);
    const twice = await hub.query(
      DISCHARGE,
      { input: { hospitalStayId: stay.id, dischargedOn: '2025-03-20', destination: 'HOME' } },
      HEALTH,
    );
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
    const { SMALL_HOSPITAL } = await aWard();
    const [patient, next, earlier] = [aFreshPatient(hub), aFreshPatient(hub), aFreshPatient(hub)];
    const first = expectData(await admit(patient, SMALL_HOSPITAL, '2025-05-01')).admitToHospital;
    const full = await admit(next, SMALL_HOSPITAL, '2025-05-03');
    expect(errorCodes(full)).toEqual(['CONFLICT']);
    expect(full.errors![0].extensions!.field).toBe('medicalInstitutionCode');
    // An admission before the bed is taken is refused too: the patient would still be there when it is.
    expect(errorCodes(await admit(earlier, SMALL_HOSPITAL, '2025-04-20'))).toEqual(['CONFLICT']);
    const counts = expectData(await hub.query(BED_COUNTS, { code: SMALL_HOSPITAL }, 'analyst'));
    expect(counts.medicalInstitution?.bedCounts).toEqual([
      { kind: 'MEDICAL', capacity: 1, occupied: 1 },
      { kind: 'HOSPICE', capacity: 0, occupied: 0 },
    ]);

    expectData(
      await hub.query(
        DISCHARGE,
        { input: { hospitalStayId: first.id, dischargedOn: '2025-05-10', destination: 'HOSPICE' } },
        HEALTH,
      ),
    );
    expectData(await admit(next, SMALL_HOSPITAL, '2025-05-10'));
  });

  it('admits one elder to only one of two hospitals when both admissions arrive at once', async () => {
    const { HOSPITAL, HOSPICE } = await aWard();
    const elder = aFreshPatient(hub, '371083', '1944-02-02');
    const results = await Promise.all([HOSPITAL, HOSPICE].map((code) => admit(elder, code, '2025-06-01')));
    expect(results.map((result) => errorCodes(result).join()).sort()).toEqual(['', 'CONFLICT']);
    const admitted = results.find((result) => !result.errors)!.data!.admitToHospital;
    expectData(
      await hub.query(
        DISCHARGE,
        { input: { hospitalStayId: admitted.id, dischargedOn: '2025-06-05', destination: 'HOME' } },
        HEALTH,
      ),
    );
    expectData(await admit(elder, HOSPITAL, '2025-06-05'));
  });

  it('opens a home sickbed, records visits and closes it, refusing a second open bed and a close before the last visit', async () => {
    const { HOSPITAL, SMALL_HOSPITAL } = await aWard();
    const WANG = (await wang()).idNumber;
    const SUN = (await sun()).idNumber;
    const openedOn = (idNumber: string, medicalInstitutionCode: string, areaCode: string, day: string) =>
      hub.query(OPEN_SICKBED, { input: { idNumber, medicalInstitutionCode, areaCode, openedOn: day } }, HEALTH);
    const opened = expectData(await openedOn(WANG, SMALL_HOSPITAL, '371083100201', '2025-03-12')).openHomeSickbed;
    expect(opened).toMatchObject({ districtCode: '371083', townCode: '371083100', visitCount: 0 });
    const bed = opened.id;

    expect(errorCodes(await openedOn(WANG, HOSPITAL, '371083', '2025-04-01'))).toEqual(['CONFLICT']);
    const badArea = await openedOn(SUN, HOSPITAL, '999999', '2025-04-01');
    expect(errorCodes(badArea)).toEqual(['BAD_USER_INPUT']);
    expect(badArea.errors![0].extensions!.field).toBe('areaCode');

    for (const visitedOn of ['2025-03-15', '2025-03-22'])
      expectData(await hub.query(VISIT, { input: { homeSickbedId: bed, visitedOn } }, HEALTH));
    const early = await hub.query(
      CLOSE_SICKBED,
      { input: { homeSickbedId: bed, closedOn: '2025-03-20', reason: 'RECOVERED' } },
      HEALTH,
    );
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.errors![0].extensions!.field).toBe('closedOn');
    const closed = await hub.query(
      CLOSE_SICKBED,
      { input: { homeSickbedId: bed, closedOn: '2025-04-30', reason: 'HOSPITAL' } },
      HEALTH,
    );
    expect(expectData(closed).closeHomeSickbed).toEqual({ closedOn: '2025-04-30', closeReason: 'HOSPITAL' });
    const afterClosing = await hub.query(VISIT, { input: { homeSickbedId: bed, visitedOn: '2025-05-02' } }, HEALTH);
    expect(errorCodes(afterClosing)).toEqual(['CONFLICT']);
  });

  it('admits to hospice only where a hospice bed is free, and ends the stay', async () => {
    const { HOSPITAL, HOSPICE } = await aWard();
    const WANG = (await wang()).idNumber;
    const SUN = (await sun()).idNumber;
    const toHospice = (idNumber: string, medicalInstitutionCode: string, admittedOn: string) =>
      hub.query(ADMIT_HOSPICE, { input: { idNumber, medicalInstitutionCode, admittedOn } }, HEALTH);
    const admitted = expectData(await toHospice(WANG, HOSPICE, '2025-05-10')).admitToHospice;
    expect(errorCodes(await toHospice(SUN, HOSPICE, '2025-06-01'))).toEqual(['CONFLICT']);
    const noHospice = await toHospice(SUN, HOSPITAL, '2025-06-01');
    expect(errorCodes(noHospice)).toEqual(['BAD_USER_INPUT']);
    expect(noHospice.errors![0].extensions!.field).toBe('medicalInstitutionCode');

    expect((await journeyOf(WANG)).currentHealthBed).toEqual({ __typename: 'HospiceStay', admittedOn: '2025-05-10' });
    const ended = await hub.query(
      DISCHARGE_HOSPICE,
      { input: { hospiceStayId: admitted.id, dischargedOn: '2025-06-20', reason: 'HOME' } },
      HEALTH,
    );
    expect(expectData(ended).dischargeFromHospice).toEqual({ dischargedOn: '2025-06-20', dischargeReason: 'HOME' });
  });

  it('returns an elder found by ID number with the civil-affairs profile and every health bed, in one request through the gateway', async () => {
    const { HOSPITAL, SMALL_HOSPITAL, HOSPICE } = await aWard();
    const WANG = (await wang()).idNumber;
    const SUN = (await sun()).idNumber;
    // 王秀兰's spring: hospital, a home sickbed, hospital again, hospice, home; 孙德明 still in hospital.
    const wangs = { idNumber: WANG };
    await aHospitalStay(hub, wangs).in(HOSPITAL).from('2025-03-01').discharged('2025-03-12', 'HOME_SICKBED').record();
    await aHomeSickbed(hub, wangs)
      .by(SMALL_HOSPITAL)
      .at('371083100201')
      .from('2025-03-12')
      .visitedOn('2025-03-15', '2025-03-22')
      .closed('2025-04-30', 'HOSPITAL')
      .record();
    await aHospitalStay(hub, wangs).in(SMALL_HOSPITAL).from('2025-05-01').discharged('2025-05-10', 'HOSPICE').record();
    await aHospiceStay(hub, wangs).in(HOSPICE).from('2025-05-10').discharged('2025-06-20', 'HOME').record();
    await aHospitalStay(hub, { idNumber: SUN }).in(HOSPITAL).from('2025-04-01').record();

    expect(await journeyOf(WANG)).toEqual({
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
