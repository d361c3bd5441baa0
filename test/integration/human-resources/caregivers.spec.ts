import { creditCodeCheckCharacter } from '../../../subgraphs/shared/identity/credit-code';
import { CAREGIVER_SUBSIDY_RATES } from '../../../subgraphs/human-resources/subsidy/subsidy-rates';
import { idNumber } from '../../support/builders/identifiers';
import { DATABASE_TARGETS, errorCodes, type GraphQLResult, startTestHub, type TestHub } from '../../support/test-hub';

const HOME_CODE = '12371082MB0000061';
const HOME = HOME_CODE + creditCodeCheckCharacter(HOME_CODE);

const REGISTER = `mutation($input: RegisterCaregiverInput!) { registerCaregiver(input: $input) { personKey name sex birthDate role districtCode employerCode } }`;
const CERTIFY = `mutation($input: RecordCaregiverCertificateInput!) { recordCaregiverCertificate(input: $input) { id kind level levelRank validToday } }`;
const SHARE = `query($code: ID!) { institution(code: $code) { name certifiedShare { numerator denominator ratio targetPercent deadline targetMet } longTermCarerShare { numerator denominator targetPercent } } }`;

const CAREGIVER_A = {
  idNumber: idNumber('371082', '1978-03-15', 42),
  name: '于秀英',
  phone: '13863112345',
  role: 'ELDER_CAREGIVER',
  employerCode: HOME,
  employedFrom: '2023-04-01',
};
const CAREGIVER_B = {
  idNumber: idNumber('371082', '1982-07-09', 24),
  name: '丛美玲',
  role: 'LONG_TERM_CARER',
  employerCode: HOME,
  employedFrom: '2021-09-01',
};
const SOCIAL_WORKER = {
  idNumber: idNumber('371083', '2001-11-20', 13),
  name: '宋志强',
  role: 'SOCIAL_WORKER',
  districtCode: '371083',
  employedFrom: '2024-07-01',
  graduationYear: 2024,
};

function expectRefusal(result: GraphQLResult, code: string, field?: string): void {
  expect(errorCodes(result)).toEqual([code]);
  if (field) expect(result.errors![0].extensions!.field).toBe(field);
}

