import { LtciSettlement } from '../../../subgraphs/medical-insurance/settlement/ltci-settlement.entity';
import { isUniqueViolation } from '../../../subgraphs/shared/db/unique-violation';
import { addDays } from '../../../subgraphs/shared/seed/random';
import { addMonths, lastDayOf, monthOf } from '../../../subgraphs/shared/time/months';
import { todayIso } from '../../../subgraphs/shared/time/today';
import { anElder, anInstitution } from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import { uniqueCreditCode, uniqueIdNumber } from '../../support/builders/identifiers';
import {
  anLtciDesignation,
  anLtciEnrolment,
  changeLtciStatus,
  recordLtciAssessment,
} from '../../support/builders/medical-insurance';
import { graphql } from '../../support/graphql';
import type {
  EnrolInLtciInput,
  LtciDisabilityGrade,
  LtciScheme,
  SettleLtciMonthInput,
} from '../../support/graphql/graphql';
import {
  DATABASE_TARGETS,
  errorCodes,
  type GraphQLResult,
  HUB_START_TIMEOUT_MS,
  type OwnTestHub,
  startTestHub,
} from '../../support/test-hub';

const THIS_MONTH = monthOf(todayIso());
const M1 = addMonths(THIS_MONTH, -1);
const M2 = addMonths(THIS_MONTH, -2);
const M3 = addMonths(THIS_MONTH, -3);
const FEBRUARY = [...Array(12).keys()]
  .map((k) => addMonths(THIS_MONTH, -(k + 1)))
  .find((month) => month.endsWith('-02'))!;
const LONG_AGO = `${addMonths(THIS_MONTH, -24)}-01`;
const ASSESSED_ON = `${addMonths(THIS_MONTH, -13)}-01`;
const HOME_NAME = '乳山市夏村颐养院';

const ENROL = graphql(`
  mutation LtciEnrol($input: EnrolInLtciInput!) {
    enrolInLtci(input: $input) {
      personKey
      scheme
      since
      status
      statusSince
      districtCode
      townCode
    }
  }
`);

const CHANGE_STATUS = graphql(`
  mutation LtciChangeStatus($input: ChangeLtciEnrolmentStatusInput!) {
    changeLtciEnrolmentStatus(input: $input) {
      status
      statusSince
    }
  }
`);

const ASSESS = graphql(`
  mutation LtciAssess($input: RecordLtciAssessmentInput!) {
    recordLtciAssessment(input: $input) {
      grade
      gradeNumber
      assessedOn
      validUntil
      assessingOrganisation
      qualifiesForBenefits
    }
  }
`);

const DESIGNATE = graphql(`
  mutation LtciDesignate($input: DesignateLtciProviderInput!) {
    designateLtciProvider(input: $input) {
      id
      providerKind
      providerCode
      providerLevel
      designatedFrom
      designatedUntil
      inForce
    }
  }
`);

const UNDESIGNATE = graphql(`
  mutation LtciUndesignate($input: UndesignateLtciProviderInput!) {
    undesignateLtciProvider(input: $input) {
      providerCode
      designatedFrom
      designatedUntil
      inForce
    }
  }
`);

const SETTLE = graphql(`
  mutation LtciSettleMonth($input: SettleLtciMonthInput!) {
    settleLtciMonth(input: $input) {
      month
      careForm
      homeCareService
      payee
      scheme
      providerLevel
      days
      dailyCapFen
      fundRatioBasisPoints
      chargedFen
      amountFen
      fundFen
      selfPaidFen
      overCapFen
    }
  }
`);

const SETTLEMENT_IDS = graphql(`
  query LtciSettlementIdsOfElder($key: ID!) {
    elder(personKey: $key) {
      ltciSettlements {
        id
      }
    }
  }
`);

const ENROLMENT_OF = graphql(`
  query LtciEnrolmentOfElder($key: ID!) {
    elder(personKey: $key) {
      ltciEnrolment {
        scheme
      }
    }
  }
`);

const GRADES = graphql(`
  query LtciGradesOfElder($key: ID!) {
    elder(personKey: $key) {
      latestLtciGrade
      ltciAssessments {
        assessedOn
      }
    }
  }
`);

const DESIGNATIONS_OF = graphql(`
  query LtciDesignationsOfProvider($code: ID!) {
    ltciDesignations(filter: { providerCode: $code, inForceOnly: false }) {
      total
      items {
        providerCode
        designatedFrom
        designatedUntil
      }
    }
  }
`);

const DESIGNATION_OF_INSTITUTION = graphql(`
  query LtciDesignationOfInstitution($code: ID!) {
    institution(code: $code) {
      ltciDesignation {
        designatedUntil
        inForce
      }
    }
  }
`);

const ELDER_ACROSS_DEPARTMENTS = graphql(`
  query LtciElderAcrossDepartments($id: String!, $year: Int!, $home: ID!) {
    elderByIdNumber(idNumber: $id) {
      name
      age
      area {
        name
      }
      ltciEnrolment {
        scheme
        status
        since
      }
      latestLtciGrade
      ltciSettlements(year: $year) {
        month
        careForm
        days
        fundFen
        institution {
          name
          rating
        }
        medicalInstitution {
          code
        }
      }
    }
    institution(code: $home) {
      name
      rating
      ltciDesignation {
        providerLevel
        designatedFrom
        inForce
      }
    }
  }
`);

