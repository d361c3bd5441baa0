import type { AreaFigures } from '../../../subgraphs/joint-meeting/indicators/area-figures';
import { INDICATOR_CATALOGUE } from '../../../subgraphs/joint-meeting/indicators/indicator-catalogue';
import { visitingMonth } from '../../../subgraphs/civil-affairs/indicators/indicator-days';
import { IndicatorStatus, IndicatorUnit } from '../../../subgraphs/joint-meeting/indicators/indicator.enums';
import { withholdSmallCells } from '../../../subgraphs/joint-meeting/indicators/indicator-disclosure';
import { evaluateIndicator } from '../../../subgraphs/joint-meeting/indicators/indicator-value';

const entry = (code: string) => INDICATOR_CATALOGUE.find((candidate) => candidate.code === code)!;
const area = (overrides: Partial<AreaFigures>): AreaFigures =>
  ({ level: 'DISTRICT', areaCode: '371083', asOf: '2025-06-30', ...overrides }) as AreaFigures;

describe('the indicator catalogue', () => {
  it('holds the plan’s 13 indicators with their 2020 baselines and 2025 targets as the table states them', () => {
    const plan = INDICATOR_CATALOGUE.filter((definition) => /^I\d\d$/.test(definition.code));
    expect(plan.map((definition) => definition.code)).toEqual([
      'I01',
      'I02',
      'I03',
      'I04',
      'I05',
      'I06',
      'I07',
      'I08',
      'I09',
      'I10',
      'I11',
      'I12',
      'I13',
    ]);
    expect(plan.map((definition) => [definition.target, definition.baseline2020])).toEqual([
      [85, 78],
      [100, 100],
      [60, 49.4],
      [1, null],
      [100, 88],
      [100, 62.5],
      [90, 50],
      [100, 86],
      [100, null],
      [500, null],
      [25, 17.8],
      [0, null],
      [100, null],
    ]);
  });

  it('names each entry’s lead and cooperating departments as the 2025 measure acting on it does, or says the attribution is the hub’s own', () => {
    const CA = '市民政局';
    const HR = '市人力资源社会保障局';
    const MEASURE_20 = [[CA, HR], ['市教育局', '市财政局', '市医保局'], 20];
    const hubOwn = (leads: string[], cooperating: string[] = []) => [leads, cooperating, null];
    expect(
      Object.fromEntries(
        INDICATOR_CATALOGUE.map((definition) => [
          definition.code,
          [
            definition.leadDepartments,
            definition.cooperatingDepartments,
            definition.departmentsClause && Number(/^措施 (\d+)/.exec(definition.departmentsClause)![1]),
          ],
        ]),
      ),
    ).toEqual({
      I01: hubOwn([CA]),
      I02: [[CA], [], 1],
      I03: [[CA], ['市财政局'], 2],
      I04: hubOwn([CA], [HR]),
      I05: [[CA], ['市财政局', '市自然资源和规划局', '市住房城乡建设局'], 8],
      I06: hubOwn([CA]),
      I07: [[CA], ['市自然资源和规划局'], 10],
      I08: [['市卫生健康委', CA, '市行政审批服务局'], [], 13],
      I09: hubOwn([CA]),
      I10: [[CA], ['市财政局'], 7],
      I11: MEASURE_20,
      I12: MEASURE_20,
      I13: hubOwn([CA]),
      M02: [[CA], ['市财政局'], 2],
      M04: [[CA], [], 4],
      M05: [[CA], [], 5],
      M07: [[CA], ['市财政局'], 7],
      M09: [[CA], ['市发展改革委'], 9],
      M14: [['市卫生健康委'], [], 14],
      'P-HOSPICE': hubOwn(['市卫生健康委']),
      'P-SUPPORT-INSTITUTION': [['市卫生健康委', CA, '市行政审批服务局'], [], 13],
      'P-DAY-CARE': hubOwn([CA]),
      'P-SIGNED-COOPERATION': hubOwn(['市卫生健康委'], [CA]),
      M16: [['市医保局'], [CA, '市财政局'], 16],
      'M18-FIRE': [[CA], ['市住房城乡建设局', '市市场监管局', '市消防救援支队'], 18],
      'M18-GAS': [[CA], ['市住房城乡建设局', '市市场监管局', '市消防救援支队'], 18],
      'M18-KITCHEN': [[CA], ['市住房城乡建设局', '市市场监管局', '市消防救援支队'], 18],
      'M19-QUALITY': [[CA], ['市财政局', '市市场监管局'], 19],
      'M19-SAFETY': [[CA], ['市财政局', '市市场监管局'], 19],
      'M20-CERTIFIED': MEASURE_20,
      'M20-LTC': MEASURE_20,
      'P-TRAINING-CAREGIVERS': MEASURE_20,
      'P-TRAINING-SOCIAL-WORKERS': hubOwn([CA, HR]),
      'P-INDUCTION-TRAINING': MEASURE_20,
      'P-CERTIFIED-SPECIALISTS': hubOwn([CA, HR], ['市卫生健康委', '市消防救援支队']),
      'P-LOTTERY': hubOwn(['市财政局'], [CA]),
    });
  });

  it('holds the plan’s three network and integration targets: a 医养结合 support institution in every district, day care in every village and community, signed cooperation beside indicator 8', () => {
    const targets = ['P-SUPPORT-INSTITUTION', 'P-DAY-CARE', 'P-SIGNED-COOPERATION'].map((code) => {
      const { target, unit, scope, deadline, dataFrom, recordKind } = INDICATOR_CATALOGUE.find(
        (definition) => definition.code === code,
      )!;
      return [code, target, unit, scope, deadline, dataFrom, recordKind];
    });
    expect(targets).toEqual([
      [
        'P-SUPPORT-INSTITUTION',
        1,
        'INSTITUTIONS',
        'EVERY_DISTRICT',
        '2025-12-31',
        ['CIVIL_AFFAIRS', 'HEALTH'],
        'INSTITUTION',
      ],
      ['P-DAY-CARE', 100, 'PERCENT', 'EVERY_AREA', '2025-12-31', ['CIVIL_AFFAIRS'], 'AREA'],
      ['P-SIGNED-COOPERATION', 100, 'PERCENT', 'EVERY_AREA', '2025-12-31', ['CIVIL_AFFAIRS', 'HEALTH'], 'INSTITUTION'],
    ]);
  });

  it('holds the plan’s two workforce targets: induction training for all care staff by end-2025, every institution’s medical, rehabilitation and fire-safety worker certified by end-2024', () => {
    const targets = ['P-INDUCTION-TRAINING', 'P-CERTIFIED-SPECIALISTS'].map((code) => {
      const { target, unit, scope, deadline, dataFrom, recordKind, persons } = INDICATOR_CATALOGUE.find(
        (definition) => definition.code === code,
      )!;
      return [code, target, unit, scope, deadline, dataFrom, recordKind, persons];
    });
    const careStaff = { department: 'human-resources' };
    expect(targets).toEqual([
      [
        'P-INDUCTION-TRAINING',
        100,
        'PERCENT',
        'EVERY_AREA',
        '2025-12-31',
        ['HUMAN_RESOURCES'],
        null,
        { numerator: careStaff, denominator: careStaff },
      ],
      [
        'P-CERTIFIED-SPECIALISTS',
        100,
        'PERCENT',
        'EVERY_AREA',
        '2024-12-31',
        ['HUMAN_RESOURCES'],
        null,
        { numerator: careStaff, denominator: careStaff },
      ],
    ]);
  });

  it('has unique codes and a deadline no later than the documents’ last date (end-2027)', () => {
    const codes = INDICATOR_CATALOGUE.map((definition) => definition.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const definition of INDICATOR_CATALOGUE)
      if (definition.deadline) expect(definition.deadline <= '2027-12-31').toBe(true);
  });
});

