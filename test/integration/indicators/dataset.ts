import {
  admit,
  anAssessmentOf,
  anElder,
  anInstitution,
  bedsOf,
  openFamilyBed,
  recordDeath,
} from '../../support/builders/civil-affairs';
import { aFacility, aResidentialDevelopment, aVisit } from '../../support/builders/civil-affairs-care';
import { expectData } from '../../support/builders/expect-data';
import { aLotteryFund, anAllocationFrom } from '../../support/builders/finance';
import { aMedicalInstitution, anAgreement, anInsideClinic } from '../../support/builders/health';
import {
  aCaregiver,
  aCertificate,
  aSchool,
  aTrainingProgramme,
  recordMajorEnrolment,
} from '../../support/builders/human-resources';
import { anLtciDesignation, anLtciEnrolment } from '../../support/builders/medical-insurance';
import { graphql } from '../../support/graphql';
import type { AbilityLevel, AddBedsInput, FacilityKind, RegisterElderInput } from '../../support/graphql/graphql';
import type { TestHub } from '../../support/test-hub';

/**
 * A small known city for the joint meeting's indicators, recorded through each department's own
 * mutations (the builders in test/support/builders): 乳山市 (371083) holds almost everything, 文登区
 * (371003) enough that the city differs. Dates straddle the days the tests read: 2025-06-30, the
 * 2025 deadline (2025-12-31) and 2026-06-30.
 */
export const RUSHAN = '371083';
export const WENDENG = '371003';
export const CITY = '371000';

const DESIGNATE_AGE_FRIENDLY = graphql(`
  mutation IndicatorsDatasetDesignateAgeFriendlyCommunity($input: DesignateAgeFriendlyCommunityInput!) {
    designateAgeFriendlyCommunity(input: $input) {
      id
    }
  }
`);

type ElderName = 'E1' | 'E2' | 'E3' | 'E4' | 'E5' | 'E6' | 'E7';

export interface Dataset {
  /** The elders' person keys. */
  elders: Record<ElderName, string>;
  /** Credit codes of the elder-care institutions: A and B in 乳山 (B opens 2025-09-01), C in 文登; B and C of 特困供养. */
  homes: Record<'A' | 'B' | 'C', string>;
  /** Credit codes of the hospitals: 1 and 2 in 乳山, 3 in 文登. */
  hospitals: Record<'H1' | 'H2' | 'H3', string>;
}

/** An elder: where the ID number was issued, birth day, sex (the sequence's parity) and registration. */
interface Person {
  idFrom: string;
  bornOn: string;
  sex: 'MALE' | 'FEMALE';
  fields: Omit<RegisterElderInput, 'idNumber'>;
}