const AREA_FIGURES = graphql(`
  query LtciAreaFigures($district: ID!, $town: ID!) {
    district: area(code: $district) {
      name
      ltciFigures {
        enrolments {
          scheme
          status
          count
        }
        activeEmployeeEnrolments
        activeResidentEnrolments
        residentActiveShareBasisPoints
        designatedInstitutions
        designatedMedicalInstitutions
      }
    }
    city: area(code: "371000") {
      ltciFigures {
        activeEmployeeEnrolments
        activeResidentEnrolments
        designatedInstitutions
        designatedMedicalInstitutions
      }
    }
    town: area(code: $town) {
      ltciFigures {
        activeResidentEnrolments
        designatedInstitutions
      }
    }
  }
`);

const SHARED_WITH_DEPARTMENTS = graphql(`
  query LtciSharedWithDepartments($key: ID!) {
    elder(personKey: $key) {
      ltciEnrolment {
        scheme
      }
      latestLtciGrade
      ltciSettlements {
        id
      }
    }
  }
`);

const SETTLEMENT_TOTAL = graphql(`
  query LtciSettlementTotal {
    ltciSettlements {
      total
    }
  }
`);

const PUBLISHED = graphql(`
  query LtciPublished {
    ltciDesignations {
      total
    }
    ltciQualifyingGrades
    ltciRateTable {
      careForm
      providerLevel
      dailyCapFen
    }
    area(code: "371083") {
      ltciFigures {
        designatedInstitutions
      }
    }
  }
`);

/** The persons of the tests, as civil affairs registers them and medical insurance insures and grades them. */
const PERSONS = {
  /** Resident, grade 4: settled in the tests. */
  yu: { name: '于德明', district: '371083', town: '371083100', scheme: 'URBAN_RURAL_RESIDENT', since: LONG_AGO },
  /** Employee in 荣成, grade 3, valid to the end of this month. */
  sun: { name: '孙海洪', district: '371082', town: undefined, scheme: 'EMPLOYEE', since: LONG_AGO },
  /** Resident, grade 2: does not qualify. */
  li: { name: '李秀英', district: '371083', town: undefined, scheme: 'URBAN_RURAL_RESIDENT', since: LONG_AGO },
  /** Employee, grade 5, suspended in the tests that need it. */
  zhao: { name: '赵国华', district: '371083', town: undefined, scheme: 'EMPLOYEE', since: LONG_AGO },
  /** Never enrolled. */
  wang: { name: '王秀兰', district: '371083', town: undefined, scheme: 'URBAN_RURAL_RESIDENT', since: LONG_AGO },
  /** Resident enrolled on the 21st of last month, assessed that day. */
  qu: { name: '曲玉芳', district: '371083', town: undefined, scheme: 'URBAN_RURAL_RESIDENT', since: `${M1}-21` },
} as const satisfies Record<
  string,
  { name: string; district: string; town: string | undefined; scheme: LtciScheme; since: string }
>;
type Who = keyof typeof PERSONS;

const GRADES_OF: Record<Who, [LtciDisabilityGrade, string, string, string | undefined]> = {
  yu: ['SEVERE_DISABILITY_II', ASSESSED_ON, '乳山市长期护理保险失能评估中心', undefined],
  sun: ['SEVERE_DISABILITY_I', ASSESSED_ON, '荣成市失能评估中心', lastDayOf(THIS_MONTH)],
  li: ['MODERATE_DISABILITY', ASSESSED_ON, '乳山市失能评估中心', undefined],
  zhao: ['SEVERE_DISABILITY_III', ASSESSED_ON, '乳山市失能评估中心', undefined],
  wang: ['SEVERE_DISABILITY_III', ASSESSED_ON, '乳山市失能评估中心', undefined],
  qu: ['SEVERE_DISABILITY_III', `${M1}-21`, '乳山市失能评估中心', undefined],
};