describe('evaluating an indicator', () => {
  it('meets a share target on the exact fraction, not on the rounded value', () => {
    const met = evaluateIndicator(entry('I01'), area({ disabledExtremePoverty: 20, disabledExtremePovertyInCare: 17 }));
    expect(met).toMatchObject({ numerator: 17, denominator: 20, value: 85, target: 85, status: IndicatorStatus.MET });
    const short = evaluateIndicator(
      entry('I01'),
      area({ disabledExtremePoverty: 1000, disabledExtremePovertyInCare: 849 }),
    );
    expect(short).toMatchObject({ value: 84.9, status: IndicatorStatus.NOT_YET_DUE });
  });

  it('is not yet due while the deadline is ahead, and not met on the deadline day itself (“by the end of 2025”)', () => {
    const figures = { nursingBeds: 50, beds: 100 };
    expect(evaluateIndicator(entry('I03'), area({ ...figures, asOf: '2025-12-30' })).status).toBe(
      IndicatorStatus.NOT_YET_DUE,
    );
    expect(evaluateIndicator(entry('I03'), area({ ...figures, asOf: '2025-12-31' })).status).toBe(
      IndicatorStatus.NOT_MET,
    );
  });

  it('tells nothing to count (not applicable) from a department that did not deliver its figures (no data)', () => {
    expect(evaluateIndicator(entry('I08'), area({ institutions: 0, medicalCareIntegrated: 0 }))).toMatchObject({
      value: null,
      status: IndicatorStatus.NOT_APPLICABLE,
    });
    expect(evaluateIndicator(entry('I08'), area({ institutions: 2, medicalCareIntegrated: 1 }), true)).toMatchObject({
      value: null,
      status: IndicatorStatus.NO_DATA,
    });
    expect(evaluateIndicator(entry('I11'), area({ certifiedCareStaff: 30, elders: 10_000 }), true)).toMatchObject({
      numerator: null,
      status: IndicatorStatus.NO_DATA,
    });
  });

  it('scales per-elder indicators to their unit', () => {
    expect(evaluateIndicator(entry('I11'), area({ certifiedCareStaff: 30, elders: 12_000 }))).toMatchObject({
      value: 25,
      unit: IndicatorUnit.PER_TEN_THOUSAND_ELDERS,
      status: IndicatorStatus.MET,
    });
    expect(evaluateIndicator(entry('I04'), area({ socialWorkers: 3, elders: 4000 }))).toMatchObject({
      value: 0.75,
      status: IndicatorStatus.NOT_YET_DUE,
    });
  });

  it('gives a district no target of its own for a citywide count, and the city its count against the target', () => {
    expect(evaluateIndicator(entry('I10'), area({ familyBeds: 120 }))).toMatchObject({
      value: 120,
      target: null,
      status: IndicatorStatus.CITY_TARGET_ONLY,
    });
    expect(evaluateIndicator(entry('I10'), area({ level: 'CITY', areaCode: '371000', familyBeds: 500 }))).toMatchObject(
      { value: 500, target: 500, status: IndicatorStatus.MET },
    );
  });

  it('holds each district to a per-district target and the city to the share of districts meeting it', () => {
    expect(evaluateIndicator(entry('M09'), area({ ageFriendlyCommunities: 2 }))).toMatchObject({
      value: 2,
      unit: IndicatorUnit.COMMUNITIES,
      status: IndicatorStatus.MET,
    });
    expect(
      evaluateIndicator(
        entry('M09'),
        area({ level: 'CITY', areaCode: '371000', districtsWithTwoAgeFriendly: 6, districts: 8, asOf: '2026-03-01' }),
      ),
    ).toMatchObject({
      value: 75,
      unit: IndicatorUnit.PERCENT,
      target: 100,
      status: IndicatorStatus.NOT_MET,
    });
  });

  it('evaluates “clear growth” as any year-on-year increase', () => {
    const grown = evaluateIndicator(
      entry('I12'),
      area({
        level: 'CITY',
        areaCode: '371000',
        elderCareMajorEnrolment: 660,
        elderCareMajorEnrolmentPreviousYear: 600,
      }),
    );
    expect(grown).toMatchObject({ value: 10, status: IndicatorStatus.MET });
    const flat = evaluateIndicator(
      entry('I12'),
      area({
        level: 'CITY',
        areaCode: '371000',
        asOf: '2026-10-01',
        elderCareMajorEnrolment: 600,
        elderCareMajorEnrolmentPreviousYear: 600,
      }),
    );
    expect(flat).toMatchObject({ value: 0, status: IndicatorStatus.NOT_MET });
    expect(
      evaluateIndicator(
        entry('I12'),
        area({
          level: 'CITY',
          areaCode: '371000',
          elderCareMajorEnrolment: 600,
          elderCareMajorEnrolmentPreviousYear: null,
        }),
      ).status,
    ).toBe(IndicatorStatus.NOT_APPLICABLE);
  });

  it('shows the parts of a numerator over the same denominator: measure 16 per scheme, a training goal within its year', () => {
    const coverage = evaluateIndicator(
      entry('M16'),
      area({ ltciInsuredEldersResidentsScheme: 30, ltciInsuredEldersEmployeesScheme: 10, elders: 50 }),
    );
    expect(coverage).toMatchObject({ numerator: 40, denominator: 50, value: 80 });
    expect(
      coverage.breakdowns.map(({ key, numerator, denominator, value }) => [key, numerator, denominator, value]),
    ).toEqual([
      ['RESIDENTS_SCHEME', 30, 50, 60],
      ['EMPLOYEES_SCHEME', 10, 50, 20],
    ]);
    const training = evaluateIndicator(
      entry('P-TRAINING-CAREGIVERS'),
      area({ level: 'CITY', areaCode: '371000', trainedCaregivers: 4600, trainedCaregiversInGoalYear: 1200 }),
    );
    expect(training).toMatchObject({ numerator: 4600, status: IndicatorStatus.MET });
    expect(training.breakdowns).toMatchObject([{ key: 'GOAL_YEAR', numerator: 1200, denominator: null, value: 1200 }]);
  });
});

