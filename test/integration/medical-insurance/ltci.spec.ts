import { LtciSettlement } from '../../../subgraphs/medical-insurance/settlement/ltci-settlement.entity';
import { isUniqueViolation } from '../../../subgraphs/shared/db/unique-violation';
import { creditCodeCheckCharacter } from '../../../subgraphs/shared/identity/credit-code';
import { addDays } from '../../../subgraphs/shared/seed/random';
import { addMonths, lastDayOf, monthOf } from '../../../subgraphs/shared/time/months';
import { todayIso } from '../../../subgraphs/shared/time/today';
import { idNumber } from '../../support/builders/identifiers';
import { DATABASE_TARGETS, errorCodes, type GraphQLResult, startTestHub, type TestHub } from '../../support/test-hub';

/** A valid credit code from its first 17 characters. */
const credit = (first17: string) => first17 + creditCodeCheckCharacter(first17);
const HOME = credit('12371083MB0000101'); // elder-care institution, registered with civil affairs, designated
const HOSPITAL = credit('12371083MA0000201'); // third-level hospital, designated
const CLINIC = credit('12371083MA0000301'); // community health centre, designated (primary)
const UNDESIGNATED = credit('52371083MC0000401'); // elder-care institution never designated
const SHORT_TERM = credit('52371083MC0000501'); // elder-care institution designated, then undesignated

const YU = idNumber('371083', '1944-05-20', 13); // resident, grade 4: settled in the tests
const SUN = idNumber('371082', '1950-01-11', 15); // employee, grade 3
const LI = idNumber('371083', '1952-07-07', 17); // resident, grade 2: does not qualify
const ZHAO = idNumber('371083', '1947-03-03', 19); // enrolled, then suspended
const WANG = idNumber('371083', '1955-09-09', 21); // never enrolled
const QU = idNumber('371083', '1949-12-12', 23); // enrolled mid-month

const THIS_MONTH = monthOf(todayIso());
const M1 = addMonths(THIS_MONTH, -1);
const M2 = addMonths(THIS_MONTH, -2);
const M3 = addMonths(THIS_MONTH, -3);
const FEBRUARY = [...Array(12).keys()]
  .map((k) => addMonths(THIS_MONTH, -(k + 1)))
  .find((month) => month.endsWith('-02'))!;
const LONG_AGO = `${addMonths(THIS_MONTH, -24)}-01`;
const ASSESSED_ON = `${addMonths(THIS_MONTH, -13)}-01`;

const ENROL = `mutation($input: EnrolInLtciInput!) { enrolInLtci(input: $input) { personKey scheme since status statusSince districtCode townCode } }`;
const CHANGE_STATUS = `mutation($input: ChangeLtciEnrolmentStatusInput!) { changeLtciEnrolmentStatus(input: $input) { status statusSince } }`;
const ASSESS = `mutation($input: RecordLtciAssessmentInput!) { recordLtciAssessment(input: $input) { grade gradeNumber assessedOn validUntil assessingOrganisation qualifiesForBenefits } }`;
const DESIGNATE = `mutation($input: DesignateLtciProviderInput!) { designateLtciProvider(input: $input) { id providerKind providerCode providerLevel designatedFrom designatedUntil inForce } }`;
const UNDESIGNATE = `mutation($input: UndesignateLtciProviderInput!) { undesignateLtciProvider(input: $input) { providerCode designatedFrom designatedUntil inForce } }`;
const SETTLE = `mutation($input: SettleLtciMonthInput!) {
  settleLtciMonth(input: $input) { month careForm homeCareService payee scheme providerLevel days dailyCapFen fundRatioBp chargedFen amountFen fundFen selfPaidFen overCapFen }
}`;

