import { creditCodeCheckCharacter } from '../../../subgraphs/shared/identity/credit-code';
import { idNumber } from '../../support/builders/identifiers';
import type { As, GraphQLResult, TestHub } from '../../support/test-hub';

/**
 * A small known city for the joint meeting's indicators, recorded through each department's own
 * mutations: 乳山市 (371083) holds almost everything, 文登区 (371003) enough that the city differs.
 * Dates straddle the two days the tests read: 2025-06-30 and 2026-06-30.
 */
export const RUSHAN = '371083';
export const WENDENG = '371003';
export const CITY = '371000';

const credit = (first17: string) => first17 + creditCodeCheckCharacter(first17);
export const HOME_A = credit('52371083MJ0000701');
export const HOME_B = credit('52371083MJ0000702');
export const HOME_C = credit('52371003MJ0000703');
export const HOSPITAL_1 = credit('12371083MB0000711');
export const HOSPITAL_2 = credit('12371083MB0000712');
export const HOSPITAL_3 = credit('12371003MB0000713');
const SCHOOL = credit('52371083MJ0000721');

export interface Dataset {
  elders: Record<'E1' | 'E2' | 'E3' | 'E4' | 'E5' | 'E6' | 'E7', string>;
}

async function ok<T = Record<string, any>>(result: Promise<GraphQLResult<T>>): Promise<T> {
  const { data, errors } = await result;
  if (errors) throw new Error(JSON.stringify(errors));
  return data!;
}