describe('withholding the parts of a numerator', () => {
  const withheld = (figures: Partial<AreaFigures>, code = 'M16') =>
    withholdSmallCells(evaluateIndicator(entry(code), area(figures)), entry(code).persons, () => false).breakdowns.map(
      (part) => [part.key, part.numerator, part.numeratorSuppressed, part.valueSuppressed],
    );

  it('withholds a small part, and the other part that would give it back through the numerator', () => {
    expect(withheld({ ltciInsuredEldersResidentsScheme: 30, ltciInsuredEldersEmployeesScheme: 3, elders: 50 })).toEqual(
      [
        ['RESIDENTS_SCHEME', null, true, true],
        ['EMPLOYEES_SCHEME', null, true, true],
      ],
    );
    expect(withheld({ ltciInsuredEldersResidentsScheme: 30, ltciInsuredEldersEmployeesScheme: 0, elders: 50 })).toEqual(
      [
        ['RESIDENTS_SCHEME', 30, false, false],
        ['EMPLOYEES_SCHEME', 0, false, false],
      ],
    );
  });

  it('withholds a part that is all but 1–4 of the numerator, which would give the rest back', () => {
    const training = (inYear: number) =>
      withheld(
        { level: 'CITY', areaCode: '371000', trainedCaregivers: 20, trainedCaregiversInGoalYear: inYear },
        'P-TRAINING-CAREGIVERS',
      );
    expect(training(17)).toEqual([['GOAL_YEAR', null, true, true]]);
    expect(training(20)).toEqual([['GOAL_YEAR', 20, false, false]]);
    expect(training(10)).toEqual([['GOAL_YEAR', 10, false, false]]);
  });
});

describe('the visiting month of indicator 9', () => {
  it('is the day’s own month on its last day, else the month before', () => {
    expect(visitingMonth('2025-06-30')).toEqual({ first: '2025-06-01', last: '2025-06-30' });
    expect(visitingMonth('2025-06-29')).toEqual({ first: '2025-05-01', last: '2025-05-31' });
    expect(visitingMonth('2025-01-15')).toEqual({ first: '2024-12-01', last: '2024-12-31' });
    expect(visitingMonth('2024-02-29')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
  });
});