describe.each(DATABASE_TARGETS)('long-term care insurance through the gateway (%s)', (target) => {
  let hub: TestHub;
  const keys: Record<string, string> = {};
  const insurer = (query: string, variables?: Record<string, unknown>) =>
    hub.query(query, variables, 'medical-insurance-system');
  const expectRefused = (result: GraphQLResult, code: string, field?: string) => {
    expect({ codes: errorCodes(result), field: result.errors?.[0].extensions?.field }).toEqual({
      codes: [code],
      field,
    });
  };
  const settle = (person: string, overrides: Record<string, unknown>) =>
    insurer(SETTLE, {
      input: {
        personKey: keys[person],
        providerKind: 'ELDER_CARE_INSTITUTION',
        providerCode: HOME,
        month: M1,
        careForm: 'INSTITUTIONAL',
        payee: 'PROVIDER',
        days: 20,
        chargedFen: 100_000,
        ...overrides,
      },
    });
  const settlementCount = async (person: string) => {
    const result = await insurer(`query($key: ID!) { elder(personKey: $key) { ltciSettlements { id } } }`, {
      key: keys[person],
    });
    expect(result.errors).toBeUndefined();
    return result.data!.elder.ltciSettlements.length as number;
  };

  beforeAll(async () => {
    hub = await startTestHub(target);
    const home = await hub.query(
      `mutation($home: RegisterInstitutionInput!) { registerInstitution(input: $home) { code } }`,
      {
        home: {
          code: HOME,
          name: '乳山市夏村颐养院',
          areaCode: '371083100',
          ownership: 'PUBLIC',
          openedOn: '2015-06-01',
          rating: 4,
        },
      },
    );
    expect(home.errors).toBeUndefined();
    // Every person is in civil affairs' registry, which is how the gateway reaches an elder by person key.
    for (const [name, id, fullName] of [
      ['yu', YU, '于德明'],
      ['sun', SUN, '孙海洪'],
      ['li', LI, '李秀英'],
      ['zhao', ZHAO, '赵国华'],
      ['wang', WANG, '王秀兰'],
      ['qu', QU, '曲玉芳'],
    ] as const) {
      const elder = await hub.query(
        `mutation($elder: RegisterElderInput!) { registerElder(input: $elder) { personKey } }`,
        {
          elder: {
            idNumber: id,
            name: fullName,
            areaCode: id.slice(0, 6),
            livingSituation: 'EMPTY_NEST',
            economicStatus: 'ORDINARY',
          },
        },
      );
      expect(elder.errors).toBeUndefined();
      keys[name === 'yu' ? 'civilYu' : name] = elder.data!.registerElder.personKey;
    }
  });
  afterAll(() => hub?.stop());

  describe('enrolment', () => {
    it('enrols a person by ID number under the person key civil affairs also derives, storing no ID number', async () => {
      const result = await insurer(ENROL, {
        input: {
          idNumber: YU,
          scheme: 'URBAN_RURAL_RESIDENT',
          since: LONG_AGO,
          districtCode: '371083',
          townCode: '371083100',
        },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.enrolInLtci).toEqual({
        personKey: keys.civilYu,
        scheme: 'URBAN_RURAL_RESIDENT',
        since: LONG_AGO,
        status: 'ACTIVE',
        statusSince: LONG_AGO,
        districtCode: '371083',
        townCode: '371083100',
      });
      keys.yu = result.data!.enrolInLtci.personKey;
      for (const [name, id, scheme, district, since] of [
        ['sun', SUN, 'EMPLOYEE', '371082', LONG_AGO],
        ['li', LI, 'URBAN_RURAL_RESIDENT', '371083', LONG_AGO],
        ['zhao', ZHAO, 'EMPLOYEE', '371083', LONG_AGO],
        ['qu', QU, 'URBAN_RURAL_RESIDENT', '371083', `${M1}-21`],
      ] as const) {
        const enrolled = await insurer(ENROL, { input: { idNumber: id, scheme, since, districtCode: district } });
        expect(enrolled.errors).toBeUndefined();
        keys[name] = enrolled.data!.enrolInLtci.personKey;
      }
    });

    it('refuses to enrol a person already insured with CONFLICT, and bad ID numbers, districts, towns and dates with BAD_USER_INPUT', async () => {
      expectRefused(
        await insurer(ENROL, { input: { idNumber: YU, scheme: 'EMPLOYEE', since: LONG_AGO, districtCode: '371083' } }),
        'CONFLICT',
        'idNumber',
      );
      const base = { idNumber: WANG, scheme: 'URBAN_RURAL_RESIDENT', since: LONG_AGO, districtCode: '371083' };
      expectRefused(
        await insurer(ENROL, { input: { ...base, idNumber: WANG.slice(0, 17) + (WANG[17] === '0' ? '1' : '0') } }),
        'BAD_USER_INPUT',
        'idNumber',
      );
      expectRefused(
        await insurer(ENROL, { input: { ...base, districtCode: '371000' } }),
        'BAD_USER_INPUT',
        'districtCode',
      );
      expectRefused(await insurer(ENROL, { input: { ...base, townCode: '371082100' } }), 'BAD_USER_INPUT', 'townCode');
      expectRefused(
        await insurer(ENROL, { input: { ...base, since: addDays(todayIso(), 1) } }),
        'BAD_USER_INPUT',
        'since',
      );
      const wang = await insurer(`query($key: ID!) { elder(personKey: $key) { ltciEnrolment { id } } }`, {
        key: keys.wang,
      });
      expect(wang.data!.elder.ltciEnrolment).toBeNull();
    });

    it('suspends an enrolment, refuses the same status again, and re-opens an ended one on a new enrolment', async () => {
      const suspended = await insurer(CHANGE_STATUS, {
        input: { personKey: keys.zhao, status: 'SUSPENDED', effectiveOn: `${M3}-01` },
      });
      expect(suspended.errors).toBeUndefined();
      expect(suspended.data!.changeLtciEnrolmentStatus).toEqual({ status: 'SUSPENDED', statusSince: `${M3}-01` });
      expectRefused(
        await insurer(CHANGE_STATUS, { input: { personKey: keys.zhao, status: 'SUSPENDED', effectiveOn: `${M2}-01` } }),
        'CONFLICT',
        'status',
      );
      expectRefused(
        await insurer(CHANGE_STATUS, { input: { personKey: keys.zhao, status: 'ENDED', effectiveOn: LONG_AGO } }),
        'BAD_USER_INPUT',
        'effectiveOn',
      );

      const tempId = idNumber('371083', '1951-04-04', 25);
      const temp = await insurer(ENROL, {
        input: { idNumber: tempId, scheme: 'EMPLOYEE', since: LONG_AGO, districtCode: '371083' },
      });
      const ended = await insurer(CHANGE_STATUS, {
        input: { personKey: temp.data!.enrolInLtci.personKey, status: 'ENDED', effectiveOn: `${M3}-15` },
      });
      expect(ended.errors).toBeUndefined();
      expectRefused(
        await insurer(ENROL, {
          input: { idNumber: tempId, scheme: 'URBAN_RURAL_RESIDENT', since: `${M3}-10`, districtCode: '371002' },
        }),
        'BAD_USER_INPUT',
        'since',
      );
      const again = await insurer(ENROL, {
        input: { idNumber: tempId, scheme: 'URBAN_RURAL_RESIDENT', since: `${M2}-01`, districtCode: '371002' },
      });
      expect(again.errors).toBeUndefined();
      expect(again.data!.enrolInLtci).toMatchObject({
        personKey: temp.data!.enrolInLtci.personKey,
        scheme: 'URBAN_RURAL_RESIDENT',
        status: 'ACTIVE',
        since: `${M2}-01`,
        districtCode: '371002',
      });
    });
  });

  describe('disability assessments', () => {
    it('records an assessment valid 24 months by default, and a given validity as given', async () => {
      const yu = await insurer(ASSESS, {
        input: {
          personKey: keys.yu,
          grade: 'SEVERE_DISABILITY_II',
          assessedOn: ASSESSED_ON,
          assessingOrganisation: '乳山市长期护理保险失能评估中心',
        },
      });
      expect(yu.errors).toBeUndefined();
      expect(yu.data!.recordLtciAssessment).toEqual({
        grade: 'SEVERE_DISABILITY_II',
        gradeNumber: 4,
        assessedOn: ASSESSED_ON,
        validUntil: addDays(`${addMonths(ASSESSED_ON.slice(0, 7), 24)}-01`, -1),
        assessingOrganisation: '乳山市长期护理保险失能评估中心',
        qualifiesForBenefits: true,
      });
      const sun = await insurer(ASSESS, {
        input: {
          personKey: keys.sun,
          grade: 'SEVERE_DISABILITY_I',
          assessedOn: ASSESSED_ON,
          assessingOrganisation: '荣成市失能评估中心',
          validUntil: lastDayOf(THIS_MONTH),
        },
      });
      expect(sun.data!.recordLtciAssessment).toMatchObject({
        gradeNumber: 3,
        validUntil: lastDayOf(THIS_MONTH),
        qualifiesForBenefits: true,
      });
      const li = await insurer(ASSESS, {
        input: {
          personKey: keys.li,
          grade: 'MODERATE_DISABILITY',
          assessedOn: ASSESSED_ON,
          assessingOrganisation: '乳山市失能评估中心',
        },
      });
      expect(li.data!.recordLtciAssessment).toMatchObject({ gradeNumber: 2, qualifiesForBenefits: false });
      for (const name of ['zhao', 'qu']) {
        const assessed = await insurer(ASSESS, {
          input: {
            personKey: keys[name],
            grade: 'SEVERE_DISABILITY_III',
            assessedOn: name === 'qu' ? `${M1}-21` : ASSESSED_ON,
            assessingOrganisation: '乳山市失能评估中心',
          },
        });
        expect(assessed.errors).toBeUndefined();
      }
    });

    it('refuses an assessment of an unenrolled person, a second on the same day, and bad dates or organisation, writing nothing', async () => {
      const base = {
        personKey: keys.yu,
        grade: 'SEVERE_DISABILITY_III',
        assessedOn: `${M2}-05`,
        assessingOrganisation: '乳山市失能评估中心',
      };
      expectRefused(await insurer(ASSESS, { input: { ...base, personKey: keys.wang } }), 'BAD_USER_INPUT', 'personKey');
      expectRefused(await insurer(ASSESS, { input: { ...base, assessedOn: ASSESSED_ON } }), 'CONFLICT', 'assessedOn');
      expectRefused(
        await insurer(ASSESS, { input: { ...base, assessedOn: addDays(todayIso(), 1) } }),
        'BAD_USER_INPUT',
        'assessedOn',
      );
      expectRefused(
        await insurer(ASSESS, { input: { ...base, validUntil: `${M2}-04` } }),
        'BAD_USER_INPUT',
        'validUntil',
      );
      expectRefused(
        await insurer(ASSESS, { input: { ...base, assessingOrganisation: '  ' } }),
        'BAD_USER_INPUT',
        'assessingOrganisation',
      );
      const grades = await insurer(
        `query($key: ID!) { elder(personKey: $key) { latestLtciGrade ltciAssessments { assessedOn } } }`,
        { key: keys.yu },
      );
      expect(grades.data!.elder).toEqual({
        latestLtciGrade: 'SEVERE_DISABILITY_II',
        ltciAssessments: [{ assessedOn: ASSESSED_ON }],
      });
    });
  });

  describe('designations', () => {
    it('designates an elder-care institution and medical institutions from a date', async () => {
      const home = await insurer(DESIGNATE, {
        input: {
          providerKind: 'ELDER_CARE_INSTITUTION',
          providerCode: HOME.toLowerCase(),
          providerLevel: 'ELDER_CARE',
          districtCode: '371083',
          townCode: '371083100',
          designatedFrom: LONG_AGO,
        },
      });
      expect(home.errors).toBeUndefined();
      expect(home.data!.designateLtciProvider).toMatchObject({
        providerKind: 'ELDER_CARE_INSTITUTION',
        providerCode: HOME,
        providerLevel: 'ELDER_CARE',
        designatedFrom: LONG_AGO,
        designatedUntil: null,
        inForce: true,
      });
      for (const [code, level] of [
        [HOSPITAL, 'MEDICAL_TERTIARY'],
        [CLINIC, 'MEDICAL_PRIMARY'],
      ]) {
        const medical = await insurer(DESIGNATE, {
          input: {
            providerKind: 'MEDICAL_INSTITUTION',
            providerCode: code,
            providerLevel: level,
            districtCode: '371083',
            designatedFrom: LONG_AGO,
          },
        });
        expect(medical.errors).toBeUndefined();
      }
      const shortTerm = await insurer(DESIGNATE, {
        input: {
          providerKind: 'ELDER_CARE_INSTITUTION',
          providerCode: SHORT_TERM,
          providerLevel: 'ELDER_CARE',
          districtCode: '371082',
          designatedFrom: LONG_AGO,
        },
      });
      expect(shortTerm.errors).toBeUndefined();
    });

    it('refuses an overlapping designation with CONFLICT and a bad code or level with BAD_USER_INPUT', async () => {
      const base = {
        providerKind: 'ELDER_CARE_INSTITUTION',
        providerCode: HOME,
        providerLevel: 'ELDER_CARE',
        districtCode: '371083',
        designatedFrom: `${M2}-01`,
      };
      expectRefused(await insurer(DESIGNATE, { input: base }), 'CONFLICT', 'designatedFrom');
      expectRefused(
        await insurer(DESIGNATE, { input: { ...base, providerCode: UNDESIGNATED, providerLevel: 'MEDICAL_TERTIARY' } }),
        'BAD_USER_INPUT',
        'providerLevel',
      );
      expectRefused(
        await insurer(DESIGNATE, {
          input: { ...base, providerCode: UNDESIGNATED.slice(0, 17) + (UNDESIGNATED[17] === '0' ? '1' : '0') },
        }),
        'BAD_USER_INPUT',
        'providerCode',
      );
      expectRefused(
        await insurer(DESIGNATE, { input: { ...base, providerCode: UNDESIGNATED, designatedUntil: `${M3}-01` } }),
        'BAD_USER_INPUT',
        'designatedUntil',
      );
      const list = await hub.query(
        `{ ltciDesignations(filter: { providerKind: ELDER_CARE_INSTITUTION }) { total items { providerCode } } }`,
        undefined,
        'developer',
      );
      expect(list.data!.ltciDesignations).toEqual({
        total: 2,
        items: [{ providerCode: HOME }, { providerCode: SHORT_TERM }],
      });
    });

    it('undesignates a provider from a date, after which it is not designated', async () => {
      const ended = await insurer(UNDESIGNATE, {
        input: { providerKind: 'ELDER_CARE_INSTITUTION', providerCode: SHORT_TERM, designatedUntil: lastDayOf(M3) },
      });
      expect(ended.errors).toBeUndefined();
      expect(ended.data!.undesignateLtciProvider).toEqual({
        providerCode: SHORT_TERM,
        designatedFrom: LONG_AGO,
        designatedUntil: lastDayOf(M3),
        inForce: false,
      });
      expectRefused(
        await insurer(UNDESIGNATE, {
          input: { providerKind: 'ELDER_CARE_INSTITUTION', providerCode: SHORT_TERM, designatedUntil: lastDayOf(M2) },
        }),
        'CONFLICT',
        'providerCode',
      );
      expectRefused(
        await insurer(UNDESIGNATE, {
          input: { providerKind: 'ELDER_CARE_INSTITUTION', providerCode: UNDESIGNATED, designatedUntil: lastDayOf(M2) },
        }),
        'CONFLICT',
        'providerCode',
      );
    });
  });

  describe('monthly settlements', () => {
    it('settles institutional care of a resident over the cap: 20 days × 60.00 元 = 1,200.00 元 settled, 75 % from the fund', async () => {
      const result = await settle('yu', { month: M1, days: 20, chargedFen: 163_457 });
      expect(result.errors).toBeUndefined();
      expect(result.data!.settleLtciMonth).toEqual({
        month: M1,
        careForm: 'INSTITUTIONAL',
        homeCareService: null,
        payee: 'PROVIDER',
        scheme: 'URBAN_RURAL_RESIDENT',
        providerLevel: 'ELDER_CARE',
        days: 20,
        dailyCapFen: 6_000,
        fundRatioBp: 7_500,
        chargedFen: 163_457,
        amountFen: 120_000,
        fundFen: 90_000,
        selfPaidFen: 30_000,
        overCapFen: 43_457,
      });
    });

    it('rounds the fund share half up to the fen: 75 % of 1,234.58 元 is 925.935 元, paid as 925.94 元', async () => {
      const result = await settle('yu', { month: M2, days: 25, chargedFen: 123_458 });
      expect(result.errors).toBeUndefined();
      expect(result.data!.settleLtciMonth).toMatchObject({
        days: 25,
        chargedFen: 123_458,
        amountFen: 123_458,
        fundFen: 92_594,
        selfPaidFen: 30_864,
        overCapFen: 0,
      });
    });

    it('settles specialist medical care in a third-level hospital in the same month, at its own cap and the residents’ 80 %', async () => {
      const result = await settle('yu', {
        providerKind: 'MEDICAL_INSTITUTION',
        providerCode: HOSPITAL,
        careForm: 'SPECIALIST_MEDICAL',
        month: M1,
        days: 6,
        chargedFen: 118_765,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.settleLtciMonth).toMatchObject({
        providerLevel: 'MEDICAL_TERTIARY',
        dailyCapFen: 20_000,
        fundRatioBp: 8_000,
        days: 6,
        amountFen: 118_765,
        fundFen: 95_012,
        selfPaidFen: 23_753,
        overCapFen: 0,
      });
    });

    it('pays daily-life home care of an employee to the person, at the employees’ 90 %', async () => {
      const result = await settle('sun', {
        providerKind: 'MEDICAL_INSTITUTION',
        providerCode: CLINIC,
        careForm: 'HOME',
        homeCareService: 'DAILY_LIFE',
        payee: 'INSURED_PERSON',
        month: M1,
        days: 28,
        chargedFen: 140_001,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.settleLtciMonth).toMatchObject({
        careForm: 'HOME',
        homeCareService: 'DAILY_LIFE',
        payee: 'INSURED_PERSON',
        scheme: 'EMPLOYEE',
        dailyCapFen: 5_000,
        fundRatioBp: 9_000,
        amountFen: 140_000,
        fundFen: 126_000,
        selfPaidFen: 14_000,
        overCapFen: 1,
      });
    });

    it('refuses a second settlement of the same person, provider and month with CONFLICT, writing nothing', async () => {
      const before = await settlementCount('yu');
      expectRefused(await settle('yu', { month: M1, days: 2, chargedFen: 10_000 }), 'CONFLICT', 'month');
      expectRefused(
        await settle('yu', {
          providerKind: 'MEDICAL_INSTITUTION',
          providerCode: HOSPITAL,
          careForm: 'SPECIALIST_MEDICAL',
          month: M1,
          days: 1,
          chargedFen: 1,
        }),
        'CONFLICT',
        'month',
      );
      expect(await settlementCount('yu')).toBe(before);
    });

    it('keeps a unique index on person, provider and month, so the database refuses a duplicate even a write skipping the checks would make', async () => {
      const settlements = hub.subgraphs['medical-insurance'].database.dataSource.getRepository(LtciSettlement);
      const original = await settlements.findOneByOrFail({ personKey: keys.yu, providerCode: HOME, month: M1 });
      const { id: _id, createdAt: _createdAt, ...copy } = original;
      const error = await settlements.insert({ ...copy, days: 1 }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isUniqueViolation(error)).toBe(true);
      expect(await settlements.countBy({ personKey: keys.yu, providerCode: HOME, month: M1 })).toBe(1);
    });

    it('refuses unenrolled, suspended and non-qualifying persons, naming personKey', async () => {
      expectRefused(await settle('wang', {}), 'BAD_USER_INPUT', 'personKey');
      expectRefused(await settle('zhao', {}), 'BAD_USER_INPUT', 'personKey');
      expectRefused(await settle('li', {}), 'BAD_USER_INPUT', 'personKey');
      expect(await settlementCount('li')).toBe(0);
    });

    it('refuses providers not designated in the month, or not paid for the care form at their level', async () => {
      expectRefused(await settle('yu', { providerCode: UNDESIGNATED, month: M3 }), 'BAD_USER_INPUT', 'providerCode');
      expectRefused(await settle('yu', { providerCode: SHORT_TERM, month: M2 }), 'BAD_USER_INPUT', 'providerCode');
      expectRefused(
        await settle('yu', { providerKind: 'MEDICAL_INSTITUTION', providerCode: HOME, month: M3 }),
        'BAD_USER_INPUT',
        'providerCode',
      );
      expectRefused(await settle('yu', { careForm: 'SPECIALIST_MEDICAL', month: M3 }), 'BAD_USER_INPUT', 'careForm');
      const shortTermBefore = await settle('yu', { providerCode: SHORT_TERM, month: M3, days: 10, chargedFen: 60_000 });
      expect(shortTermBefore.errors).toBeUndefined();
      expect(shortTermBefore.data!.settleLtciMonth).toMatchObject({
        amountFen: 60_000,
        fundFen: 45_000,
        selfPaidFen: 15_000,
      });
    });

    it('refuses days the month cannot hold: more than its days, before the enrolment, or beyond what other providers left', async () => {
      const februaryDays = Number(lastDayOf(FEBRUARY).slice(8));
      expectRefused(await settle('sun', { month: FEBRUARY, days: februaryDays + 1 }), 'BAD_USER_INPUT', 'days');
      expectRefused(await settle('sun', { month: M3, days: 0 }), 'BAD_USER_INPUT', 'days');
      expectRefused(await settle('qu', { month: M1, days: 15 }), 'BAD_USER_INPUT', 'days');
      const home = await settle('sun', { month: FEBRUARY, days: 20, chargedFen: 120_000 });
      expect(home.errors).toBeUndefined();
      expectRefused(
        await settle('sun', {
          providerKind: 'MEDICAL_INSTITUTION',
          providerCode: CLINIC,
          careForm: 'HOME',
          homeCareService: 'MEDICAL',
          month: FEBRUARY,
          days: februaryDays - 19,
        }),
        'BAD_USER_INPUT',
        'days',
      );
      const rest = await settle('sun', {
        providerKind: 'MEDICAL_INSTITUTION',
        providerCode: CLINIC,
        careForm: 'HOME',
        homeCareService: 'MEDICAL',
        month: FEBRUARY,
        days: februaryDays - 20,
        chargedFen: 0,
      });
      expect(rest.errors).toBeUndefined();
      expect(rest.data!.settleLtciMonth).toMatchObject({ amountFen: 0, fundFen: 0, selfPaidFen: 0, overCapFen: 0 });
    });

    it('refuses the current month, wrong payees and a home-care service for other forms', async () => {
      expectRefused(await settle('yu', { month: THIS_MONTH }), 'BAD_USER_INPUT', 'month');
      expectRefused(await settle('yu', { month: '2025-13' }), 'BAD_USER_INPUT', 'month');
      expectRefused(await settle('yu', { payee: 'INSURED_PERSON', month: M3 }), 'BAD_USER_INPUT', 'payee');
      expectRefused(
        await settle('yu', { careForm: 'HOME', homeCareService: 'MEDICAL', payee: 'INSURED_PERSON', month: M3 }),
        'BAD_USER_INPUT',
        'payee',
      );
      expectRefused(
        await settle('yu', { homeCareService: 'DAILY_LIFE', month: M3 }),
        'BAD_USER_INPUT',
        'homeCareService',
      );
      expectRefused(await settle('yu', { chargedFen: -1, month: M3 }), 'BAD_USER_INPUT', 'chargedFen');
    });

    it('refuses to end a designation before the end of a month already settled under it', async () => {
      expectRefused(
        await insurer(UNDESIGNATE, {
          input: { providerKind: 'ELDER_CARE_INSTITUTION', providerCode: HOME, designatedUntil: `${M1}-10` },
        }),
        'CONFLICT',
        'designatedUntil',
      );
      const still = await hub.query(
        `query($code: ID!) { institution(code: $code) { ltciDesignation { designatedUntil inForce } } }`,
        { code: HOME },
        'analyst',
      );
      expect(still.data!.institution.ltciDesignation).toEqual({ designatedUntil: null, inForce: true });
    });
  });

  describe('one request across departments', () => {
    it('returns an elder’s civil-affairs profile with their LTCI enrolment, latest grade and this year’s settlements, and an institution’s rating with its designation', async () => {
      const year = Number(M1.slice(0, 4));
      const result = await hub.query(
        `query($id: String!, $year: Int!, $home: ID!) {
           elderByIdNumber(idNumber: $id) {
             name age area { name }
             ltciEnrolment { scheme status since }
             latestLtciGrade
             ltciSettlements(year: $year) { month careForm days fundFen institution { name rating } medicalInstitution { code } }
           }
           institution(code: $home) { name rating ltciDesignation { providerLevel designatedFrom inForce } }
         }`,
        { id: YU, year, home: HOME },
        'health-system',
      );
      expect(result.errors).toBeUndefined();
      const home = { name: '乳山市夏村颐养院', rating: 4 };
      const expected = [
        {
          month: M1,
          careForm: 'INSTITUTIONAL',
          days: 20,
          fundFen: 90_000,
          institution: home,
          medicalInstitution: null,
        },
        {
          month: M1,
          careForm: 'SPECIALIST_MEDICAL',
          days: 6,
          fundFen: 95_012,
          institution: null,
          medicalInstitution: { code: HOSPITAL },
        },
        {
          month: M2,
          careForm: 'INSTITUTIONAL',
          days: 25,
          fundFen: 92_594,
          institution: home,
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
      expect(result.data!.elderByIdNumber).toMatchObject({
        name: '于德明',
        area: { name: '乳山市' },
        ltciEnrolment: { scheme: 'URBAN_RURAL_RESIDENT', status: 'ACTIVE', since: LONG_AGO },
        latestLtciGrade: 'SEVERE_DISABILITY_II',
      });
      // The M3 settlement was with SHORT_TERM, which civil affairs does not know: its stub resolves to null there.
      const settlements = result.data!.elderByIdNumber.ltciSettlements;
      expect(
        settlements.map((s: { month: string; careForm: string; days: number; fundFen: number }) => [
          s.month,
          s.careForm,
          s.days,
          s.fundFen,
        ]),
      ).toEqual(expected.map((s) => [s.month, s.careForm, s.days, s.fundFen]));
      expect(settlements.filter((s: { month: string }) => s.month !== M3)).toEqual(
        expected.filter((s) => s.month !== M3),
      );
      expect(result.data!.institution).toEqual({
        name: '乳山市夏村颐养院',
        rating: 4,
        ltciDesignation: { providerLevel: 'ELDER_CARE', designatedFrom: LONG_AGO, inForce: true },
      });
    });

    it('gives an area its enrolment by scheme and designated institutions, counted from the bureau’s own records', async () => {
      const result = await hub.query(
        `{ rushan: area(code: "371083") { name ltciFigures { enrolments { scheme status count } activeEmployeeEnrolments activeResidentEnrolments residentActiveShareBp designatedInstitutions designatedMedicalInstitutions } }
           city: area(code: "371000") { ltciFigures { activeEmployeeEnrolments activeResidentEnrolments designatedInstitutions designatedMedicalInstitutions } }
           town: area(code: "371083100") { ltciFigures { activeResidentEnrolments designatedInstitutions } } }`,
        undefined,
        'analyst',
      );
      expect(result.errors).toBeUndefined();
      // 乳山市: residents 于 (active), 李 (active), 曲 (active); employees 赵 (suspended). 荣成市: 孙 (employee). 环翠区: the re-enrolled resident.
      expect(result.data!.rushan.ltciFigures).toEqual({
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
        residentActiveShareBp: 10_000,
        designatedInstitutions: 1,
        designatedMedicalInstitutions: 2,
      });
      expect(result.data!.city.ltciFigures).toEqual({
        activeEmployeeEnrolments: 1,
        activeResidentEnrolments: 4,
        designatedInstitutions: 1,
        designatedMedicalInstitutions: 2,
      });
      expect(result.data!.town.ltciFigures).toEqual({ activeResidentEnrolments: 1, designatedInstitutions: 1 });
    });
  });

  describe('access', () => {
    const ENROLMENT_OF = `query($key: ID!) { elder(personKey: $key) { ltciEnrolment { scheme } } }`;

    it('shares enrolment, grades and settlements with civil affairs and health, and with no other department', async () => {
      for (const as of ['civil-affairs-system', 'health-system'] as const) {
        const result = await hub.query(
          `query($key: ID!) { elder(personKey: $key) { ltciEnrolment { scheme } latestLtciGrade ltciSettlements { id } } }`,
          { key: keys.yu },
          as,
        );
        expect({ as, errors: result.errors }).toEqual({ as, errors: undefined });
      }
      for (const as of ['finance-system', 'human-resources-system'] as const) {
        expect({ as, codes: errorCodes(await hub.query(ENROLMENT_OF, { key: keys.yu }, as)) }).toEqual({
          as,
          codes: ['FORBIDDEN'],
        });
      }
      expect(errorCodes(await hub.query(`{ ltciSettlements { total } }`, undefined, 'analyst'))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await hub.query(`{ ltciSettlements { total } }`, undefined, 'finance-system'))).toEqual([
        'FORBIDDEN',
      ]);
    });

    it('publishes designations, area figures and the rate table to every department and to analysts and developers', async () => {
      for (const as of ['finance-system', 'human-resources-system', 'analyst', 'developer'] as const) {
        const result = await hub.query(
          `{ ltciDesignations { total } ltciQualifyingGrades ltciRateTable { careForm providerLevel dailyCapFen } area(code: "371083") { ltciFigures { designatedInstitutions } } }`,
          undefined,
          as,
        );
        expect({ as, errors: result.errors }).toEqual({ as, errors: undefined });
        expect(result.data!.ltciQualifyingGrades).toEqual([
          'SEVERE_DISABILITY_I',
          'SEVERE_DISABILITY_II',
          'SEVERE_DISABILITY_III',
        ]);
      }
    });

    it('lets only its own system write: other departments and analysts are refused with FORBIDDEN and nothing is written', async () => {
      for (const as of ['civil-affairs-system', 'health-system', 'finance-system', 'analyst'] as const) {
        const result = await hub.query(
          ENROL,
          { input: { idNumber: WANG, scheme: 'EMPLOYEE', since: LONG_AGO, districtCode: '371083' } },
          as,
        );
        expect({ as, codes: errorCodes(result) }).toEqual({ as, codes: ['FORBIDDEN'] });
      }
      const readOnly = await hub.mint({
        sub: 'insurance-reader',
        role: 'department-system',
        department: 'medical-insurance',
      });
      const refused = await hub.queryWithHeaders({ authorization: `Bearer ${readOnly}` }, SETTLE, {
        input: {
          personKey: keys.yu,
          providerKind: 'ELDER_CARE_INSTITUTION',
          providerCode: HOME,
          month: M3,
          careForm: 'INSTITUTIONAL',
          payee: 'PROVIDER',
          days: 1,
          chargedFen: 1,
        },
      });
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
      const wang = await insurer(ENROLMENT_OF, { key: keys.wang });
      expect(wang.data!.elder.ltciEnrolment).toBeNull();
    });
  });
});