describe.each(DATABASE_TARGETS)('long-term care insurance through the gateway (%s)', (target) => {
  // A hub of its own: one test reaches into medical insurance's database to prove its unique index.
  let hub: OwnTestHub;

  beforeAll(async () => {
    hub = await startTestHub(target);
  }, HUB_START_TIMEOUT_MS);
  afterAll(() => hub?.stop());

  const insurer = 'medical-insurance-system' as const;
  const expectRefused = (result: GraphQLResult<unknown>, code: string, field?: string) => {
    expect({ codes: errorCodes(result), field: result.errors?.[0].extensions?.field }).toEqual({
      codes: [code],
      field,
    });
  };

  /**
   * One of the persons, registered by civil affairs under a fresh ID number (which is how the
   * gateway reaches an elder by person key), enrolled in LTCI and graded unless told otherwise.
   */
  async function aPerson(
    who: Who,
    options: { enrolled?: boolean; assessed?: boolean; district?: string; town?: string } = {},
  ) {
    const enrolled = options.enrolled ?? who !== 'wang';
    const assessed = options.assessed ?? enrolled;
    const district: string = options.district ?? PERSONS[who].district;
    const town: string | undefined = options.town ?? PERSONS[who].town;
    const { name, scheme, since } = PERSONS[who];
    const { personKey, idNumber } = await anElder(hub)
      .named(name)
      .withIdFrom(district)
      .livingIn(district)
      .with({ livingSituation: 'EMPTY_NEST' })
      .register();
    if (enrolled) {
      const enrolment = anLtciEnrolment(hub).of(idNumber).since(since).inDistrict(district);
      if (town) enrolment.inTown(town);
      await (scheme === 'EMPLOYEE' ? enrolment.employee() : enrolment.resident()).enrol();
    }
    if (assessed) {
      const [grade, assessedOn, assessingOrganisation, validUntil] = GRADES_OF[who];
      await recordLtciAssessment(hub, personKey, grade, assessedOn, { assessingOrganisation, validUntil });
    }
    return { personKey, idNumber };
  }

  /**
   * The providers: a home registered with civil affairs and designated from long ago, a third-level
   * hospital and a community health centre designated, an elder-care institution never designated,
   * and one designated (in 荣成) until the end of three months ago.
   */
  async function providers({ district = '371083', town = '371083100' } = {}) {
    const { code: home } = await anInstitution(hub)
      .named(HOME_NAME)
      .inArea(town)
      .public()
      .openedOn('2015-06-01')
      .with({ rating: 4 })
      .register();
    await anLtciDesignation(hub).provider(home).inDistrict(district).inTown(town).from(LONG_AGO).designate();
    const medical = (level: 'MEDICAL_TERTIARY' | 'MEDICAL_PRIMARY') =>
      anLtciDesignation(hub).medicalInstitution(level).inDistrict(district).from(LONG_AGO).designate();
    const hospital = (await medical('MEDICAL_TERTIARY')).providerCode;
    const clinic = (await medical('MEDICAL_PRIMARY')).providerCode;
    const shortTerm = (await anLtciDesignation(hub).inDistrict('371082').from(LONG_AGO).designate()).providerCode;
    expectData(
      await hub.query(
        UNDESIGNATE,
        { input: { providerKind: 'ELDER_CARE_INSTITUTION', providerCode: shortTerm, designatedUntil: lastDayOf(M3) } },
        insurer,
      ),
    );
    const undesignated = uniqueCreditCode(hub, { areaCode: '371083', kind: '52' });
    return { home, hospital, clinic, shortTerm, undesignated };
  }

  /** Settles a month of institutional care at the provider, 20 days charged 1,000.00 元, unless told otherwise. */
  const settle = (
    personKey: string,
    overrides: Partial<SettleLtciMonthInput> & Pick<SettleLtciMonthInput, 'providerCode'>,
  ) =>
    hub.query(
      SETTLE,
      {
        input: {
          personKey,
          providerKind: 'ELDER_CARE_INSTITUTION',
          month: M1,
          careForm: 'INSTITUTIONAL',
          payee: 'PROVIDER',
          days: 20,
          chargedFen: 100_000,
          ...overrides,
        },
      },
      insurer,
    );
  const settled = async (...args: Parameters<typeof settle>) => expectData(await settle(...args)).settleLtciMonth;
  const settlementCount = async (personKey: string) =>
    expectData(await hub.query(SETTLEMENT_IDS, { key: personKey }, insurer)).elder!.ltciSettlements!.length;
  const enrolmentOf = async (personKey: string) =>
    expectData(await hub.query(ENROLMENT_OF, { key: personKey }, insurer)).elder!.ltciEnrolment;

  describe('enrolment', () => {
    it('enrols a person by ID number under the person key civil affairs also derives, storing no ID number', async () => {
      const yu = await aPerson('yu', { enrolled: false });
      const result = await hub.query(
        ENROL,
        {
          input: {
            idNumber: yu.idNumber,
            scheme: 'URBAN_RURAL_RESIDENT',
            since: LONG_AGO,
            districtCode: '371083',
            townCode: '371083100',
          },
        },
        insurer,
      );
      expect(expectData(result).enrolInLtci).toEqual({
        personKey: yu.personKey,
        scheme: 'URBAN_RURAL_RESIDENT',
        since: LONG_AGO,
        status: 'ACTIVE',
        statusSince: LONG_AGO,
        districtCode: '371083',
        townCode: '371083100',
      });
    });

    it('refuses to enrol a person already insured with CONFLICT, and bad ID numbers, districts, towns and dates with BAD_USER_INPUT', async () => {
      const yu = await aPerson('yu', { assessed: false });
      const wang = await aPerson('wang');
      const enrol = (input: Partial<EnrolInLtciInput> & Pick<EnrolInLtciInput, 'idNumber'>) =>
        hub.query(
          ENROL,
          { input: { scheme: 'URBAN_RURAL_RESIDENT', since: LONG_AGO, districtCode: '371083', ...input } },
          insurer,
        );
      expectRefused(await enrol({ idNumber: yu.idNumber, scheme: 'EMPLOYEE' }), 'CONFLICT', 'idNumber');
      const id = wang.idNumber;
      expectRefused(
        await enrol({ idNumber: id.slice(0, 17) + (id[17] === '0' ? '1' : '0') }),
        'BAD_USER_INPUT',
        'idNumber',
      );
      expectRefused(await enrol({ idNumber: id, districtCode: '371000' }), 'BAD_USER_INPUT', 'districtCode');
      expectRefused(await enrol({ idNumber: id, townCode: '371082100' }), 'BAD_USER_INPUT', 'townCode');
      expectRefused(await enrol({ idNumber: id, since: addDays(todayIso(), 1) }), 'BAD_USER_INPUT', 'since');
      expect(await enrolmentOf(wang.personKey)).toBeNull();
    });

    it('suspends an enrolment, refuses the same status again, and re-opens an ended one on a new enrolment', async () => {
      const zhao = await aPerson('zhao', { assessed: false });
      const change = (personKey: string, status: 'SUSPENDED' | 'ENDED', effectiveOn: string) =>
        hub.query(CHANGE_STATUS, { input: { personKey, status, effectiveOn } }, insurer);
      const suspended = await change(zhao.personKey, 'SUSPENDED', `${M3}-01`);
      expect(expectData(suspended).changeLtciEnrolmentStatus).toEqual({ status: 'SUSPENDED', statusSince: `${M3}-01` });
      expectRefused(await change(zhao.personKey, 'SUSPENDED', `${M2}-01`), 'CONFLICT', 'status');
      expectRefused(await change(zhao.personKey, 'ENDED', LONG_AGO), 'BAD_USER_INPUT', 'effectiveOn');

      const tempId = uniqueIdNumber(hub, { addressCode: '371083', birthDate: '1951-04-04' });
      const temp = await anLtciEnrolment(hub).of(tempId).employee().since(LONG_AGO).inDistrict('371083').enrol();
      expectData(await change(temp.personKey, 'ENDED', `${M3}-15`));
      const reenrol = (since: string) =>
        hub.query(
          ENROL,
          { input: { idNumber: tempId, scheme: 'URBAN_RURAL_RESIDENT', since, districtCode: '371002' } },
          insurer,
        );
      expectRefused(await reenrol(`${M3}-10`), 'BAD_USER_INPUT', 'since');
      expect(expectData(await reenrol(`${M2}-01`)).enrolInLtci).toMatchObject({
        personKey: temp.personKey,
        scheme: 'URBAN_RURAL_RESIDENT',
        status: 'ACTIVE',
        since: `${M2}-01`,
        districtCode: '371002',
      });
    });
  });

  describe('disability assessments', () => {
    it('records an assessment valid 24 months by default, and a given validity as given', async () => {
      const assess = (personKey: string, grade: LtciDisabilityGrade, assessingOrganisation: string, extra = {}) =>
        hub.query(
          ASSESS,
          { input: { personKey, grade, assessedOn: ASSESSED_ON, assessingOrganisation, ...extra } },
          insurer,
        );
      const yu = await aPerson('yu', { assessed: false });
      expect(
        expectData(await assess(yu.personKey, 'SEVERE_DISABILITY_II', '乳山市长期护理保险失能评估中心'))
          .recordLtciAssessment,
      ).toEqual({
        grade: 'SEVERE_DISABILITY_II',
        gradeNumber: 4,
        assessedOn: ASSESSED_ON,
        validUntil: addDays(`${addMonths(ASSESSED_ON.slice(0, 7), 24)}-01`, -1),
        assessingOrganisation: '乳山市长期护理保险失能评估中心',
        qualifiesForBenefits: true,
      });
      const sun = await aPerson('sun', { assessed: false });
      expect(
        expectData(
          await assess(sun.personKey, 'SEVERE_DISABILITY_I', '荣成市失能评估中心', {
            validUntil: lastDayOf(THIS_MONTH),
          }),
        ).recordLtciAssessment,
      ).toMatchObject({ gradeNumber: 3, validUntil: lastDayOf(THIS_MONTH), qualifiesForBenefits: true });
      const li = await aPerson('li', { assessed: false });
      expect(
        expectData(await assess(li.personKey, 'MODERATE_DISABILITY', '乳山市失能评估中心')).recordLtciAssessment,
      ).toMatchObject({ gradeNumber: 2, qualifiesForBenefits: false });
    });

    it('refuses an assessment of an unenrolled person, a second on the same day, and bad dates or organisation, writing nothing', async () => {
      const yu = await aPerson('yu');
      const wang = await aPerson('wang');
      const base = {
        personKey: yu.personKey,
        grade: 'SEVERE_DISABILITY_III' as const,
        assessedOn: `${M2}-05`,
        assessingOrganisation: '乳山市失能评估中心',
      };
      const assess = (input: Partial<typeof base> & { validUntil?: string }) =>
        hub.query(ASSESS, { input: { ...base, ...input } }, insurer);
      expectRefused(await assess({ personKey: wang.personKey }), 'BAD_USER_INPUT', 'personKey');
      expectRefused(await assess({ assessedOn: ASSESSED_ON }), 'CONFLICT', 'assessedOn');
      expectRefused(await assess({ assessedOn: addDays(todayIso(), 1) }), 'BAD_USER_INPUT', 'assessedOn');
      expectRefused(await assess({ validUntil: `${M2}-04` }), 'BAD_USER_INPUT', 'validUntil');
      expectRefused(await assess({ assessingOrganisation: '  ' }), 'BAD_USER_INPUT', 'assessingOrganisation');
      expect(expectData(await hub.query(GRADES, { key: yu.personKey }, insurer)).elder).toEqual({
        latestLtciGrade: 'SEVERE_DISABILITY_II',
        ltciAssessments: [{ assessedOn: ASSESSED_ON }],
      });
    });
  });

  describe('designations', () => {
    it('designates an elder-care institution and medical institutions from a date', async () => {
      const { code: home } = await anInstitution(hub).named(HOME_NAME).inArea('371083100').public().register();
      const result = await hub.query(
        DESIGNATE,
        {
          input: {
            providerKind: 'ELDER_CARE_INSTITUTION',
            providerCode: home.toLowerCase(),
            providerLevel: 'ELDER_CARE',
            districtCode: '371083',
            townCode: '371083100',
            designatedFrom: LONG_AGO,
          },
        },
        insurer,
      );
      expect(expectData(result).designateLtciProvider).toMatchObject({
        providerKind: 'ELDER_CARE_INSTITUTION',
        providerCode: home,
        providerLevel: 'ELDER_CARE',
        designatedFrom: LONG_AGO,
        designatedUntil: null,
        inForce: true,
      });
      for (const level of ['MEDICAL_TERTIARY', 'MEDICAL_PRIMARY'] as const) {
        const providerCode = uniqueCreditCode(hub, { areaCode: '371083', kind: '12' });
        const medical = await hub.query(
          DESIGNATE,
          {
            input: {
              providerKind: 'MEDICAL_INSTITUTION',
              providerCode,
              providerLevel: level,
              districtCode: '371083',
              designatedFrom: LONG_AGO,
            },
          },
          insurer,
        );
        expect(expectData(medical).designateLtciProvider).toMatchObject({
          providerCode,
          providerLevel: level,
          inForce: true,
        });
      }
    });

    it('refuses an overlapping designation with CONFLICT and a bad code or level with BAD_USER_INPUT', async () => {
      const home = (await anLtciDesignation(hub).inDistrict('371083').from(LONG_AGO).designate()).providerCode;
      const undesignated = uniqueCreditCode(hub, { areaCode: '371083', kind: '52' });
      const base = {
        providerKind: 'ELDER_CARE_INSTITUTION' as const,
        providerCode: home,
        providerLevel: 'ELDER_CARE' as const,
        districtCode: '371083',
        designatedFrom: `${M2}-01`,
      };
      const designate = (
        input: Partial<Omit<typeof base, 'providerLevel'>> & {
          providerLevel?: 'MEDICAL_TERTIARY';
          designatedUntil?: string;
        },
      ) => hub.query(DESIGNATE, { input: { ...base, ...input } }, insurer);
      expectRefused(await designate({}), 'CONFLICT', 'designatedFrom');
      expectRefused(
        await designate({ providerCode: undesignated, providerLevel: 'MEDICAL_TERTIARY' }),
        'BAD_USER_INPUT',
        'providerLevel',
      );
      expectRefused(
        await designate({ providerCode: undesignated.slice(0, 17) + (undesignated[17] === '0' ? '1' : '0') }),
        'BAD_USER_INPUT',
        'providerCode',
      );
      expectRefused(
        await designate({ providerCode: undesignated, designatedUntil: `${M3}-01` }),
        'BAD_USER_INPUT',
        'designatedUntil',
      );
      const designations = async (code: string) =>
        expectData(await hub.query(DESIGNATIONS_OF, { code }, 'developer')).ltciDesignations;
      expect(await designations(home)).toEqual({
        total: 1,
        items: [{ providerCode: home, designatedFrom: LONG_AGO, designatedUntil: null }],
      });
      expect(await designations(undesignated)).toEqual({ total: 0, items: [] });
    });

    it('undesignates a provider from a date, after which it is not designated', async () => {
      const shortTerm = (await anLtciDesignation(hub).inDistrict('371082').from(LONG_AGO).designate()).providerCode;
      const undesignated = uniqueCreditCode(hub, { areaCode: '371083', kind: '52' });
      const undesignate = (providerCode: string, designatedUntil: string) =>
        hub.query(
          UNDESIGNATE,
          { input: { providerKind: 'ELDER_CARE_INSTITUTION', providerCode, designatedUntil } },
          insurer,
        );
      expect(expectData(await undesignate(shortTerm, lastDayOf(M3))).undesignateLtciProvider).toEqual({
        providerCode: shortTerm,
        designatedFrom: LONG_AGO,
        designatedUntil: lastDayOf(M3),
        inForce: false,
      });
      expectRefused(await undesignate(shortTerm, lastDayOf(M2)), 'CONFLICT', 'providerCode');
      expectRefused(await undesignate(undesignated, lastDayOf(M2)), 'CONFLICT', 'providerCode');
    });
  });

  describe('monthly settlements', () => {
    it('settles institutional care of a resident over the cap: 20 days × 60.00 元 = 1,200.00 元 settled, 75 % from the fund', async () => {
      const { home } = await providers();
      const yu = await aPerson('yu');
      expect(await settled(yu.personKey, { providerCode: home, month: M1, days: 20, chargedFen: 163_457 })).toEqual({
        month: M1,
        careForm: 'INSTITUTIONAL',
        homeCareService: null,
        payee: 'PROVIDER',
        scheme: 'URBAN_RURAL_RESIDENT',
        providerLevel: 'ELDER_CARE',
        days: 20,
        dailyCapFen: 6_000,
        fundRatioBasisPoints: 7_500,
        chargedFen: 163_457,
        amountFen: 120_000,
        fundFen: 90_000,
        selfPaidFen: 30_000,
        overCapFen: 43_457,
      });
    });

    it('rounds the fund share half up to the fen: 75 % of 1,234.58 元 is 925.935 元, paid as 925.94 元', async () => {
      const { home } = await providers();
      const yu = await aPerson('yu');
      expect(
        await settled(yu.personKey, { providerCode: home, month: M2, days: 25, chargedFen: 123_458 }),
      ).toMatchObject({
        days: 25,
        chargedFen: 123_458,
        amountFen: 123_458,
        fundFen: 92_594,
        selfPaidFen: 30_864,
        overCapFen: 0,
      });
    });

    it('settles specialist medical care in a third-level hospital in the same month, at its own cap and the residents’ 80 %', async () => {
      const { home, hospital } = await providers();
      const yu = await aPerson('yu');
      await settled(yu.personKey, { providerCode: home, month: M1, days: 20, chargedFen: 163_457 });
      expect(
        await settled(yu.personKey, {
          providerKind: 'MEDICAL_INSTITUTION',
          providerCode: hospital,
          careForm: 'SPECIALIST_MEDICAL',
          month: M1,
          days: 6,
          chargedFen: 118_765,
        }),
      ).toMatchObject({
        providerLevel: 'MEDICAL_TERTIARY',
        dailyCapFen: 20_000,
        fundRatioBasisPoints: 8_000,
        days: 6,
        amountFen: 118_765,
        fundFen: 95_012,
        selfPaidFen: 23_753,
        overCapFen: 0,
      });
    });

    it('pays daily-life home care of an employee to the person, at the employees’ 90 %', async () => {
      const { clinic } = await providers();
      const sun = await aPerson('sun');
      expect(
        await settled(sun.personKey, {
          providerKind: 'MEDICAL_INSTITUTION',
          providerCode: clinic,
          careForm: 'HOME',
          homeCareService: 'DAILY_LIFE',
          payee: 'INSURED_PERSON',
          month: M1,
          days: 28,
          chargedFen: 140_001,
        }),
      ).toMatchObject({
        careForm: 'HOME',
        homeCareService: 'DAILY_LIFE',
        payee: 'INSURED_PERSON',
        scheme: 'EMPLOYEE',
        dailyCapFen: 5_000,
        fundRatioBasisPoints: 9_000,
        amountFen: 140_000,
        fundFen: 126_000,
        selfPaidFen: 14_000,
        overCapFen: 1,
      });
    });

    it('refuses a second settlement of the same person, provider and month with CONFLICT, writing nothing', async () => {
      const { home, hospital } = await providers();
      const yu = await aPerson('yu');
      await settled(yu.personKey, { providerCode: home, month: M1, days: 20, chargedFen: 163_457 });
      const specialist = {
        providerKind: 'MEDICAL_INSTITUTION' as const,
        providerCode: hospital,
        careForm: 'SPECIALIST_MEDICAL' as const,
        month: M1,
      };
      await settled(yu.personKey, { ...specialist, days: 6, chargedFen: 118_765 });
      const before = await settlementCount(yu.personKey);
      expect(before).toBe(2);
      expectRefused(
        await settle(yu.personKey, { providerCode: home, month: M1, days: 2, chargedFen: 10_000 }),
        'CONFLICT',
        'month',
      );
      expectRefused(await settle(yu.personKey, { ...specialist, days: 1, chargedFen: 1 }), 'CONFLICT', 'month');
      expect(await settlementCount(yu.personKey)).toBe(before);
    });

    it('keeps a unique index on person, provider and month, so the database refuses a duplicate even a write skipping the checks would make', async () => {
      const { home } = await providers();
      const yu = await aPerson('yu');
      await settled(yu.personKey, { providerCode: home, month: M1 });
      const { dataSource } = hub.subgraphs['medical-insurance'].database;
      const settlements = dataSource.getRepository(LtciSettlement);
      const original = await settlements.findOneByOrFail({ personKey: yu.personKey, providerCode: home, month: M1 });
      const { id: _id, createdAt: _createdAt, ...copy } = original;
      // In a transaction, as every write of the department is (its change log is written on commit).
      const error = await dataSource
        .transaction((manager) => manager.insert(LtciSettlement, { ...copy, days: 1 }))
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(isUniqueViolation(error)).toBe(true);
      expect(await settlements.countBy({ personKey: yu.personKey, providerCode: home, month: M1 })).toBe(1);
    });

    it('refuses unenrolled, suspended and non-qualifying persons, naming personKey', async () => {
      const { home } = await providers();
      const wang = await aPerson('wang');
      const zhao = await aPerson('zhao');
      await changeLtciStatus(hub, zhao.personKey, 'SUSPENDED', `${M3}-01`);
      const li = await aPerson('li');
      expectRefused(await settle(wang.personKey, { providerCode: home }), 'BAD_USER_INPUT', 'personKey');
      expectRefused(await settle(zhao.personKey, { providerCode: home }), 'BAD_USER_INPUT', 'personKey');
      expectRefused(await settle(li.personKey, { providerCode: home }), 'BAD_USER_INPUT', 'personKey');
      expect(await settlementCount(li.personKey)).toBe(0);
    });

    it('refuses providers not designated in the month, or not paid for the care form at their level', async () => {
      const { home, shortTerm, undesignated } = await providers();
      const yu = (await aPerson('yu')).personKey;
      expectRefused(await settle(yu, { providerCode: undesignated, month: M3 }), 'BAD_USER_INPUT', 'providerCode');
      expectRefused(await settle(yu, { providerCode: shortTerm, month: M2 }), 'BAD_USER_INPUT', 'providerCode');
      expectRefused(
        await settle(yu, { providerKind: 'MEDICAL_INSTITUTION', providerCode: home, month: M3 }),
        'BAD_USER_INPUT',
        'providerCode',
      );
      expectRefused(
        await settle(yu, { providerCode: home, careForm: 'SPECIALIST_MEDICAL', month: M3 }),
        'BAD_USER_INPUT',
        'careForm',
      );
      expect(await settled(yu, { providerCode: shortTerm, month: M3, days: 10, chargedFen: 60_000 })).toMatchObject({
        amountFen: 60_000,
        fundFen: 45_000,
        selfPaidFen: 15_000,
      });
    });

    it('refuses days the month cannot hold: more than its days, before the enrolment, or beyond what other providers left', async () => {
      const { home, clinic } = await providers();
      const sun = (await aPerson('sun')).personKey;
      const qu = (await aPerson('qu')).personKey;
      const februaryDays = Number(lastDayOf(FEBRUARY).slice(8));
      expectRefused(
        await settle(sun, { providerCode: home, month: FEBRUARY, days: februaryDays + 1 }),
        'BAD_USER_INPUT',
        'days',
      );
      expectRefused(await settle(sun, { providerCode: home, month: M3, days: 0 }), 'BAD_USER_INPUT', 'days');
      expectRefused(await settle(qu, { providerCode: home, month: M1, days: 15 }), 'BAD_USER_INPUT', 'days');
      await settled(sun, { providerCode: home, month: FEBRUARY, days: 20, chargedFen: 120_000 });
      const homeMedical = {
        providerKind: 'MEDICAL_INSTITUTION' as const,
        providerCode: clinic,
        careForm: 'HOME' as const,
        homeCareService: 'MEDICAL' as const,
        month: FEBRUARY,
      };
      expectRefused(await settle(sun, { ...homeMedical, days: februaryDays - 19 }), 'BAD_USER_INPUT', 'days');
      expect(await settled(sun, { ...homeMedical, days: februaryDays - 20, chargedFen: 0 })).toMatchObject({
        amountFen: 0,
        fundFen: 0,
        selfPaidFen: 0,
        overCapFen: 0,
      });
    });

    it('refuses the current month, wrong payees and a home-care service for other forms', async () => {
      const { home } = await providers();
      const yu = (await aPerson('yu')).personKey;
      const at = { providerCode: home, month: M3 };
      expectRefused(await settle(yu, { ...at, month: THIS_MONTH }), 'BAD_USER_INPUT', 'month');
      expectRefused(await settle(yu, { ...at, month: '2025-13' }), 'BAD_USER_INPUT', 'month');
      expectRefused(await settle(yu, { ...at, payee: 'INSURED_PERSON' }), 'BAD_USER_INPUT', 'payee');
      expectRefused(
        await settle(yu, { ...at, careForm: 'HOME', homeCareService: 'MEDICAL', payee: 'INSURED_PERSON' }),
        'BAD_USER_INPUT',
        'payee',
      );
      expectRefused(await settle(yu, { ...at, homeCareService: 'DAILY_LIFE' }), 'BAD_USER_INPUT', 'homeCareService');
      expectRefused(await settle(yu, { ...at, chargedFen: -1 }), 'BAD_USER_INPUT', 'chargedFen');
      expect(await settlementCount(yu)).toBe(0);
    });

    it('refuses to end a designation before the end of a month already settled under it', async () => {
      const { home } = await providers();
      const yu = (await aPerson('yu')).personKey;
      await settled(yu, { providerCode: home, month: M1 });
      expectRefused(
        await hub.query(
          UNDESIGNATE,
          { input: { providerKind: 'ELDER_CARE_INSTITUTION', providerCode: home, designatedUntil: `${M1}-10` } },
          insurer,
        ),
        'CONFLICT',
        'designatedUntil',
      );
      const still = expectData(await hub.query(DESIGNATION_OF_INSTITUTION, { code: home }, 'analyst'));
      expect(still.institution!.ltciDesignation).toEqual({ designatedUntil: null, inForce: true });
    });
  });

  describe('one request across departments', () => {
    it('returns an elder’s civil-affairs profile with their LTCI enrolment, latest grade and this year’s settlements, and an institution’s rating with its designation', async () => {
      const { home, hospital, shortTerm } = await providers();
      const yu = await aPerson('yu');
      await settled(yu.personKey, { providerCode: home, month: M1, days: 20, chargedFen: 163_457 });
      await settled(yu.personKey, { providerCode: home, month: M2, days: 25, chargedFen: 123_458 });
      await settled(yu.personKey, {
        providerKind: 'MEDICAL_INSTITUTION',
        providerCode: hospital,
        careForm: 'SPECIALIST_MEDICAL',
        month: M1,
        days: 6,
        chargedFen: 118_765,
      });
      await settled(yu.personKey, { providerCode: shortTerm, month: M3, days: 10, chargedFen: 60_000 });
      const year = Number(M1.slice(0, 4));
      const result = await hub.query(ELDER_ACROSS_DEPARTMENTS, { id: yu.idNumber, year, home }, 'health-system');
      const { elderByIdNumber: elder, institution } = expectData(result);
      const homeSeen = { name: HOME_NAME, rating: 4 };
      const expected = [
        {
          month: M1,
          careForm: 'INSTITUTIONAL',
          days: 20,
          fundFen: 90_000,
          institution: homeSeen,
          medicalInstitution: null,
        },
        {
          month: M1,
          careForm: 'SPECIALIST_MEDICAL',
          days: 6,
          fundFen: 95_012,
          institution: null,
          medicalInstitution: { code: hospital },
        },
        {
          month: M2,
          careForm: 'INSTITUTIONAL',
          days: 25,
          fundFen: 92_594,
          institution: homeSeen,
          medicalInstitution: null,
        },
        {
          month: M3,
          careForm: 'INSTITUTIONAL',
          days: 10,
          fundFen: 45_000,
          institution: null,
          medicalInstitution: null,
        },
      ].filter((s) => s.month.startsWith(String(year)));
      expect(elder).toMatchObject({
        name: '于德明',
        area: { name: '乳山市' },
        ltciEnrolment: { scheme: 'URBAN_RURAL_RESIDENT', status: 'ACTIVE', since: LONG_AGO },
        latestLtciGrade: 'SEVERE_DISABILITY_II',
      });
      // The M3 settlement was with the short-term provider, which civil affairs does not know: its stub resolves to null there.
      const settlements = elder!.ltciSettlements;
      expect(settlements!.map((s) => [s.month, s.careForm, s.days, s.fundFen])).toEqual(
        expected.map((s) => [s.month, s.careForm, s.days, s.fundFen]),
      );
      expect(settlements!.filter((s) => s.month !== M3)).toEqual(expected.filter((s) => s.month !== M3));
      expect(institution).toEqual({
        name: HOME_NAME,
        rating: 4,
        ltciDesignation: { providerLevel: 'ELDER_CARE', designatedFrom: LONG_AGO, inForce: true },
      });
    });

    it('gives an area its enrolment by scheme and designated institutions, counted from the bureau’s own records', async () => {
      // 文登区 and its 龙山路街道, where no other test of this file insures or designates anyone, are counted
      // whole; the city also counts the other tests' records, so it is read as what this test adds.
      const [district, town] = ['371003', '371003001'];
      const figures = async () => expectData(await hub.query(AREA_FIGURES, { district, town }, 'analyst'));
      const cityBefore = (await figures()).city!.ltciFigures!;
      await providers({ district, town });
      await aPerson('yu', { district, town });
      await aPerson('li', { district });
      await aPerson('qu', { district });
      const zhao = await aPerson('zhao', { district });
      await changeLtciStatus(hub, zhao.personKey, 'SUSPENDED', `${M3}-01`);
      await aPerson('sun');
      // A resident of 文登 who ended and re-enrolled in 环翠.
      const movedId = uniqueIdNumber(hub, { addressCode: district, birthDate: '1951-04-04' });
      const moved = await anLtciEnrolment(hub).of(movedId).employee().since(LONG_AGO).inDistrict(district).enrol();
      await changeLtciStatus(hub, moved.personKey, 'ENDED', `${M3}-15`);
      await anLtciEnrolment(hub).of(movedId).resident().since(`${M2}-01`).inDistrict('371002').enrol();

      const after = await figures();
      // 文登区: residents 于 (active), 李 (active), 曲 (active); employees 赵 (suspended). 荣成市: 孙 (employee). 环翠区: the re-enrolled resident.
      expect(after.district!.ltciFigures).toEqual({
        enrolments: [
          { scheme: 'EMPLOYEE', status: 'ACTIVE', count: 0 },
          { scheme: 'EMPLOYEE', status: 'SUSPENDED', count: 1 },
          { scheme: 'EMPLOYEE', status: 'ENDED', count: 0 },
          { scheme: 'URBAN_RURAL_RESIDENT', status: 'ACTIVE', count: 3 },
          { scheme: 'URBAN_RURAL_RESIDENT', status: 'SUSPENDED', count: 0 },
          { scheme: 'URBAN_RURAL_RESIDENT', status: 'ENDED', count: 0 },
        ],
        activeEmployeeEnrolments: 0,
        activeResidentEnrolments: 3,
        residentActiveShareBasisPoints: 10_000,
        designatedInstitutions: 1,
        designatedMedicalInstitutions: 2,
      });
      const city = after.city!.ltciFigures!;
      expect({
        activeEmployeeEnrolments: city.activeEmployeeEnrolments - cityBefore.activeEmployeeEnrolments,
        activeResidentEnrolments: city.activeResidentEnrolments - cityBefore.activeResidentEnrolments,
        designatedInstitutions: city.designatedInstitutions - cityBefore.designatedInstitutions,
        designatedMedicalInstitutions: city.designatedMedicalInstitutions - cityBefore.designatedMedicalInstitutions,
      }).toEqual({
        activeEmployeeEnrolments: 1,
        activeResidentEnrolments: 4,
        designatedInstitutions: 1,
        designatedMedicalInstitutions: 2,
      });
      expect(after.town!.ltciFigures).toEqual({ activeResidentEnrolments: 1, designatedInstitutions: 1 });
    });
  });

  describe('access', () => {
    it('shares enrolment, grades and settlements with civil affairs and health, and with no other department', async () => {
      const { home } = await providers();
      const yu = (await aPerson('yu')).personKey;
      await settled(yu, { providerCode: home, month: M1 });
      for (const as of ['civil-affairs-system', 'health-system'] as const) {
        const result = await hub.query(SHARED_WITH_DEPARTMENTS, { key: yu }, as);
        expect({ as, errors: result.errors }).toEqual({ as, errors: undefined });
        expect(result.data!.elder).toMatchObject({
          ltciEnrolment: { scheme: 'URBAN_RURAL_RESIDENT' },
          latestLtciGrade: 'SEVERE_DISABILITY_II',
        });
        expect(result.data!.elder!.ltciSettlements).toHaveLength(1);
      }
      for (const as of ['finance-system', 'human-resources-system'] as const) {
        expect({ as, codes: errorCodes(await hub.query(ENROLMENT_OF, { key: yu }, as)) }).toEqual({
          as,
          codes: ['FORBIDDEN'],
        });
      }
      expect(errorCodes(await hub.query(SETTLEMENT_TOTAL, {}, 'analyst'))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await hub.query(SETTLEMENT_TOTAL, {}, 'finance-system'))).toEqual(['FORBIDDEN']);
    });

    it('publishes designations, area figures and the rate table to every department and to analysts and developers', async () => {
      for (const as of ['finance-system', 'human-resources-system', 'analyst', 'developer'] as const) {
        const result = await hub.query(PUBLISHED, {}, as);
        expect({ as, errors: result.errors }).toEqual({ as, errors: undefined });
        expect(result.data!.ltciQualifyingGrades).toEqual([
          'SEVERE_DISABILITY_I',
          'SEVERE_DISABILITY_II',
          'SEVERE_DISABILITY_III',
        ]);
      }
    });

    it('lets only its own system write: other departments and analysts are refused with FORBIDDEN and nothing is written', async () => {
      const { home } = await providers();
      const yu = await aPerson('yu');
      const wang = await aPerson('wang');
      for (const as of ['civil-affairs-system', 'health-system', 'finance-system', 'analyst'] as const) {
        const result = await hub.query(
          ENROL,
          { input: { idNumber: wang.idNumber, scheme: 'EMPLOYEE', since: LONG_AGO, districtCode: '371083' } },
          as,
        );
        expect({ as, codes: errorCodes(result) }).toEqual({ as, codes: ['FORBIDDEN'] });
      }
      const readOnly = await hub.mint({
        sub: 'insurance-reader',
        role: 'department-system',
        department: 'medical-insurance',
      });
      const refused = await hub.queryWithHeaders({ authorization: `Bearer ${readOnly}` }, SETTLE.toString(), {
        input: {
          personKey: yu.personKey,
          providerKind: 'ELDER_CARE_INSTITUTION',
          providerCode: home,
          month: M3,
          careForm: 'INSTITUTIONAL',
          payee: 'PROVIDER',
          days: 1,
          chargedFen: 1,
        },
      });
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
      expect(await settlementCount(yu.personKey)).toBe(0);
      expect(await enrolmentOf(wang.personKey)).toBeNull();
    });
  });
});