describe.each(DATABASE_TARGETS)('caregivers, certificates, training and subsidies (%s)', (target) => {
  let hub: TestHub;
  const keys: Record<string, string> = {};
  let elderKey: string;
  const hr = <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) =>
    hub.query<T>(query, variables, 'human-resources-system');
  const caregiverCount = async () =>
    (await hr(`{ caregivers(filter: { includeFormer: true }) { total } }`)).data!.caregivers.total;
  const share = async () => (await hub.query(SHARE, { code: HOME })).data!.institution;

  beforeAll(async () => {
    hub = await startTestHub(target);
    const setup = await hub.query(
      `mutation($home: RegisterInstitutionInput!, $elder: RegisterElderInput!) { registerInstitution(input: $home) { code } registerElder(input: $elder) { personKey } }`,
      {
        home: {
          code: HOME,
          name: '荣成市崖头颐养院',
          areaCode: '371082',
          ownership: 'PRIVATE',
          openedOn: '2015-05-01',
        },
        elder: {
          idNumber: idNumber('371082', '1938-02-11', 31),
          name: '郭德明',
          areaCode: '371082',
          livingSituation: 'LIVING_ALONE',
          economicStatus: 'ORDINARY',
        },
      },
    );
    expect(setup.errors).toBeUndefined();
    elderKey = setup.data!.registerElder.personKey;
    const beds = await hub.query(`mutation($beds: AddBedsInput!) { addBeds(input: $beds) { id } }`, {
      beds: { institutionCode: HOME, kind: 'NURSING', labels: ['1-1'], inServiceFrom: '2015-05-01' },
    });
    const stay = await hub.query(
      `mutation($input: AdmitToInstitutionInput!) { admitToInstitution(input: $input) { id } }`,
      { input: { personKey: elderKey, bedId: beds.data!.addBeds[0].id, admittedOn: '2024-03-01' } },
    );
    expect(stay.errors).toBeUndefined();
  });
  afterAll(() => hub?.stop());

  describe('registering a caregiver', () => {
    it('registers caregivers with sex and birth date from the ID number and the employer’s district, or their own without an employer', async () => {
      for (const [name, input] of Object.entries({ A: CAREGIVER_A, B: CAREGIVER_B, SW: SOCIAL_WORKER })) {
        const result = await hr(REGISTER, { input });
        expect(result.errors).toBeUndefined();
        keys[name] = result.data!.registerCaregiver.personKey;
      }
      const a = await hr(
        `query($key: ID!) { caregiver(personKey: $key) { name sex birthDate role districtCode employer { code } certified certificates { id } } }`,
        { key: keys.A },
      );
      expect(a.data!.caregiver).toEqual({
        name: '于秀英',
        sex: 'FEMALE',
        birthDate: '1978-03-15',
        role: 'ELDER_CAREGIVER',
        districtCode: '371082',
        employer: { code: HOME },
        certified: false,
        certificates: [],
      });
      const sw = await hr(
        `query($id: String!) { caregiverByIdNumber(idNumber: $id) { sex districtCode employer { code } graduationYear } }`,
        { id: SOCIAL_WORKER.idNumber },
      );
      expect(sw.data!.caregiverByIdNumber).toEqual({
        sex: 'MALE',
        districtCode: '371083',
        employer: null,
        graduationYear: 2024,
      });
    });

    it('masks the name, ID number and phone for a caller without the personal-data scope', async () => {
      const token = await hub.mint({
        sub: 'civil-affairs-statistics',
        role: 'department-system',
        department: 'civil-affairs',
      });
      const masked = await hub.queryWithHeaders(
        { authorization: `Bearer ${token}` },
        `query($key: ID!) { caregiver(personKey: $key) { name idNumber phone } }`,
        { key: keys.A },
      );
      expect(masked.data!.caregiver).toEqual({
        name: '于**',
        idNumber: `3710**********${CAREGIVER_A.idNumber.slice(-4)}`,
        phone: '138****2345',
      });
    });

    it('refuses an invalid ID number or credit code, work before age 16, a missing district, a future start and a duplicate, adding nothing', async () => {
      const before = await caregiverCount();
      const cases = [
        { input: { ...CAREGIVER_A, idNumber: '371082197803150421' }, code: 'BAD_USER_INPUT', field: 'idNumber' },
        {
          input: { ...CAREGIVER_A, idNumber: idNumber('371082', '1990-01-01', 2), employerCode: '12371082MB000006X1' },
          code: 'BAD_USER_INPUT',
          field: 'employerCode',
        },
        {
          input: { ...CAREGIVER_A, idNumber: idNumber('371082', '2012-05-01', 2) },
          code: 'BAD_USER_INPUT',
          field: 'employedFrom',
        },
        {
          input: { ...SOCIAL_WORKER, idNumber: idNumber('371082', '1990-01-01', 4), districtCode: undefined },
          code: 'BAD_USER_INPUT',
          field: 'districtCode',
        },
        {
          input: { ...SOCIAL_WORKER, idNumber: idNumber('371082', '1990-01-01', 4), districtCode: '371099001' },
          code: 'BAD_USER_INPUT',
          field: 'districtCode',
        },
        {
          input: { ...CAREGIVER_A, idNumber: idNumber('371082', '1990-01-01', 6), employedFrom: '2999-01-01' },
          code: 'BAD_USER_INPUT',
          field: 'employedFrom',
        },
        { input: { ...CAREGIVER_A, name: '于秀英（重复）' }, code: 'CONFLICT', field: 'idNumber' },
      ];
      for (const { input, code, field } of cases) expectRefusal(await hr(REGISTER, { input }), code, field);
      expect(await caregiverCount()).toBe(before);
    });
  });

  describe('through the gateway', () => {
    it('returns an elder with the caregivers serving them (assignment from civil affairs, identity and certificates from human resources) and the institution with its certified share', async () => {
      const assigned = await hub.query(
        `mutation($input: AssignCaregiverInput!) { assignCaregiver(input: $input) { id } }`,
        {
          input: {
            personKey: elderKey,
            caregiverKey: keys.A,
            careType: 'INSTITUTIONAL',
            institutionCode: HOME,
            startedOn: '2024-03-01',
          },
        },
      );
      expect(assigned.errors).toBeUndefined();

      const result = await hub.query(
        `query($key: ID!, $home: ID!) {
          elder(personKey: $key) { name careAssignments { careType caregiver { name role certified certificates { level } employer { name certifiedShare { numerator denominator } } } } }
          institution(code: $home) { name certifiedShare { numerator denominator ratio targetMet } }
        }`,
        { key: elderKey, home: HOME },
        'health-system',
      );
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({
        elder: {
          name: '郭德明',
          careAssignments: [
            {
              careType: 'INSTITUTIONAL',
              caregiver: {
                name: '于秀英',
                role: 'ELDER_CAREGIVER',
                certified: false,
                certificates: [],
                employer: { name: '荣成市崖头颐养院', certifiedShare: { numerator: 0, denominator: 2 } },
              },
            },
          ],
        },
        institution: {
          name: '荣成市崖头颐养院',
          certifiedShare: { numerator: 0, denominator: 2, ratio: 0, targetMet: false },
        },
      });
    });
  });

  describe('recording a certificate', () => {
    it('makes an uncertified caregiver certified and moves the institution’s certified share in the next query', async () => {
      expect((await share()).certifiedShare).toMatchObject({ numerator: 0, denominator: 2 });
      const result = await hr(CERTIFY, {
        input: {
          personKey: keys.A,
          level: 'ELDER_CAREGIVER_LEVEL_4',
          certificateNumber: 'S3710822024-0001',
          issuer: '威海市职业技能鉴定指导中心',
          issuedOn: '2024-06-30',
        },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.recordCaregiverCertificate).toMatchObject({
        kind: 'ELDER_CAREGIVER_SKILL',
        level: 'ELDER_CAREGIVER_LEVEL_4',
        levelRank: 2,
        validToday: true,
      });
      expect(await share()).toEqual({
        name: '荣成市崖头颐养院',
        certifiedShare: {
          numerator: 1,
          denominator: 2,
          ratio: 0.5,
          targetPercent: 90,
          deadline: '2025-12-31',
          targetMet: false,
        },
        longTermCarerShare: { numerator: 1, denominator: 2, targetPercent: 20 },
      });
      const elder = await hub.query(
        `query($key: ID!) { elder(personKey: $key) { careAssignments { caregiver { certified certificates { level issuedOn } } } } }`,
        { key: elderKey },
      );
      expect(elder.data!.elder.careAssignments[0].caregiver).toEqual({
        certified: true,
        certificates: [{ level: 'ELDER_CAREGIVER_LEVEL_4', issuedOn: '2024-06-30' }],
      });
    });

    it('records an expired certificate without making its holder certified', async () => {
      const result = await hr(CERTIFY, {
        input: {
          personKey: keys.B,
          level: 'LONG_TERM_CARER_JUNIOR',
          certificateNumber: 'LTC-2019-0007',
          issuer: '山东省健康照护职业技能等级认定中心',
          issuedOn: '2019-05-01',
          expiresOn: '2024-04-30',
        },
      });
      expect(result.data!.recordCaregiverCertificate).toMatchObject({ kind: 'LONG_TERM_CARER', validToday: false });
      expect((await share()).certifiedShare).toMatchObject({ numerator: 1, denominator: 2 });
    });

    it('refuses an unknown caregiver, a malformed number, an expiry before the issue, a future issue and a number already recorded, adding nothing', async () => {
      const valid = {
        personKey: keys.B,
        level: 'LONG_TERM_CARER_SENIOR',
        certificateNumber: 'LTC-2025-0100',
        issuer: '山东省健康照护职业技能等级认定中心',
        issuedOn: '2025-05-01',
      };
      const cases = [
        { input: { ...valid, personKey: 'f'.repeat(32) }, code: 'BAD_USER_INPUT', field: 'personKey' },
        { input: { ...valid, certificateNumber: '证书 1' }, code: 'BAD_USER_INPUT', field: 'certificateNumber' },
        { input: { ...valid, expiresOn: '2025-04-30' }, code: 'BAD_USER_INPUT', field: 'expiresOn' },
        { input: { ...valid, issuedOn: '2999-01-01' }, code: 'BAD_USER_INPUT', field: 'issuedOn' },
        { input: { ...valid, certificateNumber: 's3710822024-0001' }, code: 'CONFLICT', field: 'certificateNumber' },
      ];
      for (const { input, code, field } of cases) expectRefusal(await hr(CERTIFY, { input }), code, field);
      const b = await hr(
        `query($key: ID!) { caregiver(personKey: $key) { certified certificates { certificateNumber } } }`,
        { key: keys.B },
      );
      expect(b.data!.caregiver).toEqual({ certified: false, certificates: [{ certificateNumber: 'LTC-2019-0007' }] });
    });
  });

  describe('training', () => {
    let programmeId: string;
    let enrolmentId: string;
    const ENROL = `mutation($input: EnrolCaregiverInTrainingInput!) { enrolCaregiverInTraining(input: $input) { id districtCode enrolledOn completedOn programme { name } } }`;
    const COMPLETE = `mutation($input: CompleteCaregiverTrainingInput!) { completeCaregiverTraining(input: $input) { id completedOn } }`;
    const counts = async () =>
      (
        await hub.query(
          `{ caregiverTrainingProgrammes(filter: { year: 2025 }) { enrolmentCount completionCount } area(code: "371082") { caregiverTraineesCompleted(year: 2025) } }`,
          {},
          'analyst',
        )
      ).data!;

    it('opens a programme and enrols a caregiver in it', async () => {
      const opened = await hr(
        `mutation($input: OpenCaregiverTrainingProgrammeInput!) { openCaregiverTrainingProgramme(input: $input) { id year kind } }`,
        {
          input: {
            kind: 'SKILLS',
            name: '2025年养老护理员技能提升培训',
            organiser: '荣成市职业培训学校',
            districtCode: '371082',
            startsOn: '2025-04-01',
            endsOn: '2025-05-15',
          },
        },
      );
      expect(opened.data!.openCaregiverTrainingProgramme).toMatchObject({ year: 2025, kind: 'SKILLS' });
      programmeId = opened.data!.openCaregiverTrainingProgramme.id;
      const enrolled = await hr(ENROL, { input: { programmeId, personKey: keys.B, enrolledOn: '2025-03-20' } });
      expect(enrolled.errors).toBeUndefined();
      expect(enrolled.data!.enrolCaregiverInTraining).toMatchObject({
        districtCode: '371082',
        enrolledOn: '2025-03-20',
        completedOn: null,
        programme: { name: '2025年养老护理员技能提升培训' },
      });
      enrolmentId = enrolled.data!.enrolCaregiverInTraining.id;
      expect(await counts()).toEqual({
        caregiverTrainingProgrammes: [{ enrolmentCount: 1, completionCount: 0 }],
        area: { caregiverTraineesCompleted: 0 },
      });
    });

    it('refuses an unknown programme or caregiver, an enrolment after the programme and a second enrolment, adding nothing', async () => {
      const cases = [
        {
          input: { programmeId: 999999, personKey: keys.B, enrolledOn: '2025-03-20' },
          code: 'BAD_USER_INPUT',
          field: 'programmeId',
        },
        {
          input: { programmeId, personKey: 'e'.repeat(32), enrolledOn: '2025-03-20' },
          code: 'BAD_USER_INPUT',
          field: 'personKey',
        },
        {
          input: { programmeId, personKey: keys.A, enrolledOn: '2025-06-01' },
          code: 'BAD_USER_INPUT',
          field: 'enrolledOn',
        },
        { input: { programmeId, personKey: keys.B, enrolledOn: '2025-03-25' }, code: 'CONFLICT', field: 'personKey' },
      ];
      for (const { input, code, field } of cases) expectRefusal(await hr(ENROL, { input }), code, field);
      expect((await counts()).caregiverTrainingProgrammes).toEqual([{ enrolmentCount: 1, completionCount: 0 }]);
    });

    it('records the completion, counting the trainee for the district and year, and refuses a date before the enrolment, a second completion and an unknown enrolment', async () => {
      expectRefusal(
        await hr(COMPLETE, { input: { enrolmentId, completedOn: '2025-03-01' } }),
        'BAD_USER_INPUT',
        'completedOn',
      );
      const completed = await hr(COMPLETE, { input: { enrolmentId, completedOn: '2025-05-15' } });
      expect(completed.data!.completeCaregiverTraining).toEqual({ id: enrolmentId, completedOn: '2025-05-15' });
      expectRefusal(
        await hr(COMPLETE, { input: { enrolmentId, completedOn: '2025-05-16' } }),
        'CONFLICT',
        'enrolmentId',
      );
      expectRefusal(await hr(COMPLETE, { input: { enrolmentId: 999999, completedOn: '2025-05-16' } }), 'NOT_FOUND');
      expect(await counts()).toEqual({
        caregiverTrainingProgrammes: [{ enrolmentCount: 1, completionCount: 1 }],
        area: { caregiverTraineesCompleted: 1 },
      });
      const own = await hr(
        `query($key: ID!) { caregiver(personKey: $key) { trainingEnrolments { completedOn programme { kind } } } }`,
        { key: keys.B },
      );
      expect(own.data!.caregiver.trainingEnrolments).toEqual([
        { completedOn: '2025-05-15', programme: { kind: 'SKILLS' } },
      ]);
    });

    it('decides a training subsidy for the completed enrolment at the rate of its kind, once', async () => {
      const DECIDE = `mutation($input: DecideCaregiverSubsidyInput!) { decideCaregiverSubsidy(input: $input) { kind occasion amountFen status } }`;
      const input = {
        personKey: keys.B,
        kind: 'TRAINING_SUBSIDY',
        decidedOn: '2025-06-10',
        trainingEnrolmentId: enrolmentId,
      };
      const decided = await hr(DECIDE, { input });
      expect(decided.data!.decideCaregiverSubsidy).toEqual({
        kind: 'TRAINING_SUBSIDY',
        occasion: `enrolment:${enrolmentId}`,
        amountFen: CAREGIVER_SUBSIDY_RATES.trainingSubsidyFenByKind.SKILLS,
        status: 'DECIDED',
      });
      expectRefusal(await hr(DECIDE, { input }), 'CONFLICT', 'kind');
      expectRefusal(
        await hr(DECIDE, { input: { ...input, personKey: keys.A } }),
        'BAD_USER_INPUT',
        'trainingEnrolmentId',
      );
      expectRefusal(
        await hr(DECIDE, { input: { ...input, trainingEnrolmentId: undefined } }),
        'BAD_USER_INPUT',
        'trainingEnrolmentId',
      );
    });
  });

  describe('subsidies', () => {
    const DECIDE = `mutation($input: DecideCaregiverSubsidyInput!) { decideCaregiverSubsidy(input: $input) { id decisionReference kind amountFen status paymentReference employerCode districtCode } }`;
    const PAY = `mutation($input: RecordCaregiverSubsidyPaymentInput!) { recordCaregiverSubsidyPayment(input: $input) { status paymentReference paidOn } }`;
    const subsidiesOf = async (key: string) =>
      (await hr(`query($key: ID!) { caregiver(personKey: $key) { subsidies { kind status } } }`, { key })).data!
        .caregiver.subsidies;
    let awardId: string;

    it('decides a certified caregiver’s one-time hiring award at the table’s amount, with employer and district', async () => {
      const result = await hr(DECIDE, {
        input: { personKey: keys.A, kind: 'CERTIFIED_CAREGIVER_HIRING_AWARD', decidedOn: '2025-01-15' },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.decideCaregiverSubsidy).toMatchObject({
        kind: 'CERTIFIED_CAREGIVER_HIRING_AWARD',
        amountFen: CAREGIVER_SUBSIDY_RATES.certifiedCaregiverHiringAwardFen,
        status: 'DECIDED',
        paymentReference: null,
        employerCode: HOME,
        districtCode: '371082',
      });
      awardId = result.data!.decideCaregiverSubsidy.id;
      expect(result.data!.decideCaregiverSubsidy.decisionReference).toBe(`威人社奖补〔2025〕${awardId}号`);
    });

    it('refuses a second award of the same kind, an award without a valid certificate or without an employer, and a non-graduate’s graduate award, adding nothing', async () => {
      const cases = [
        {
          input: { personKey: keys.A, kind: 'CERTIFIED_CAREGIVER_HIRING_AWARD', decidedOn: '2025-03-01' },
          code: 'CONFLICT',
          field: 'kind',
        },
        {
          input: { personKey: keys.B, kind: 'CERTIFIED_CAREGIVER_HIRING_AWARD', decidedOn: '2025-01-15' },
          code: 'BAD_USER_INPUT',
          field: 'personKey',
        },
        {
          input: { personKey: keys.SW, kind: 'GRADUATE_HIRING_AWARD', decidedOn: '2025-01-15' },
          code: 'BAD_USER_INPUT',
          field: 'personKey',
        },
        {
          input: { personKey: keys.B, kind: 'GRADUATE_HIRING_AWARD', decidedOn: '2025-01-15' },
          code: 'BAD_USER_INPUT',
          field: 'personKey',
        },
        {
          input: { personKey: keys.A, kind: 'JOB_STABILISATION_SUBSIDY', decidedOn: '2024-01-15' },
          code: 'BAD_USER_INPUT',
          field: 'personKey',
        },
        {
          input: { personKey: keys.A, kind: 'GRADUATE_HIRING_AWARD', decidedOn: '2999-01-15' },
          code: 'BAD_USER_INPUT',
          field: 'decidedOn',
        },
        {
          input: {
            personKey: keys.A,
            kind: 'JOB_STABILISATION_SUBSIDY',
            decidedOn: '2025-01-15',
            trainingEnrolmentId: 1,
          },
          code: 'BAD_USER_INPUT',
          field: 'trainingEnrolmentId',
        },
      ];
      for (const { input, code, field } of cases) expectRefusal(await hr(DECIDE, { input }), code, field);
      expect(await subsidiesOf(keys.A)).toEqual([{ kind: 'CERTIFIED_CAREGIVER_HIRING_AWARD', status: 'DECIDED' }]);
      expect(await subsidiesOf(keys.SW)).toEqual([]);
    });

    it('decides a job-stabilisation subsidy once per year for a caregiver employed at least a year', async () => {
      const input = { personKey: keys.B, kind: 'JOB_STABILISATION_SUBSIDY', decidedOn: '2025-06-30' };
      expect((await hr(DECIDE, { input })).data!.decideCaregiverSubsidy).toMatchObject({
        amountFen: CAREGIVER_SUBSIDY_RATES.jobStabilisationFen,
      });
      expectRefusal(await hr(DECIDE, { input: { ...input, decidedOn: '2025-12-01' } }), 'CONFLICT', 'kind');
      expect((await hr(DECIDE, { input: { ...input, decidedOn: '2026-06-30' } })).errors).toBeUndefined();
    });

    it('records finance’s payment with its disbursement reference, refusing a payment before the decision, a second payment and an unknown subsidy', async () => {
      expectRefusal(
        await hr(PAY, { input: { subsidyId: awardId, paymentReference: 'CZ-2025-000123', paidOn: '2025-01-01' } }),
        'BAD_USER_INPUT',
        'paidOn',
      );
      expectRefusal(
        await hr(PAY, { input: { subsidyId: awardId, paymentReference: 'no spaces', paidOn: '2025-02-01' } }),
        'BAD_USER_INPUT',
        'paymentReference',
      );
      const paid = await hr(PAY, {
        input: { subsidyId: awardId, paymentReference: 'CZ-2025-000123', paidOn: '2025-02-01' },
      });
      expect(paid.data!.recordCaregiverSubsidyPayment).toEqual({
        status: 'PAID',
        paymentReference: 'CZ-2025-000123',
        paidOn: '2025-02-01',
      });
      expectRefusal(
        await hr(PAY, { input: { subsidyId: awardId, paymentReference: 'CZ-2025-000999', paidOn: '2025-02-02' } }),
        'CONFLICT',
        'subsidyId',
      );
      expectRefusal(
        await hr(PAY, { input: { subsidyId: 999999, paymentReference: 'CZ-2025-000999', paidOn: '2025-02-02' } }),
        'NOT_FOUND',
      );
      const finance = await hub.query(
        `{ caregiverSubsidies(filter: { status: PAID }) { items { id paymentReference amountFen } } }`,
        {},
        'finance-system',
      );
      expect(finance.data!.caregiverSubsidies.items).toEqual([
        {
          id: awardId,
          paymentReference: 'CZ-2025-000123',
          amountFen: CAREGIVER_SUBSIDY_RATES.certifiedCaregiverHiringAwardFen,
        },
      ]);
    });
  });

  describe('access', () => {
    it('refuses every human-resources write to other departments’ systems and analysts with FORBIDDEN, writing nothing', async () => {
      const before = await caregiverCount();
      const input = { ...CAREGIVER_A, idNumber: idNumber('371082', '1990-01-01', 8) };
      for (const as of ['civil-affairs-system', 'finance-system', 'analyst'] as const) {
        expect(errorCodes(await hub.query(REGISTER, { input }, as))).toEqual(['FORBIDDEN']);
      }
      expect(
        errorCodes(
          await hub.query(
            CERTIFY,
            {
              input: {
                personKey: keys.B,
                level: 'LONG_TERM_CARER_SENIOR',
                certificateNumber: 'LTC-2025-0999',
                issuer: 'x',
                issuedOn: '2025-05-01',
              },
            },
            'civil-affairs-system',
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(await caregiverCount()).toBe(before);
    });

    it('gives analysts the shares and counts but no caregiver, and finance the subsidies but not who the caregiver is', async () => {
      const counts = await hub.query(
        `query($code: ID!) { institution(code: $code) { certifiedShare { numerator denominator } } area(code: "371082") { certifiedCaregiverCount socialWorkerCount } }`,
        { code: HOME },
        'analyst',
      );
      expect(counts.errors).toBeUndefined();
      expect(counts.data).toEqual({
        institution: { certifiedShare: { numerator: 1, denominator: 2 } },
        area: { certifiedCaregiverCount: 1, socialWorkerCount: 0 },
      });
      expect(
        errorCodes(
          await hub.query(`query($key: ID!) { caregiver(personKey: $key) { name } }`, { key: keys.A }, 'analyst'),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(
          await hub.query(
            `query($code: ID!) { institution(code: $code) { caregivers { name } } }`,
            { code: HOME },
            'analyst',
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(
          await hub.query(
            `query($key: ID!) { caregiver(personKey: $key) { name } }`,
            { key: keys.A },
            'finance-system',
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(errorCodes(await hub.query(`{ caregiverSubsidies { total } }`, {}, 'health-system'))).toEqual([
        'FORBIDDEN',
      ]);
      expect(
        errorCodes(
          await hub.query(
            `query($key: ID!) { caregiver(personKey: $key) { trainingEnrolments { id } } }`,
            { key: keys.B },
            'civil-affairs-system',
          ),
        ),
      ).toEqual(['FORBIDDEN']);
    });

    it('lets civil affairs, health and medical insurance read a caregiver’s identity and certificates, each read leaving an entry in the human-resources audit trail', async () => {
      for (const as of ['civil-affairs-system', 'health-system', 'medical-insurance-system'] as const) {
        const result = await hub.query(
          `query CaregiverCard($key: ID!) { caregiver(personKey: $key) { name certificates { level } } }`,
          { key: keys.A },
          as,
        );
        expect(result.data!.caregiver).toEqual({
          name: '于秀英',
          certificates: [{ level: 'ELDER_CAREGIVER_LEVEL_4' }],
        });
      }
      const trail = await hub.query(
        `query($key: ID!) { humanResourcesAuditTrail(filter: { personKey: $key }) { items { callerId kind operation fields } } }`,
        { key: keys.A },
        'auditor',
      );
      expect(trail.errors).toBeUndefined();
      const reads = trail.data!.humanResourcesAuditTrail.items.filter((entry: any) =>
        entry.operation.startsWith('CaregiverCard'),
      );
      expect(reads.map((entry: any) => entry.callerId).sort()).toEqual([
        'civil-affairs-system',
        'health-system',
        'medical-insurance-system',
      ]);
      expect(reads[0]).toMatchObject({ kind: 'READ', fields: expect.arrayContaining(['Caregiver.name']) });
      const writes = trail
        .data!.humanResourcesAuditTrail.items.filter((entry: any) => entry.kind === 'WRITE')
        .map((entry: any) => entry.operation);
      expect(writes).toEqual(
        expect.arrayContaining(['registerCaregiver', 'recordCaregiverCertificate', 'decideCaregiverSubsidy']),
      );
    });
  });
});
