import { CAREGIVER_SUBSIDY_RATES } from '../../../subgraphs/human-resources/subsidy/subsidy-rates';
import { admit, anElder, anInstitution, bedsOf } from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import {
  aCaregiver,
  aCertificate,
  aTrainingProgramme,
  type CaregiverBuilder,
  uniqueCertificateNumber,
} from '../../support/builders/human-resources';
import { uniqueIdNumber } from '../../support/builders/identifiers';
import { graphql } from '../../support/graphql';
import type {
  CaregiverMaskedIdentityQuery,
  EnrolCaregiverInTrainingInput,
  RecordCaregiverCertificateInput,
  RegisterCaregiverInput,
} from '../../support/graphql/graphql';
import {
  DATABASE_TARGETS,
  errorCodes,
  type GraphQLResult,
  HUB_START_TIMEOUT_MS,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

/*
 * The worker's blank hub: every test registers its own home, elder and caregivers under fresh
 * credit codes and ID numbers, and asserts on them, or on the differences they make to a
 * district's counts and to the register's totals.
 */

const REGISTER = graphql(`
  mutation CaregiverRegister($input: RegisterCaregiverInput!) {
    registerCaregiver(input: $input) {
      personKey
      name
      sex
      birthDate
      role
      districtCode
      employerCode
    }
  }
`);

const PROFILE = graphql(`
  query CaregiverProfile($key: ID!) {
    caregiver(personKey: $key) {
      name
      sex
      birthDate
      role
      districtCode
      employer {
        code
      }
      certified
      certificates {
        id
      }
    }
  }
`);

const BY_ID_NUMBER = graphql(`
  query CaregiverByIdNumber($id: String!) {
    caregiverByIdNumber(idNumber: $id) {
      sex
      districtCode
      employer {
        code
      }
      graduationYear
    }
  }
`);

const MASKED = graphql(`
  query CaregiverMaskedIdentity($key: ID!) {
    caregiver(personKey: $key) {
      name
      idNumber
      phone
    }
  }
`);

const CAREGIVER_COUNT = graphql(`
  query CaregiverCount {
    caregivers(filter: { includeFormer: true }) {
      total
    }
  }
`);

const CERTIFY = graphql(`
  mutation CaregiverCertify($input: RecordCaregiverCertificateInput!) {
    recordCaregiverCertificate(input: $input) {
      id
      kind
      level
      levelRank
      validToday
    }
  }
`);

const CERTIFICATE_NUMBERS = graphql(`
  query CaregiverCertificateNumbers($key: ID!) {
    caregiver(personKey: $key) {
      certified
      certificates {
        certificateNumber
      }
    }
  }
`);

const SHARE = graphql(`
  query CaregiverInstitutionShare($code: ID!) {
    institution(code: $code) {
      name
      certifiedShare {
        numerator
        denominator
        ratio
        targetBasisPoints
        deadline
        targetMet
      }
      longTermCarerShare {
        numerator
        denominator
        targetBasisPoints
      }
    }
  }
`);

const ASSIGN = graphql(`
  mutation CaregiverAssignToElder($input: AssignCaregiverInput!) {
    assignCaregiver(input: $input) {
      id
    }
  }
`);

const ELDER_SERVED = graphql(`
  query CaregiverElderServed($key: ID!, $home: ID!) {
    elder(personKey: $key) {
      name
      careAssignments {
        careType
        caregiver {
          name
          role
          certified
          certificates {
            level
          }
          employer {
            name
            certifiedShare {
              numerator
              denominator
            }
          }
        }
      }
    }
    institution(code: $home) {
      name
      certifiedShare {
        numerator
        denominator
        ratio
        targetMet
      }
    }
  }
`);

const ELDER_CAREGIVER_CERTIFICATES = graphql(`
  query CaregiverOfElderCertificates($key: ID!) {
    elder(personKey: $key) {
      careAssignments {
        caregiver {
          certified
          certificates {
            level
            issuedOn
          }
        }
      }
    }
  }
`);

const OPEN = graphql(`
  mutation CaregiverOpenProgramme($input: OpenCaregiverTrainingProgrammeInput!) {
    openCaregiverTrainingProgramme(input: $input) {
      id
      year
      kind
    }
  }
`);

const ENROL = graphql(`
  mutation CaregiverEnrol($input: EnrolCaregiverInTrainingInput!) {
    enrolCaregiverInTraining(input: $input) {
      id
      districtCode
      enrolledOn
      completedOn
      programme {
        name
      }
    }
  }
`);

const COMPLETE = graphql(`
  mutation CaregiverCompleteTraining($input: CompleteCaregiverTrainingInput!) {
    completeCaregiverTraining(input: $input) {
      id
      completedOn
    }
  }
`);

const TRAINING_COUNTS = graphql(`
  query CaregiverTrainingCounts {
    caregiverTrainingProgrammes(filter: { year: 2025 }) {
      id
      enrolmentCount
      completionCount
    }
    area(code: "371082") {
      caregiverTraineesCompleted(year: 2025)
    }
  }
`);

const OWN_ENROLMENTS = graphql(`
  query CaregiverOwnEnrolments($key: ID!) {
    caregiver(personKey: $key) {
      trainingEnrolments {
        completedOn
        programme {
          kind
        }
      }
    }
  }
`);

const DECIDE = graphql(`
  mutation CaregiverDecideSubsidy($input: DecideCaregiverSubsidyInput!) {
    decideCaregiverSubsidy(input: $input) {
      id
      decisionReference
      kind
      occasion
      amountFen
      status
      paymentReference
      employerCode
      districtCode
    }
  }
`);

const PAY = graphql(`
  mutation CaregiverPaySubsidy($input: RecordCaregiverSubsidyPaymentInput!) {
    recordCaregiverSubsidyPayment(input: $input) {
      status
      paymentReference
      paidOn
    }
  }
`);

const SUBSIDIES_OF = graphql(`
  query CaregiverSubsidiesOf($key: ID!) {
    caregiver(personKey: $key) {
      subsidies {
        kind
        status
      }
    }
  }
`);

const PAID_SUBSIDIES_OF = graphql(`
  query CaregiverPaidSubsidiesOf($key: ID!) {
    caregiverSubsidies(filter: { status: PAID, personKey: $key }) {
      items {
        id
        paymentReference
        amountFen
      }
    }
  }
`);

const ANALYST_FIGURES = graphql(`
  query CaregiverAnalystFigures($code: ID!) {
    institution(code: $code) {
      certifiedShare {
        numerator
        denominator
      }
    }
    area(code: "371082") {
      certifiedCaregiverCount
      socialWorkerCount
    }
  }
`);

const AREA_COUNTS = graphql(`
  query CaregiverAreaCounts {
    area(code: "371082") {
      certifiedCaregiverCount
      socialWorkerCount
    }
  }
`);

const NAME = graphql(`
  query CaregiverName($key: ID!) {
    caregiver(personKey: $key) {
      name
    }
  }
`);

const INSTITUTION_CAREGIVERS = graphql(`
  query CaregiverNamesOfInstitution($code: ID!) {
    institution(code: $code) {
      caregivers {
        name
      }
    }
  }
`);

const SUBSIDY_TOTAL = graphql(`
  query CaregiverSubsidyTotal {
    caregiverSubsidies {
      total
    }
  }
`);

const ENROLMENT_IDS = graphql(`
  query CaregiverEnrolmentIds($key: ID!) {
    caregiver(personKey: $key) {
      trainingEnrolments {
        id
      }
    }
  }
`);

const CARD = graphql(`
  query CaregiverCard($key: ID!) {
    caregiver(personKey: $key) {
      name
      certificates {
        level
      }
    }
  }
`);

const AUDIT_TRAIL = graphql(`
  query CaregiverAuditTrail($key: ID!) {
    humanResourcesAuditTrail(filter: { personKey: $key }) {
      items {
        callerId
        kind
        operation
        fields
      }
    }
  }
`);

const HOME_NAME = '荣成市崖头颐养院';
/** An ID number with the wrong check character. */
const corrupted = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0');

function expectRefusal(result: GraphQLResult<unknown>, code: string, field?: string): void {
  expect(errorCodes(result)).toEqual([code]);
  if (field) expect(result.errors![0].extensions!.field).toBe(field);
}

describe.each(DATABASE_TARGETS)('caregivers, certificates, training and subsidies (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  const hr = 'human-resources-system' as const;
  const caregiverCount = async () => expectData(await hub.query(CAREGIVER_COUNT, {}, hr)).caregivers.total;
  const share = async (code: string) => expectData(await hub.query(SHARE, { code })).institution!;

  /** A private home in 荣成市, registered with civil affairs. */
  const aHome = async () =>
    (await anInstitution(hub).named(HOME_NAME).inArea('371082').openedOn('2015-05-01').register()).code;
  /** 于秀英, an elder caregiver of the home since April 2023. */
  const caregiverA = (home: string): CaregiverBuilder =>
    aCaregiver(hub)
      .named('于秀英')
      .female()
      .bornOn('1978-03-15')
      .withIdFrom('371082')
      .with({ phone: '13863112345' })
      .employedBy(home)
      .employedFrom('2023-04-01');
  /** 丛美玲, a long-term carer of the home since September 2021. */
  const caregiverB = (home: string): CaregiverBuilder =>
    aCaregiver(hub)
      .named('丛美玲')
      .female()
      .bornOn('1982-07-09')
      .withIdFrom('371082')
      .longTermCarer()
      .employedBy(home)
      .employedFrom('2021-09-01');
  /** 宋志强, a social worker graduated in 2024, working in 乳山市 without an employer. */
  const socialWorker = (): CaregiverBuilder =>
    aCaregiver(hub)
      .named('宋志强')
      .male()
      .bornOn('2001-11-20')
      .withIdFrom('371083')
      .socialWorker()
      .inDistrict('371083')
      .employedFrom('2024-07-01')
      .with({ graduationYear: 2024 });

  /** A home with caregivers A and B, A certified (level 4, June 2024) when asked. */
  async function aHomeWithStaff({ certifiedA = false } = {}) {
    const home = await aHome();
    const a = await caregiverA(home).register();
    const b = await caregiverB(home).register();
    const certificate = certifiedA
      ? await aCertificate(hub, a.personKey).level('ELDER_CAREGIVER_LEVEL_4').issuedOn('2024-06-30').record()
      : null;
    return { home, a: a.personKey, b: b.personKey, certificate };
  }

  /** 郭德明, living in the home since March 2024 and cared for there by the caregiver. */
  async function anElderServedBy(home: string, caregiverKey: string) {
    const elder = await anElder(hub)
      .named('郭德明')
      .bornOn('1938-02-11')
      .withIdFrom('371082')
      .livingIn('371082')
      .livingAlone()
      .register();
    const [bedId] = await bedsOf(hub, home).inServiceFrom('2015-05-01').add();
    await admit(hub, elder.personKey, bedId, '2024-03-01');
    const input = {
      personKey: elder.personKey,
      caregiverKey,
      careType: 'INSTITUTIONAL' as const,
      institutionCode: home,
      startedOn: '2024-03-01',
    };
    expectData(await hub.query(ASSIGN, { input }));
    return elder.personKey;
  }

  describe('registering a caregiver', () => {
    it('registers caregivers with sex and birth date from the ID number and the employer’s district, or their own without an employer', async () => {
      const home = await aHome();
      const keys: Record<string, string> = {};
      const inputs = { A: caregiverA(home).input(), B: caregiverB(home).input(), SW: socialWorker().input() };
      for (const [name, input] of Object.entries(inputs))
        keys[name] = expectData(await hub.query(REGISTER, { input }, hr)).registerCaregiver.personKey;
      expect(expectData(await hub.query(PROFILE, { key: keys.A }, hr)).caregiver).toEqual({
        name: '于秀英',
        sex: 'FEMALE',
        birthDate: '1978-03-15',
        role: 'ELDER_CAREGIVER',
        districtCode: '371082',
        employer: { code: home },
        certified: false,
        certificates: [],
      });
      expect(expectData(await hub.query(BY_ID_NUMBER, { id: inputs.SW.idNumber }, hr)).caregiverByIdNumber).toEqual({
        sex: 'MALE',
        districtCode: '371083',
        employer: null,
        graduationYear: 2024,
      });
    });

    it('masks the name, ID number and phone for a caller without the personal-data scope', async () => {
      const { personKey, idNumber } = await caregiverA(await aHome()).register();
      const token = await hub.mint({
        sub: 'civil-affairs-statistics',
        role: 'department-system',
        department: 'civil-affairs',
      });
      const masked = await hub.queryWithHeaders<CaregiverMaskedIdentityQuery>(
        { authorization: `Bearer ${token}` },
        MASKED.toString(),
        { key: personKey },
      );
      expect(expectData(masked).caregiver).toEqual({
        name: '于**',
        idNumber: `${idNumber.slice(0, 4)}**************`,
        phone: '138****2345',
      });
    });

    it('refuses an invalid ID number or credit code, work before age 16, a missing district, a future start and a duplicate, adding nothing', async () => {
      const home = await aHome();
      const a = caregiverA(home).input();
      expectData(await hub.query(REGISTER, { input: a }, hr));
      const sw = socialWorker().input();
      const other = () => uniqueIdNumber(hub, { addressCode: '371082', birthDate: '1990-01-01' });
      const before = await caregiverCount();
      const cases: Array<{ input: RegisterCaregiverInput; code: string; field: string }> = [
        {
          input: { ...caregiverA(home).input(), idNumber: corrupted(other()) },
          code: 'BAD_USER_INPUT',
          field: 'idNumber',
        },
        {
          input: { ...a, idNumber: other(), employerCode: '12371082MB000006X1' },
          code: 'BAD_USER_INPUT',
          field: 'employerCode',
        },
        {
          input: { ...a, idNumber: uniqueIdNumber(hub, { addressCode: '371082', birthDate: '2012-05-01' }) },
          code: 'BAD_USER_INPUT',
          field: 'employedFrom',
        },
        {
          input: { ...sw, idNumber: other(), districtCode: undefined },
          code: 'BAD_USER_INPUT',
          field: 'districtCode',
        },
        {
          input: { ...sw, idNumber: other(), districtCode: '371099001' },
          code: 'BAD_USER_INPUT',
          field: 'districtCode',
        },
        {
          input: { ...a, idNumber: other(), employedFrom: '2999-01-01' },
          code: 'BAD_USER_INPUT',
          field: 'employedFrom',
        },
        { input: { ...a, name: '于秀英（重复）' }, code: 'CONFLICT', field: 'idNumber' },
      ];
      for (const { input, code, field } of cases) expectRefusal(await hub.query(REGISTER, { input }, hr), code, field);
      expect(await caregiverCount()).toBe(before);
    });
  });

  describe('through the gateway', () => {
    it('returns an elder with the caregivers serving them (assignment from civil affairs, identity and certificates from human resources) and the institution with its certified share', async () => {
      const { home, a } = await aHomeWithStaff();
      const elder = await anElderServedBy(home, a);
      const result = await hub.query(ELDER_SERVED, { key: elder, home }, 'health-system');
      expect(expectData(result)).toEqual({
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
                employer: { name: HOME_NAME, certifiedShare: { numerator: 0, denominator: 2 } },
              },
            },
          ],
        },
        institution: {
          name: HOME_NAME,
          certifiedShare: { numerator: 0, denominator: 2, ratio: 0, targetMet: false },
        },
      });
    });
  });

  describe('recording a certificate', () => {
    it('makes an uncertified caregiver certified and moves the institution’s certified share in the next query', async () => {
      const { home, a } = await aHomeWithStaff();
      const elder = await anElderServedBy(home, a);
      expect((await share(home)).certifiedShare).toMatchObject({ numerator: 0, denominator: 2 });
      const result = await hub.query(
        CERTIFY,
        {
          input: {
            personKey: a,
            level: 'ELDER_CAREGIVER_LEVEL_4',
            certificateNumber: uniqueCertificateNumber(hub),
            issuer: '威海市职业技能鉴定指导中心',
            issuedOn: '2024-06-30',
          },
        },
        hr,
      );
      expect(expectData(result).recordCaregiverCertificate).toMatchObject({
        kind: 'ELDER_CAREGIVER_SKILL',
        level: 'ELDER_CAREGIVER_LEVEL_4',
        levelRank: 2,
        validToday: true,
      });
      expect(await share(home)).toEqual({
        name: HOME_NAME,
        certifiedShare: {
          numerator: 1,
          denominator: 2,
          ratio: 0.5,
          targetBasisPoints: 9000,
          deadline: '2025-12-31',
          targetMet: false,
        },
        longTermCarerShare: { numerator: 1, denominator: 2, targetBasisPoints: 2000 },
      });
      const served = expectData(await hub.query(ELDER_CAREGIVER_CERTIFICATES, { key: elder })).elder!;
      expect(served.careAssignments[0].caregiver).toEqual({
        certified: true,
        certificates: [{ level: 'ELDER_CAREGIVER_LEVEL_4', issuedOn: '2024-06-30' }],
      });
    });

    it('records an expired certificate without making its holder certified', async () => {
      const { home, b } = await aHomeWithStaff();
      const result = await hub.query(
        CERTIFY,
        {
          input: {
            personKey: b,
            level: 'LONG_TERM_CARER_JUNIOR',
            certificateNumber: uniqueCertificateNumber(hub),
            issuer: '山东省健康照护职业技能等级认定中心',
            issuedOn: '2019-05-01',
            expiresOn: '2024-04-30',
          },
        },
        hr,
      );
      expect(expectData(result).recordCaregiverCertificate).toMatchObject({
        kind: 'LONG_TERM_CARER',
        validToday: false,
      });
      expect((await share(home)).certifiedShare).toMatchObject({ numerator: 0, denominator: 2 });
    });

    it('refuses an unknown caregiver, a malformed number, an expiry before the issue, a future issue and a number already recorded, adding nothing', async () => {
      const { b, certificate } = await aHomeWithStaff({ certifiedA: true });
      const expired = await aCertificate(hub, b)
        .level('LONG_TERM_CARER_JUNIOR')
        .issuedOn('2019-05-01')
        .expiresOn('2024-04-30')
        .record();
      const valid: RecordCaregiverCertificateInput = {
        personKey: b,
        level: 'LONG_TERM_CARER_SENIOR',
        certificateNumber: uniqueCertificateNumber(hub),
        issuer: '山东省健康照护职业技能等级认定中心',
        issuedOn: '2025-05-01',
      };
      const cases = [
        { input: { ...valid, personKey: 'f'.repeat(32) }, code: 'BAD_USER_INPUT', field: 'personKey' },
        { input: { ...valid, certificateNumber: '证书 1' }, code: 'BAD_USER_INPUT', field: 'certificateNumber' },
        { input: { ...valid, expiresOn: '2025-04-30' }, code: 'BAD_USER_INPUT', field: 'expiresOn' },
        { input: { ...valid, issuedOn: '2999-01-01' }, code: 'BAD_USER_INPUT', field: 'issuedOn' },
        // A's certificate number, in lower case.
        {
          input: { ...valid, certificateNumber: certificate!.certificateNumber.toLowerCase() },
          code: 'CONFLICT',
          field: 'certificateNumber',
        },
      ];
      for (const { input, code, field } of cases) expectRefusal(await hub.query(CERTIFY, { input }, hr), code, field);
      expect(expectData(await hub.query(CERTIFICATE_NUMBERS, { key: b }, hr)).caregiver).toEqual({
        certified: false,
        certificates: [{ certificateNumber: expired.certificateNumber }],
      });
    });
  });

  describe('an institution’s medical, rehabilitation and fire-safety staff', () => {
    it('registers a nurse of an institution and makes her certified by her nursing licence, not by a caregiver’s certificate', async () => {
      const home = await aHome();
      const nurse = await aCaregiver(hub)
        .named('曲晓梅')
        .female()
        .with({ role: 'MEDICAL_STAFF' })
        .employedBy(home)
        .register();
      const licence = {
        personKey: nurse.personKey,
        level: 'NURSE' as const,
        certificateNumber: uniqueCertificateNumber(hub),
        issuer: '威海市卫生健康委员会',
        issuedOn: '2020-07-01',
      };
      expect(expectData(await hub.query(CERTIFY, { input: licence }, hr)).recordCaregiverCertificate).toMatchObject({
        kind: 'NURSE_LICENCE',
        level: 'NURSE',
        levelRank: 1,
        validToday: true,
      });
      expect(expectData(await hub.query(CERTIFICATE_NUMBERS, { key: nurse.personKey }, hr)).caregiver).toEqual({
        certified: true,
        certificates: [{ certificateNumber: licence.certificateNumber }],
      });
    });

    it('refuses a specialist without an employing institution and a certificate of another trade, with the field to correct, adding nothing', async () => {
      const home = await aHome();
      const operator = await aCaregiver(hub).with({ role: 'FIRE_SAFETY_OPERATOR' }).employedBy(home).register();
      const caregiver = await caregiverA(home).register();
      const before = await caregiverCount();
      const noEmployer = {
        ...socialWorker().input(),
        role: 'REHABILITATION_THERAPIST' as const,
        idNumber: uniqueIdNumber(hub, { addressCode: '371082', birthDate: '1990-01-01' }),
      };
      expectRefusal(await hub.query(REGISTER, { input: noEmployer }, hr), 'BAD_USER_INPUT', 'employerCode');
      expect(await caregiverCount()).toBe(before);
      const certificate = (
        personKey: string,
        level: 'ELDER_CAREGIVER_LEVEL_4' | 'NURSE' | 'FIRE_FACILITY_OPERATOR_LEVEL_5',
      ) => ({
        personKey,
        level,
        certificateNumber: uniqueCertificateNumber(hub),
        issuer: '威海市人力资源和社会保障局',
        issuedOn: '2024-01-01',
      });
      for (const input of [
        certificate(operator.personKey, 'ELDER_CAREGIVER_LEVEL_4'),
        certificate(operator.personKey, 'NURSE'),
        certificate(caregiver.personKey, 'FIRE_FACILITY_OPERATOR_LEVEL_5'),
      ]) {
        const refused = await hub.query(CERTIFY, { input }, hr);
        expectRefusal(refused, 'BAD_USER_INPUT', 'level');
      }
      expect(expectData(await hub.query(CERTIFICATE_NUMBERS, { key: operator.personKey }, hr)).caregiver).toEqual({
        certified: false,
        certificates: [],
      });
      // The operator's own trade's certificate is recorded.
      const own = certificate(operator.personKey, 'FIRE_FACILITY_OPERATOR_LEVEL_5');
      expect(expectData(await hub.query(CERTIFY, { input: own }, hr)).recordCaregiverCertificate).toMatchObject({
        kind: 'FIRE_FACILITY_OPERATOR',
        validToday: true,
      });
    });
  });

  describe('training', () => {
    /** This programme's enrolments and completions, and the trainees 荣成市 completed in 2025. */
    const counts = async (programmeId: string) => {
      const { caregiverTrainingProgrammes, area } = expectData(await hub.query(TRAINING_COUNTS, {}, 'analyst'));
      return {
        programme: caregiverTrainingProgrammes
          .filter((programme) => programme.id === programmeId)
          .map(({ enrolmentCount, completionCount }) => ({ enrolmentCount, completionCount })),
        completedIn371082: area!.caregiverTraineesCompleted!,
      };
    };
    /** A programme of 荣成市 in April–May 2025 with B enrolled on 20 March. */
    async function aProgrammeWithB() {
      const staff = await aHomeWithStaff();
      const programme = await aTrainingProgramme(hub)
        .named('2025年养老护理员技能提升培训')
        .organisedBy('荣成市职业培训学校')
        .inDistrict('371082')
        .from('2025-04-01', '2025-05-15')
        .open();
      const { enrolmentId } = await programme.enrol(staff.b, '2025-03-20');
      return { ...staff, programme, enrolmentId };
    }

    it('opens a programme and enrols a caregiver in it', async () => {
      const { b } = await aHomeWithStaff();
      const completedBefore = (await counts('none')).completedIn371082;
      const opened = await hub.query(
        OPEN,
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
        hr,
      );
      const programme = expectData(opened).openCaregiverTrainingProgramme;
      expect(programme).toMatchObject({ year: 2025, kind: 'SKILLS' });
      const enrolled = await hub.query(
        ENROL,
        { input: { programmeId: programme.id, personKey: b, enrolledOn: '2025-03-20' } },
        hr,
      );
      expect(expectData(enrolled).enrolCaregiverInTraining).toMatchObject({
        districtCode: '371082',
        enrolledOn: '2025-03-20',
        completedOn: null,
        programme: { name: '2025年养老护理员技能提升培训' },
      });
      expect(await counts(programme.id)).toEqual({
        programme: [{ enrolmentCount: 1, completionCount: 0 }],
        completedIn371082: completedBefore,
      });
    });

    it('refuses an unknown programme or caregiver, an enrolment after the programme and a second enrolment, adding nothing', async () => {
      const { a, b, programme } = await aProgrammeWithB();
      const programmeId = programme.id;
      const cases: Array<{ input: EnrolCaregiverInTrainingInput; code: string; field: string }> = [
        {
          input: { programmeId: '999999999', personKey: b, enrolledOn: '2025-03-20' },
          code: 'BAD_USER_INPUT',
          field: 'programmeId',
        },
        {
          input: { programmeId, personKey: 'e'.repeat(32), enrolledOn: '2025-03-20' },
          code: 'BAD_USER_INPUT',
          field: 'personKey',
        },
        { input: { programmeId, personKey: a, enrolledOn: '2025-06-01' }, code: 'BAD_USER_INPUT', field: 'enrolledOn' },
        { input: { programmeId, personKey: b, enrolledOn: '2025-03-25' }, code: 'CONFLICT', field: 'personKey' },
      ];
      for (const { input, code, field } of cases) expectRefusal(await hub.query(ENROL, { input }, hr), code, field);
      expect((await counts(programmeId)).programme).toEqual([{ enrolmentCount: 1, completionCount: 0 }]);
    });

    it('records the completion, counting the trainee for the district and year, and refuses a date before the enrolment, a second completion and an unknown enrolment', async () => {
      const { b, programme, enrolmentId } = await aProgrammeWithB();
      const completedBefore = (await counts(programme.id)).completedIn371082;
      const complete = (id: string, completedOn: string) =>
        hub.query(COMPLETE, { input: { enrolmentId: id, completedOn } }, hr);
      expectRefusal(await complete(enrolmentId, '2025-03-01'), 'BAD_USER_INPUT', 'completedOn');
      expect(expectData(await complete(enrolmentId, '2025-05-15')).completeCaregiverTraining).toEqual({
        id: enrolmentId,
        completedOn: '2025-05-15',
      });
      expectRefusal(await complete(enrolmentId, '2025-05-16'), 'CONFLICT', 'enrolmentId');
      expectRefusal(await complete('999999999', '2025-05-16'), 'NOT_FOUND');
      expect(await counts(programme.id)).toEqual({
        programme: [{ enrolmentCount: 1, completionCount: 1 }],
        completedIn371082: completedBefore + 1,
      });
      expect(expectData(await hub.query(OWN_ENROLMENTS, { key: b }, hr)).caregiver!.trainingEnrolments).toEqual([
        { completedOn: '2025-05-15', programme: { kind: 'SKILLS' } },
      ]);
    });

    it('decides a training subsidy for the completed enrolment at the rate of its kind, once', async () => {
      const { a, b, programme, enrolmentId } = await aProgrammeWithB();
      await programme.complete(enrolmentId, '2025-05-15');
      const input = {
        personKey: b,
        kind: 'TRAINING_SUBSIDY' as const,
        decidedOn: '2025-06-10',
        trainingEnrolmentId: enrolmentId,
      };
      expect(expectData(await hub.query(DECIDE, { input }, hr)).decideCaregiverSubsidy).toMatchObject({
        kind: 'TRAINING_SUBSIDY',
        occasion: `enrolment:${enrolmentId}`,
        amountFen: CAREGIVER_SUBSIDY_RATES.trainingSubsidyFenByKind.SKILLS,
        status: 'DECIDED',
      });
      expectRefusal(await hub.query(DECIDE, { input }, hr), 'CONFLICT', 'kind');
      expectRefusal(
        await hub.query(DECIDE, { input: { ...input, personKey: a } }, hr),
        'BAD_USER_INPUT',
        'trainingEnrolmentId',
      );
      expectRefusal(
        await hub.query(DECIDE, { input: { ...input, trainingEnrolmentId: undefined } }, hr),
        'BAD_USER_INPUT',
        'trainingEnrolmentId',
      );
    });
  });

  describe('subsidies', () => {
    const subsidiesOf = async (key: string) =>
      expectData(await hub.query(SUBSIDIES_OF, { key }, hr)).caregiver!.subsidies;
    const hiringAward = (personKey: string, decidedOn = '2025-01-15') =>
      hub.query(DECIDE, { input: { personKey, kind: 'CERTIFIED_CAREGIVER_HIRING_AWARD', decidedOn } }, hr);

    it('decides a certified caregiver’s one-time hiring award at the table’s amount, with employer and district', async () => {
      const { home, a } = await aHomeWithStaff({ certifiedA: true });
      const award = expectData(await hiringAward(a)).decideCaregiverSubsidy;
      expect(award).toMatchObject({
        kind: 'CERTIFIED_CAREGIVER_HIRING_AWARD',
        amountFen: CAREGIVER_SUBSIDY_RATES.certifiedCaregiverHiringAwardFen,
        status: 'DECIDED',
        paymentReference: null,
        employerCode: home,
        districtCode: '371082',
      });
      expect(award.decisionReference).toBe(`威人社奖补〔2025〕${award.id}号`);
    });

    it('refuses a second award of the same kind, an award without a valid certificate or without an employer, and a non-graduate’s graduate award, adding nothing', async () => {
      const { a, b } = await aHomeWithStaff({ certifiedA: true });
      await aCertificate(hub, b)
        .level('LONG_TERM_CARER_JUNIOR')
        .issuedOn('2019-05-01')
        .expiresOn('2024-04-30')
        .record();
      const sw = (await socialWorker().register()).personKey;
      expectData(await hiringAward(a));
      const cases = [
        {
          input: { personKey: a, kind: 'CERTIFIED_CAREGIVER_HIRING_AWARD', decidedOn: '2025-03-01' },
          code: 'CONFLICT',
          field: 'kind',
        },
        {
          input: { personKey: b, kind: 'CERTIFIED_CAREGIVER_HIRING_AWARD', decidedOn: '2025-01-15' },
          code: 'BAD_USER_INPUT',
          field: 'personKey',
        },
        {
          input: { personKey: sw, kind: 'GRADUATE_HIRING_AWARD', decidedOn: '2025-01-15' },
          code: 'BAD_USER_INPUT',
          field: 'personKey',
        },
        {
          input: { personKey: b, kind: 'GRADUATE_HIRING_AWARD', decidedOn: '2025-01-15' },
          code: 'BAD_USER_INPUT',
          field: 'personKey',
        },
        {
          input: { personKey: a, kind: 'JOB_STABILISATION_SUBSIDY', decidedOn: '2024-01-15' },
          code: 'BAD_USER_INPUT',
          field: 'personKey',
        },
        {
          input: { personKey: a, kind: 'GRADUATE_HIRING_AWARD', decidedOn: '2999-01-15' },
          code: 'BAD_USER_INPUT',
          field: 'decidedOn',
        },
        {
          input: { personKey: a, kind: 'JOB_STABILISATION_SUBSIDY', decidedOn: '2025-01-15', trainingEnrolmentId: '1' },
          code: 'BAD_USER_INPUT',
          field: 'trainingEnrolmentId',
        },
      ] as const;
      for (const { input, code, field } of cases) expectRefusal(await hub.query(DECIDE, { input }, hr), code, field);
      expect(await subsidiesOf(a)).toEqual([{ kind: 'CERTIFIED_CAREGIVER_HIRING_AWARD', status: 'DECIDED' }]);
      expect(await subsidiesOf(b)).toEqual([]);
      expect(await subsidiesOf(sw)).toEqual([]);
    });

    it('decides a job-stabilisation subsidy once per year for a caregiver employed at least a year', async () => {
      const { b } = await aHomeWithStaff();
      const input = { personKey: b, kind: 'JOB_STABILISATION_SUBSIDY' as const, decidedOn: '2025-06-30' };
      expect(expectData(await hub.query(DECIDE, { input }, hr)).decideCaregiverSubsidy).toMatchObject({
        amountFen: CAREGIVER_SUBSIDY_RATES.jobStabilisationFen,
      });
      expectRefusal(await hub.query(DECIDE, { input: { ...input, decidedOn: '2025-12-01' } }, hr), 'CONFLICT', 'kind');
      expectData(await hub.query(DECIDE, { input: { ...input, decidedOn: '2026-06-30' } }, hr));
    });

    it('records finance’s payment with its disbursement reference, refusing a payment before the decision, a second payment and an unknown subsidy', async () => {
      const { a } = await aHomeWithStaff({ certifiedA: true });
      const awardId = expectData(await hiringAward(a)).decideCaregiverSubsidy.id;
      const reference = `CZ-2025-${String(hub.unique('payment-reference')).padStart(6, '0')}`;
      const pay = (subsidyId: string, paymentReference: string, paidOn: string) =>
        hub.query(PAY, { input: { subsidyId, paymentReference, paidOn } }, hr);
      expectRefusal(await pay(awardId, reference, '2025-01-01'), 'BAD_USER_INPUT', 'paidOn');
      expectRefusal(await pay(awardId, 'no spaces', '2025-02-01'), 'BAD_USER_INPUT', 'paymentReference');
      expect(expectData(await pay(awardId, reference, '2025-02-01')).recordCaregiverSubsidyPayment).toEqual({
        status: 'PAID',
        paymentReference: reference,
        paidOn: '2025-02-01',
      });
      expectRefusal(await pay(awardId, `${reference}-2`, '2025-02-02'), 'CONFLICT', 'subsidyId');
      expectRefusal(await pay('999999999', `${reference}-3`, '2025-02-02'), 'NOT_FOUND');
      const paid = expectData(await hub.query(PAID_SUBSIDIES_OF, { key: a }, 'finance-system'));
      expect(paid.caregiverSubsidies.items).toEqual([
        {
          id: awardId,
          paymentReference: reference,
          amountFen: CAREGIVER_SUBSIDY_RATES.certifiedCaregiverHiringAwardFen,
        },
      ]);
    });
  });

  describe('access', () => {
    it('refuses every human-resources write to other departments’ systems and analysts with FORBIDDEN, writing nothing', async () => {
      const { home, b } = await aHomeWithStaff();
      const before = await caregiverCount();
      const input = caregiverA(home).input();
      for (const as of ['civil-affairs-system', 'finance-system', 'analyst'] as const)
        expect(errorCodes(await hub.query(REGISTER, { input }, as))).toEqual(['FORBIDDEN']);
      const certificate = {
        personKey: b,
        level: 'LONG_TERM_CARER_SENIOR' as const,
        certificateNumber: uniqueCertificateNumber(hub),
        issuer: 'x',
        issuedOn: '2025-05-01',
      };
      expect(errorCodes(await hub.query(CERTIFY, { input: certificate }, 'civil-affairs-system'))).toEqual([
        'FORBIDDEN',
      ]);
      expect(await caregiverCount()).toBe(before);
      expect(expectData(await hub.query(CERTIFICATE_NUMBERS, { key: b }, hr)).caregiver!.certificates).toEqual([]);
    });

    it('gives analysts the shares and counts but no caregiver, and finance the subsidies but not who the caregiver is', async () => {
      const areaCounts = async () => expectData(await hub.query(AREA_COUNTS, {}, 'analyst')).area!;
      const before = await areaCounts();
      const { home, a, b } = await aHomeWithStaff({ certifiedA: true });
      await socialWorker().register(); // works in 乳山市, not 荣成市
      const { institution, area } = expectData(await hub.query(ANALYST_FIGURES, { code: home }, 'analyst'));
      expect(institution).toEqual({ certifiedShare: { numerator: 1, denominator: 2 } });
      expect({
        certifiedCaregiverCount: area!.certifiedCaregiverCount! - before.certifiedCaregiverCount!,
        socialWorkerCount: area!.socialWorkerCount! - before.socialWorkerCount!,
      }).toEqual({ certifiedCaregiverCount: 1, socialWorkerCount: 0 });
      expect(errorCodes(await hub.query(NAME, { key: a }, 'analyst'))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await hub.query(INSTITUTION_CAREGIVERS, { code: home }, 'analyst'))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await hub.query(NAME, { key: a }, 'finance-system'))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await hub.query(SUBSIDY_TOTAL, {}, 'health-system'))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await hub.query(ENROLMENT_IDS, { key: b }, 'civil-affairs-system'))).toEqual(['FORBIDDEN']);
    });

    it('lets civil affairs, health and medical insurance read a caregiver’s identity and certificates, each read leaving an entry in the human-resources audit trail', async () => {
      const { a } = await aHomeWithStaff({ certifiedA: true });
      expectData(
        await hub.query(
          DECIDE,
          { input: { personKey: a, kind: 'CERTIFIED_CAREGIVER_HIRING_AWARD', decidedOn: '2025-01-15' } },
          hr,
        ),
      );
      for (const as of ['civil-affairs-system', 'health-system', 'medical-insurance-system'] as const) {
        expect(expectData(await hub.query(CARD, { key: a }, as)).caregiver).toEqual({
          name: '于秀英',
          certificates: [{ level: 'ELDER_CAREGIVER_LEVEL_4' }],
        });
      }
      const trail = expectData(await hub.query(AUDIT_TRAIL, { key: a }, 'auditor')).humanResourcesAuditTrail.items;
      const reads = trail.filter((entry) => entry.operation.startsWith('CaregiverCard'));
      expect(reads.map((entry) => entry.callerId).sort()).toEqual([
        'civil-affairs-system',
        'health-system',
        'medical-insurance-system',
      ]);
      expect(reads[0].kind).toBe('READ');
      expect(reads[0].fields).toContain('Caregiver.name');
      const writes = trail.filter((entry) => entry.kind === 'WRITE').map((entry) => entry.operation);
      expect(writes).toEqual(
        expect.arrayContaining([
          'registerCaregiver',
          'recordCaregiverCertificate',
          'decideCaregiverSubsidy',
        ]) as unknown,
      );
    });
  });
});