/** Records the dataset; returns the elders' person keys. */
export async function recordDataset(hub: TestHub): Promise<Dataset> {
  /** A department system's mutation `name(input: $input) { … }`, whose input type is `<Name>Input`. */
  const mutationsOf = (caller: As) => (selection: string, input: Record<string, unknown>) =>
    ok(
      hub.query(
        `mutation($input: ${selection.split('(')[0].replace(/^./, (c) => c.toUpperCase())}Input!) { ${selection} }`,
        { input },
        caller,
      ),
    );
  const civil = mutationsOf('civil-affairs-system');
  const health = mutationsOf('health-system');
  const insurance = mutationsOf('medical-insurance-system');
  const hr = mutationsOf('human-resources-system');
  const finance = mutationsOf('finance-system');

  // Civil affairs: elders, with the circumstances the indicators read.
  const people = {
    E1: {
      idNumber: idNumber(RUSHAN, '1940-02-03', 11),
      name: '于德福',
      areaCode: '371083001001',
      livingSituation: 'WITH_FAMILY',
      economicStatus: 'EXTREME_POVERTY',
      wantsCentralisedCare: true,
    },
    E2: {
      idNumber: idNumber(RUSHAN, '1945-04-05', 22),
      name: '宋秀兰',
      areaCode: '371083001002',
      livingSituation: 'LIVING_ALONE',
      economicStatus: 'EXTREME_POVERTY',
    },
    E3: {
      idNumber: idNumber(RUSHAN, '1950-06-07', 33),
      name: '姜明山',
      areaCode: '371083100',
      livingSituation: 'WITH_FAMILY',
      economicStatus: 'EXTREME_POVERTY',
      wantsCentralisedCare: true,
    },
    E4: {
      idNumber: idNumber(RUSHAN, '1966-01-01', 45),
      name: '林建国',
      areaCode: '371083100',
      livingSituation: 'WITH_FAMILY',
      economicStatus: 'ORDINARY',
    },
    E5: {
      idNumber: idNumber(RUSHAN, '1948-08-09', 56),
      name: '曲桂英',
      areaCode: '371083001003',
      livingSituation: 'EMPTY_NEST',
      economicStatus: 'ORDINARY',
    },
    E6: {
      idNumber: idNumber(RUSHAN, '1942-10-11', 67),
      name: '丛玉珍',
      areaCode: '371083001004',
      livingSituation: 'WITH_FAMILY',
      economicStatus: 'ORDINARY',
    },
    E7: {
      idNumber: idNumber(WENDENG, '1950-12-13', 77),
      name: '王永福',
      areaCode: '371003001006',
      livingSituation: 'WITH_FAMILY',
      economicStatus: 'ORDINARY',
    },
  };
  const elders = {} as Dataset['elders'];
  for (const [name, input] of Object.entries(people))
    elders[name as keyof typeof people] = (
      await civil('registerElder(input: $input) { personKey }', input)
    ).registerElder.personKey;
  await ok(
    hub.query(
      `mutation($key: ID!) { updateElder(personKey: $key, input: { deceasedOn: "2026-02-01" }) { personKey } }`,
      { key: elders.E5 },
    ),
  );
  const assess = (key: string, level: string, assessedOn: string) =>
    civil('recordAbilityAssessment(input: $input) { id }', {
      personKey: key,
      level,
      assessedOn,
      reason: 'PERIODIC',
      assessor: '乳山市老年人能力评估中心',
    });
  await assess(elders.E1, 'SEVERE_DISABILITY', '2024-01-10');
  await assess(elders.E2, 'MILD_DISABILITY', '2025-01-05');
  await assess(elders.E3, 'INTACT', '2024-05-01');
  await assess(elders.E6, 'MODERATE_DISABILITY', '2025-05-01');

  // Institutions: A (all standards met) and B (opening 2025-09-01) in 乳山, C in 文登.
  const allFlags = {
    smartHome: true,
    offersHomeVisits: true,
    meetsSafetyStandard: true,
    meetsServiceQualityStandard: true,
    smartFireMonitoring: true,
    smartGasMonitoring: true,
    brightKitchen: true,
  };
  await civil('registerInstitution(input: $input) { code }', {
    code: HOME_A,
    name: '乳山市颐和养老院',
    areaCode: '371083001',
    ownership: 'PUBLIC',
    openedOn: '2015-01-01',
    ...allFlags,
  });
  await civil('registerInstitution(input: $input) { code }', {
    code: HOME_B,
    name: '乳山市夏村镇敬老院',
    areaCode: '371083100',
    ownership: 'PUBLIC',
    openedOn: '2025-09-01',
  });
  await civil('registerInstitution(input: $input) { code }', {
    code: HOME_C,
    name: '文登区康乐护理院',
    areaCode: '371003001',
    ownership: 'PRIVATE',
    openedOn: '2010-01-01',
    offersHomeVisits: true,
    meetsSafetyStandard: true,
    meetsServiceQualityStandard: true,
    smartFireMonitoring: true,
    brightKitchen: true,
  });
  const beds = async (institutionCode: string, kind: string, count: number, inServiceFrom: string, prefix: string) =>
    (
      await civil('addBeds(input: $input) { id }', {
        institutionCode,
        kind,
        inServiceFrom,
        labels: Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`),
      })
    ).addBeds.map((bed: { id: string }) => bed.id);
  const nursingA = await beds(HOME_A, 'NURSING', 6, '2015-01-01', 'A-N');
  await beds(HOME_A, 'GENERAL', 4, '2015-01-01', 'A-G');
  await beds(HOME_B, 'NURSING', 2, '2025-09-01', 'B-N');
  await beds(HOME_B, 'GENERAL', 8, '2025-09-01', 'B-G');
  await beds(HOME_C, 'NURSING', 5, '2010-01-01', 'C-N');
  await beds(HOME_C, 'GENERAL', 5, '2010-01-01', 'C-G');
  const admit = (key: string, bedId: string, admittedOn: string) =>
    civil('admitToInstitution(input: $input) { id }', { personKey: key, bedId, admittedOn });
  await admit(elders.E1, nursingA[0], '2024-03-01');
  await admit(elders.E3, nursingA[1], '2026-01-10');
  await admit(elders.E2, nursingA[2], '2026-03-01');
  await civil('openFamilyBed(input: $input) { id }', {
    personKey: elders.E6,
    operatorCode: HOME_A,
    openedOn: '2025-03-01',
  });

  // Visits to special-difficulty elders: June 2025 and June 2026.
  const visit = (key: string, visitedOn: string) =>
    civil('recordVisit(input: $input) { id }', {
      personKey: key,
      visitedOn,
      visitorName: '林晓燕',
      visitorOrganisation: '城区街道府前社区居委会',
      method: 'HOME_VISIT',
    });
  await visit(elders.E2, '2025-06-10');
  await visit(elders.E6, '2025-06-20');
  for (const key of [elders.E1, elders.E2, elders.E6]) await visit(key, '2026-06-15');

  // Community facilities.
  const facility = (kind: string, name: string, areaCode: string, openedOn: string) =>
    civil('registerFacility(input: $input) { id }', {
      kind,
      name,
      areaCode,
      openedOn,
      operatorName: '乳山市民政局',
      floorAreaSqm: 800,
    });
  await facility('STREET_CENTRE', '城区街道综合养老服务中心', '371083001', '2024-01-01');
  await facility('TOWN_REGIONAL_CENTRE', '夏村镇区域性综合养老服务中心', '371083100', '2025-10-01');
  await facility('ELDERLY_UNIVERSITY', '乳山市老年大学', '371083001', '2020-01-01');
  await facility('EMBEDDED_SMALL_INSTITUTION', '龙山路街道嵌入式养老服务站', '371003001', '2025-01-01');
  await facility('REHAB_AID_RENTAL_POINT', '城区街道康复辅具租赁点', '371083001', '2026-01-01');
  await civil('designateAgeFriendlyCommunity(input: $input) { id }', {
    areaCode: '371083001001',
    level: 'PROVINCIAL',
    designatedYear: 2024,
    name: '府前社区',
  });
  await civil('designateAgeFriendlyCommunity(input: $input) { id }', {
    areaCode: '371083001002',
    level: 'NATIONAL',
    designatedYear: 2026,
    name: '金丰社区',
  });

  // New residential developments and their supporting facilities (配建).
  const development = (input: Record<string, unknown>) =>
    civil('registerResidentialDevelopment(input: $input) { id }', { developer: '乳山市城建开发有限公司', ...input });
  await development({
    name: '银滩花园',
    areaCode: '371083001',
    households: 500,
    deliveredOn: '2024-06-01',
    facilityAreaM2: 350,
    facilityHandedOverOn: '2024-05-01',
  });
  await development({
    name: '金岭小区',
    areaCode: '371083001',
    households: 2000,
    deliveredOn: '2025-03-01',
    facilityAreaM2: 380,
    facilityHandedOverOn: '2025-03-01',
  });
  await development({
    name: '龙山新城',
    areaCode: '371003001',
    households: 1000,
    deliveredOn: '2025-12-01',
    facilityAreaM2: 400,
    facilityHandedOverOn: '2026-01-15',
  });

  // Health: hospitals, hospice, Internet+nursing, an agreement with A and a clinic in C.
  const hospital = (code: string, name: string, areaCode: string, level: number, extra: Record<string, unknown>) =>
    health('registerMedicalInstitution(input: $input) { code }', {
      code,
      name,
      kind: 'GENERAL_HOSPITAL',
      level,
      isPublic: true,
      areaCode,
      medicalBeds: 300,
      ...extra,
    });
  await hospital(HOSPITAL_1, '乳山市人民医院', RUSHAN, 2, {
    internetNursing: true,
    hospiceProvider: true,
    hospiceBeds: 10,
  });
  await hospital(HOSPITAL_2, '乳山市中心医院', RUSHAN, 3, {});
  await hospital(HOSPITAL_3, '文登区人民医院', WENDENG, 2, {});
  await health('signCooperationAgreement(input: $input) { id }', {
    medicalInstitutionCode: HOSPITAL_1,
    institutionCode: HOME_A,
    services: ['REGULAR_ROUNDS'],
    validFrom: '2024-01-01',
  });
  await health('fileInsideClinic(input: $input) { id }', {
    institutionCode: HOME_C,
    name: '康乐护理院医务室',
    kind: 'INFIRMARY',
    filingNumber: '文卫备〔2025〕12号',
    filedOn: '2025-09-01',
  });

  // Medical insurance: enrolments and A's designation.
  const enrol = (key: keyof typeof people, since: string, districtCode: string) =>
    insurance('enrolInLtci(input: $input) { personKey }', {
      idNumber: people[key].idNumber,
      scheme: 'URBAN_RURAL_RESIDENT',
      since,
      districtCode,
    });
  await enrol('E1', '2024-01-01', RUSHAN);
  await enrol('E2', '2025-01-01', RUSHAN);
  await enrol('E6', '2026-01-01', RUSHAN);
  await enrol('E7', '2020-01-01', WENDENG);
  await insurance('designateLtciProvider(input: $input) { id }', {
    providerKind: 'ELDER_CARE_INSTITUTION',
    providerCode: HOME_A,
    providerLevel: 'ELDER_CARE',
    districtCode: RUSHAN,
    designatedFrom: '2025-01-01',
  });

  // Human resources: care staff of A and C, a social worker, certificates, trainings, enrolment in elder-care majors.
  const caregiver = async (input: Record<string, unknown>) =>
    (await hr('registerCaregiver(input: $input) { personKey }', input)).registerCaregiver.personKey as string;
  const g1 = await caregiver({
    idNumber: idNumber(RUSHAN, '1975-01-02', 101),
    name: '于海燕',
    role: 'ELDER_CAREGIVER',
    employerCode: HOME_A,
    employedFrom: '2020-01-01',
  });
  const g2 = await caregiver({
    idNumber: idNumber(RUSHAN, '1980-03-04', 102),
    name: '孙丽',
    role: 'ELDER_CAREGIVER',
    employerCode: HOME_A,
    employedFrom: '2025-03-01',
  });
  const g3 = await caregiver({
    idNumber: idNumber(RUSHAN, '1985-05-06', 103),
    name: '王芳',
    role: 'LONG_TERM_CARER',
    employerCode: HOME_A,
    employedFrom: '2024-01-01',
  });
  const g4 = await caregiver({
    idNumber: idNumber(RUSHAN, '1995-07-08', 105),
    name: '刘洋',
    role: 'SOCIAL_WORKER',
    employerCode: HOME_A,
    employedFrom: '2023-01-01',
  });
  const g5 = await caregiver({
    idNumber: idNumber(WENDENG, '1970-09-10', 107),
    name: '张桂芝',
    role: 'ELDER_CAREGIVER',
    employerCode: HOME_C,
    employedFrom: '2019-01-01',
  });
  const certify = (personKey: string, level: string, issuedOn: string, number: string) =>
    hr('recordCaregiverCertificate(input: $input) { id }', {
      personKey,
      level,
      certificateNumber: number,
      issuer: '威海市人力资源和社会保障局',
      issuedOn,
    });
  await certify(g1, 'ELDER_CAREGIVER_LEVEL_4', '2021-01-01', 'S000001');
  await certify(g2, 'ELDER_CAREGIVER_LEVEL_5', '2026-01-01', 'S000002');
  await certify(g3, 'LONG_TERM_CARER_JUNIOR', '2024-06-01', 'S000003');
  await certify(g5, 'ELDER_CAREGIVER_LEVEL_3', '2019-06-01', 'S000005');
  const programme = (
    await hr('openCaregiverTrainingProgramme(input: $input) { id }', {
      kind: 'SKILLS',
      name: '2024年养老护理员技能提升培训',
      organiser: '乳山市职业培训学校',
      districtCode: RUSHAN,
      startsOn: '2024-05-01',
      endsOn: '2024-07-31',
    })
  ).openCaregiverTrainingProgramme.id;
  for (const [personKey, completedOn] of [
    [g1, '2024-06-15'],
    [g4, '2024-07-01'],
  ]) {
    const enrolment = (
      await hr('enrolCaregiverInTraining(input: $input) { id }', {
        programmeId: programme,
        personKey,
        enrolledOn: '2024-04-20',
      })
    ).enrolCaregiverInTraining.id;
    await hr('completeCaregiverTraining(input: $input) { id }', { enrolmentId: enrolment, completedOn });
  }
  for (const [enrolmentYear, enrolled] of [
    [2023, 90],
    [2024, 100],
    [2025, 95],
  ]) {
    await hr('recordElderCareMajorEnrolment(input: $input) { id }', {
      schoolCode: SCHOOL,
      schoolName: '乳山市职业中等专业学校',
      schoolKind: 'SECONDARY_VOCATIONAL',
      major: '智慧健康养老服务与管理',
      enrolmentYear,
      enrolled,
      districtCode: RUSHAN,
    });
  }

  // Finance: the city's and 乳山's retained welfare-lottery funds for 2024 and 2025, and their elder-care allocations.
  const fund = async (areaCode: string, raisedYear: number, amountFen: number) =>
    (await finance('recordLotteryFund(input: $input) { id }', { areaCode, raisedYear, amountFen })).recordLotteryFund
      .id;
  const allocate = (fundId: string, amountFen: number, allocatedOn: string) =>
    finance('allocateLotteryFund(input: $input) { id }', {
      fundId,
      category: 'ELDER_CARE',
      programme: 'OPERATING_AWARD',
      amountFen,
      allocatedOn,
    });
  await allocate(await fund(CITY, 2024, 1_000_000), 600_000, '2025-03-01');
  await allocate(await fund(RUSHAN, 2024, 200_000), 100_000, '2025-02-01');
  await allocate(await fund(CITY, 2025, 1_000_000), 550_000, '2026-02-01');
  await allocate(await fund(RUSHAN, 2025, 200_000), 120_000, '2026-02-01');
  return { elders };
}