/** Records the dataset on a hub of the test's own; returns the elders' person keys and the institutions' codes. */
export async function recordDataset(hub: TestHub): Promise<Dataset> {
  // Civil affairs: elders, with the circumstances the indicators read.
  const people: Record<ElderName, Person> = {
    E1: {
      idFrom: RUSHAN,
      bornOn: '1940-02-03',
      sex: 'MALE',
      fields: {
        name: '于德福',
        areaCode: '371083001001',
        livingSituation: 'WITH_FAMILY',
        economicStatus: 'EXTREME_POVERTY',
        wantsCentralisedCare: true,
      },
    },
    E2: {
      idFrom: RUSHAN,
      bornOn: '1945-04-05',
      sex: 'FEMALE',
      fields: {
        name: '宋秀兰',
        areaCode: '371083001002',
        livingSituation: 'LIVING_ALONE',
        economicStatus: 'EXTREME_POVERTY',
      },
    },
    E3: {
      idFrom: RUSHAN,
      bornOn: '1950-06-07',
      sex: 'MALE',
      fields: {
        name: '姜明山',
        areaCode: '371083100',
        livingSituation: 'WITH_FAMILY',
        economicStatus: 'EXTREME_POVERTY',
        wantsCentralisedCare: true,
      },
    },
    // 59 on the first day read, 60 on the second.
    E4: {
      idFrom: RUSHAN,
      bornOn: '1966-01-01',
      sex: 'MALE',
      fields: { name: '林建国', areaCode: '371083100', livingSituation: 'WITH_FAMILY', economicStatus: 'ORDINARY' },
    },
    E5: {
      idFrom: RUSHAN,
      bornOn: '1948-08-09',
      sex: 'FEMALE',
      fields: { name: '曲桂英', areaCode: '371083001003', livingSituation: 'EMPTY_NEST', economicStatus: 'ORDINARY' },
    },
    E6: {
      idFrom: RUSHAN,
      bornOn: '1942-10-11',
      sex: 'MALE',
      fields: { name: '丛玉珍', areaCode: '371083001004', livingSituation: 'WITH_FAMILY', economicStatus: 'ORDINARY' },
    },
    // Lives in 文登.
    E7: {
      idFrom: WENDENG,
      bornOn: '1950-12-13',
      sex: 'MALE',
      fields: { name: '王永福', areaCode: '371003001006', livingSituation: 'WITH_FAMILY', economicStatus: 'ORDINARY' },
    },
  };
  const elders = {} as Dataset['elders'];
  const idNumbers = {} as Record<ElderName, string>;
  for (const [name, person] of Object.entries(people) as Array<[ElderName, Person]>) {
    const builder = anElder(hub).withIdFrom(person.idFrom).bornOn(person.bornOn).with(person.fields);
    const registered = await (person.sex === 'MALE' ? builder.male() : builder.female()).register();
    elders[name] = registered.personKey;
    idNumbers[name] = registered.idNumber;
  }
  await recordDeath(hub, elders.E5, '2026-02-01');
  const assess = (key: string, level: AbilityLevel, assessedOn: string) =>
    anAssessmentOf(hub, key).at(level).on(assessedOn).because('PERIODIC').by('乳山市老年人能力评估中心').record();
  await assess(elders.E1, 'SEVERE_DISABILITY', '2024-01-10');
  await assess(elders.E2, 'MILD_DISABILITY', '2025-01-05');
  await assess(elders.E3, 'INTACT', '2024-05-01');
  await assess(elders.E6, 'MODERATE_DISABILITY', '2025-05-01');

  // Institutions: A (all standards met) and B (opening 2025-09-01) in 乳山, C in 文登; B and C take in 特困 persons (特困人员供养服务机构).
  const homes: Dataset['homes'] = {
    A: (
      await anInstitution(hub)
        .named('乳山市颐和养老院')
        .inArea('371083001')
        .public()
        .openedOn('2015-01-01')
        .with({
          smartHome: true,
          offersHomeVisits: true,
          meetsSafetyStandard: true,
          meetsServiceQualityStandard: true,
          smartFireMonitoring: true,
          smartGasMonitoring: true,
          brightKitchen: true,
        })
        .register()
    ).code,
    B: (
      await anInstitution(hub)
        .named('乳山市夏村镇敬老院')
        .inArea('371083100')
        .public()
        .openedOn('2025-09-01')
        .with({ extremePovertySupport: true })
        .register()
    ).code,
    C: (
      await anInstitution(hub)
        .named('文登区康乐护理院')
        .inArea('371003001')
        .openedOn('2010-01-01')
        .with({
          extremePovertySupport: true,
          offersHomeVisits: true,
          meetsSafetyStandard: true,
          meetsServiceQualityStandard: true,
          smartFireMonitoring: true,
          brightKitchen: true,
        })
        .register()
    ).code,
  };
  const beds = (institutionCode: string, kind: AddBedsInput['kind'], count: number, from: string, prefix: string) =>
    bedsOf(hub, institutionCode)
      .ofKind(kind)
      .labelled(...Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`))
      .inServiceFrom(from)
      .add();
  const nursingA = await beds(homes.A, 'NURSING', 6, '2015-01-01', 'A-N');
  await beds(homes.A, 'GENERAL', 4, '2015-01-01', 'A-G');
  // Cognitive-impairment care beds serve the demented (失智): nursing-type beds of indicator 3.
  await beds(homes.A, 'COGNITIVE_CARE', 2, '2015-01-01', 'A-C');
  await beds(homes.B, 'NURSING', 2, '2025-09-01', 'B-N');
  await beds(homes.B, 'GENERAL', 8, '2025-09-01', 'B-G');
  await beds(homes.C, 'NURSING', 5, '2010-01-01', 'C-N');
  await beds(homes.C, 'GENERAL', 5, '2010-01-01', 'C-G');
  await admit(hub, elders.E1, nursingA[0], '2024-03-01');
  await admit(hub, elders.E3, nursingA[1], '2026-01-10');
  await admit(hub, elders.E2, nursingA[2], '2026-03-01');
  await openFamilyBed(hub, { personKey: elders.E6, operatorCode: homes.A, openedOn: '2025-03-01' });

  // Visits to special-difficulty elders: June 2025 and June 2026.
  const visit = (key: string, visitedOn: string) => aVisit(hub).to(key).on(visitedOn).record();
  await visit(elders.E2, '2025-06-10');
  await visit(elders.E6, '2025-06-20');
  for (const key of [elders.E1, elders.E2, elders.E6]) await visit(key, '2026-06-15');

  // Community facilities.
  const facility = (kind: FacilityKind, name: string, areaCode: string, openedOn: string) =>
    aFacility(hub)
      .ofKind(kind)
      .named(name)
      .inArea(areaCode)
      .with({ openedOn, operatorName: '乳山市民政局', floorAreaSqm: 800 })
      .register();
  await facility('STREET_CENTRE', '城区街道综合养老服务中心', '371083001', '2024-01-01');
  await facility('TOWN_REGIONAL_CENTRE', '夏村镇区域性综合养老服务中心', '371083100', '2025-10-01');
  await facility('ELDERLY_UNIVERSITY', '乳山市老年大学', '371083001', '2020-01-01');
  await facility('EMBEDDED_SMALL_INSTITUTION', '龙山路街道嵌入式养老服务站', '371003001', '2025-01-01');
  await facility('REHAB_AID_RENTAL_POINT', '城区街道康复辅具租赁点', '371083001', '2026-01-01');
  // Day care in two of 乳山's 639 villages and communities: 府前 from 2024, 金丰 from October 2025.
  await facility('DAY_CARE', '府前社区日间照料中心', '371083001001', '2024-01-01');
  await facility('DAY_CARE', '金丰社区日间照料中心', '371083001002', '2025-10-01');
  for (const input of [
    { areaCode: '371083001001', level: 'PROVINCIAL', designatedYear: 2024, name: '府前社区' },
    { areaCode: '371083001002', level: 'NATIONAL', designatedYear: 2026, name: '金丰社区' },
  ] as const)
    expectData(await hub.query(DESIGNATE_AGE_FRIENDLY, { input }));

  // New residential developments and their supporting facilities (配建).
  const development = (name: string, areaCode: string, households: number, deliveredOn: string) =>
    aResidentialDevelopment(hub)
      .named(name)
      .inArea(areaCode)
      .withHouseholds(households)
      .deliveredOn(deliveredOn)
      .with({ developer: '乳山市城建开发有限公司' });
  await development('银滩花园', '371083001', 500, '2024-06-01').facilityHandedOver(350, '2024-05-01').register();
  await development('金岭小区', '371083001', 2000, '2025-03-01').facilityHandedOver(380, '2025-03-01').register();
  await development('龙山新城', '371003001', 1000, '2025-12-01').facilityHandedOver(400, '2026-01-15').register();

  // Health: hospitals, hospice, Internet+nursing, an agreement with A and a clinic in C (integrated, not signed).
  const hospital = (name: string, areaCode: string, level: number) =>
    aMedicalInstitution(hub)
      .named(name)
      .ofKind('GENERAL_HOSPITAL', level)
      .public()
      .inArea(areaCode)
      .withMedicalBeds(300);
  const hospitals: Dataset['hospitals'] = {
    H1: (await hospital('乳山市人民医院', RUSHAN, 2).offeringInternetNursing().providingHospice(10).register()).code,
    H2: (await hospital('乳山市中心医院', RUSHAN, 3).register()).code,
    H3: (await hospital('文登区人民医院', WENDENG, 2).register()).code,
  };
  await anAgreement(hub).between(hospitals.H1, homes.A).offering('REGULAR_ROUNDS').from('2024-01-01').sign();
  await anInsideClinic(hub, homes.C).named('康乐护理院医务室').ofKind('INFIRMARY').filedOn('2025-09-01').file();

  // Medical insurance: enrolments and A's designation.
  const enrol = (name: ElderName, since: string, districtCode: string) =>
    anLtciEnrolment(hub).of(idNumbers[name]).resident().since(since).inDistrict(districtCode).enrol();
  await enrol('E1', '2024-01-01', RUSHAN);
  await enrol('E2', '2025-01-01', RUSHAN);
  await enrol('E6', '2026-01-01', RUSHAN);
  await enrol('E7', '2020-01-01', WENDENG);
  // E4 turns 60 on 2026-01-01: insured before, an insured elder only from then. A resident of 45 never counts.
  await anLtciEnrolment(hub).of(idNumbers.E4).employee().since('2024-01-01').inDistrict(RUSHAN).enrol();
  await anLtciEnrolment(hub).bornOn('1980-07-08').resident().since('2023-01-01').inDistrict(RUSHAN).enrol();
  await anLtciDesignation(hub).provider(homes.A).inDistrict(RUSHAN).from('2025-01-01').designate();

  // Human resources: care staff of A and C, a social worker, certificates, trainings (induction among them), institutions' medical, rehabilitation and fire-safety staff, enrolment in elder-care majors.
  const g1 = await aCaregiver(hub)
    .named('于海燕')
    .withIdFrom(RUSHAN)
    .bornOn('1975-01-02')
    .male()
    .elderCaregiver()
    .employedBy(homes.A)
    .employedFrom('2020-01-01')
    .register();
  const g2 = await aCaregiver(hub)
    .named('孙丽')
    .withIdFrom(RUSHAN)
    .bornOn('1980-03-04')
    .female()
    .elderCaregiver()
    .employedBy(homes.A)
    .employedFrom('2025-03-01')
    .register();
  const g3 = await aCaregiver(hub)
    .named('王芳')
    .withIdFrom(RUSHAN)
    .bornOn('1985-05-06')
    .male()
    .longTermCarer()
    .employedBy(homes.A)
    .employedFrom('2024-01-01')
    .register();
  const g4 = await aCaregiver(hub)
    .named('刘洋')
    .withIdFrom(RUSHAN)
    .bornOn('1995-07-08')
    .male()
    .socialWorker()
    .employedBy(homes.A)
    .employedFrom('2023-01-01')
    .register();
  const g5 = await aCaregiver(hub)
    .named('张桂芝')
    .withIdFrom(WENDENG)
    .bornOn('1970-09-10')
    .male()
    .elderCaregiver()
    .employedBy(homes.C)
    .employedFrom('2019-01-01')
    .register();
  const certify = (
    personKey: string,
    level: Parameters<ReturnType<typeof aCertificate>['level']>[0],
    issuedOn: string,
  ) =>
    aCertificate(hub, personKey)
      .level(level)
      .issuedOn(issuedOn)
      .with({ issuer: '威海市人力资源和社会保障局' })
      .record();
  await certify(g1.personKey, 'ELDER_CAREGIVER_LEVEL_4', '2021-01-01');
  await certify(g2.personKey, 'ELDER_CAREGIVER_LEVEL_5', '2026-01-01');
  await certify(g3.personKey, 'LONG_TERM_CARER_JUNIOR', '2024-06-01');
  await certify(g5.personKey, 'ELDER_CAREGIVER_LEVEL_3', '2019-06-01');
  // Training over the plan period: in 2022 (G1 and G3) and in 2024 (G1 again, and G4).
  const earlier = await aTrainingProgramme(hub)
    .ofKind('SKILLS')
    .named('2022年养老护理员技能培训')
    .organisedBy('乳山市职业培训学校')
    .inDistrict(RUSHAN)
    .from('2022-05-01', '2022-05-31')
    .open();
  for (const personKey of [g1.personKey, g3.personKey]) {
    const { enrolmentId } = await earlier.enrol(personKey, '2022-04-20');
    await earlier.complete(enrolmentId, '2022-05-31');
  }
  const programme = await aTrainingProgramme(hub)
    .ofKind('SKILLS')
    .named('2024年养老护理员技能提升培训')
    .organisedBy('乳山市职业培训学校')
    .inDistrict(RUSHAN)
    .from('2024-05-01', '2024-07-31')
    .open();
  for (const [personKey, completedOn] of [
    [g1.personKey, '2024-06-15'],
    [g4.personKey, '2024-07-01'],
  ]) {
    const { enrolmentId } = await programme.enrol(personKey, '2024-04-20');
    await programme.complete(enrolmentId, completedOn);
  }
  // Induction training (入职培训): G5 in 2019 and G1 in 2020, before the plan; G2 completes on 2025-12-31, the deadline day; G3 enrols and never completes.
  const induction = (district: string, year: number, from: string, to: string) =>
    aTrainingProgramme(hub)
      .ofKind('INDUCTION')
      .named(`${year}年养老护理员岗前培训`)
      .organisedBy('威海市养老服务培训中心')
      .inDistrict(district)
      .from(from, to)
      .open();
  const inducted = async (
    programme: Awaited<ReturnType<typeof induction>>,
    personKey: string,
    enrolledOn: string,
    completedOn: string | null,
  ) => {
    const { enrolmentId } = await programme.enrol(personKey, enrolledOn);
    if (completedOn) await programme.complete(enrolmentId, completedOn);
  };
  await inducted(await induction(WENDENG, 2019, '2019-01-10', '2019-01-31'), g5.personKey, '2019-01-05', '2019-01-31');
  await inducted(await induction(RUSHAN, 2020, '2020-01-02', '2020-01-20'), g1.personKey, '2020-01-02', '2020-01-20');
  const induction2025 = await induction(RUSHAN, 2025, '2025-12-01', '2025-12-31');
  await inducted(induction2025, g2.personKey, '2025-11-20', '2025-12-31');
  await inducted(induction2025, g3.personKey, '2025-11-20', null);
  // Institutions' medical, rehabilitation and fire-safety staff (专栏4): a nurse, a therapist qualified in
  // November 2025 and a fire-safety operator whose certificate lapses on 2025-05-31 and is renewed in
  // January 2026, all of A; a physician of C.
  const specialist = (
    name: string,
    role: 'MEDICAL_STAFF' | 'REHABILITATION_THERAPIST' | 'FIRE_SAFETY_OPERATOR',
    home: string,
    bornOn: string,
    from: string,
  ) =>
    aCaregiver(hub)
      .named(name)
      .withIdFrom(home === homes.C ? WENDENG : RUSHAN)
      .bornOn(bornOn)
      .female()
      .with({ role })
      .employedBy(home)
      .employedFrom(from)
      .register();
  const s1 = await specialist('李静', 'MEDICAL_STAFF', homes.A, '1988-04-05', '2023-01-01');
  const s2 = await specialist('陈晨', 'REHABILITATION_THERAPIST', homes.A, '1996-10-11', '2024-03-01');
  const s3 = await specialist('赵强', 'FIRE_SAFETY_OPERATOR', homes.A, '1982-12-13', '2022-01-01');
  const s4 = await specialist('周明', 'MEDICAL_STAFF', homes.C, '1972-02-14', '2020-01-01');
  const licence = (
    personKey: string,
    level: Parameters<ReturnType<typeof aCertificate>['level']>[0],
    issuedOn: string,
    expiresOn: string | null,
    issuer: string,
  ) => aCertificate(hub, personKey).level(level).issuedOn(issuedOn).expiresOn(expiresOn).with({ issuer }).record();
  await licence(s1.personKey, 'NURSE', '2022-07-01', null, '威海市卫生健康委员会');
  await licence(s2.personKey, 'REHABILITATION_THERAPIST', '2025-11-01', null, '国家卫生健康委人才交流服务中心');
  await licence(
    s3.personKey,
    'FIRE_FACILITY_OPERATOR_LEVEL_5',
    '2021-06-01',
    '2025-05-31',
    '威海市消防行业职业技能鉴定站',
  );
  await licence(s3.personKey, 'FIRE_FACILITY_OPERATOR_LEVEL_4', '2026-01-10', null, '威海市消防行业职业技能鉴定站');
  await licence(s4.personKey, 'PHYSICIAN', '2010-08-01', null, '威海市卫生健康委员会');
  const school = aSchool(hub, {
    schoolName: '乳山市职业中等专业学校',
    schoolKind: 'SECONDARY_VOCATIONAL',
    districtCode: RUSHAN,
  });
  for (const [enrolmentYear, enrolled] of [
    [2023, 90],
    [2024, 100],
    [2025, 95],
  ])
    await recordMajorEnrolment(hub, school, '智慧健康养老服务与管理', enrolmentYear, enrolled);

  // Finance: the city's and 乳山's retained welfare-lottery funds for 2024 and 2025, and their elder-care allocations.
  const fundAllocated = async (
    areaCode: string,
    raisedYear: number,
    amountFen: number,
    elderCareFen: number,
    on: string,
  ) => {
    const fund = await aLotteryFund(hub).of(areaCode).raisedIn(raisedYear).amounting(amountFen).record();
    await anAllocationFrom(hub, fund.id).elderCare('OPERATING_AWARD').of(elderCareFen).on(on).allocate();
  };
  await fundAllocated(CITY, 2024, 1_000_000, 600_000, '2025-03-01');
  await fundAllocated(RUSHAN, 2024, 200_000, 100_000, '2025-02-01');
  await fundAllocated(CITY, 2025, 1_000_000, 550_000, '2026-02-01');
  await fundAllocated(RUSHAN, 2025, 200_000, 120_000, '2026-02-01');
  return { elders, homes, hospitals };
}
