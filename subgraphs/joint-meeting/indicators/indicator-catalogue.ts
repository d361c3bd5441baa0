import {
  INTERNET_NURSING_TARGET_PERCENT,
  LOTTERY_FUND_ELDER_CARE_MINIMUM_PERCENT,
  TRAINING_GOAL_2024,
} from '../../shared/policy/policy-targets';
import type { IndicatorDefinition } from './indicator-definition';
import {
  HubDepartment as D,
  IndicatorComparator,
  IndicatorRecordKind as R,
  IndicatorSource,
  IndicatorUnit as U,
  TargetScope,
} from './indicator.enums';
import type { AreaFigures } from './area-figures';
import type { CountedPersons, IndicatorPersons } from './indicator-disclosure';

/** What a formula counts: a numerator over a denominator (null for a plain count). */
export interface Measure {
  numerator: number;
  denominator: number | null;
}

/** A part of a measure's numerator shown beside it (over the same denominator). */
export interface BreakdownPart {
  key: string;
  label: string;
  numerator: number;
}

/** A definition with the formula that measures it from an area's figures (null: the records give nothing to measure). */
export interface CatalogueEntry extends IndicatorDefinition {
  measure: (figures: AreaFigures) => Measure | null;
  /** Parts of the numerator shown beside the indicator; what they leave out of the numerator is counted but not shown. */
  breakdowns?: (figures: AreaFigures) => BreakdownPart[];
  /** For EVERY_DISTRICT targets: the city's measure, the share of districts meeting the district target, against 100%. */
  cityMeasure?: (figures: AreaFigures) => Measure | null;
  /** Which of its figures count persons, and whose: those are withheld below the minimum cell size from callers not entitled to them. */
  persons?: IndicatorPersons;
}

/** A catalogue entry as the documents state it, without the functions that measure it. */
export function definitionOf({
  measure: _measure,
  breakdowns: _breakdowns,
  cityMeasure: _cityMeasure,
  persons: _persons,
  ...definition
}: CatalogueEntry): IndicatorDefinition {
  return definition;
}

const ELDER_CIRCUMSTANCES: CountedPersons = { civilAffairsRule: 'elderCircumstances' };
const ELDERS: CountedPersons = { civilAffairsRule: 'elderIdentity' };
const CASEWORK: CountedPersons = { civilAffairsRule: 'casework' };
const CARE_RECORDS: CountedPersons = { civilAffairsRule: 'careRecords' };
const CARE_STAFF: CountedPersons = { department: 'human-resources' };
const INSURED: CountedPersons = { department: 'medical-insurance' };

const ratio = (numerator: number, denominator: number): Measure => ({ numerator, denominator });
const count = (numerator: number): Measure => ({ numerator, denominator: null });
const END_2025 = '2025-12-31';
const PLAN = IndicatorSource.PLAN_2021_2025;
const MEASURES = IndicatorSource.MEASURES_2025;
const CIVIL_AFFAIRS = '市民政局';
/** 措施 20's departments (市民政局、人力资源社会保障局牵头，市教育局、财政局、医保局配合): the workforce entries it acts on take them. */
const MEASURE_20_DEPARTMENTS = {
  leadDepartments: [CIVIL_AFFAIRS, '市人力资源社会保障局'],
  cooperatingDepartments: ['市教育局', '市财政局', '市医保局'],
};

type Defaulted = 'comparator' | 'scope' | 'deadline' | 'baseline2020' | 'cooperatingDepartments' | 'departmentsClause';
type Entry = Omit<CatalogueEntry, Defaulted> & Partial<Pick<CatalogueEntry, Defaulted>>;
const entry = (fields: Entry): CatalogueEntry => ({
  comparator: IndicatorComparator.AT_LEAST,
  scope: TargetScope.EVERY_AREA,
  deadline: END_2025,
  baseline2020: null,
  cooperatingDepartments: [],
  departmentsClause: null,
  ...fields,
});

/**
 * The 13 indicators of the plan's table (威海市“十四五”养老服务发展指标: 2020 actual → 2025 target)
 * and every dated quantitative target of the plan and the 2025 measures, in the documents' words.
 * Every number the hub reports against is here; the few a department's own figures also use are in
 * `shared/policy/policy-targets.ts`.
 */
export const INDICATOR_CATALOGUE: readonly CatalogueEntry[] = [
  entry({
    code: 'I01',
    nameZh: '失能特困人员集中供养率',
    nameEn: 'Disabled extreme-poverty elders in centralised care',
    source: PLAN,
    clause: '发展指标 1: 78% → ≥85%',
    formula:
      '特困 (extreme-poverty) elders aged 60+ and alive on the day whose latest ability assessment by then is 失能 (GB/T 42195 level 1–4): the share staying in an elder-care institution on the day. Civil affairs’ registry, assessments and stays.',
    dataFrom: [D.CIVIL_AFFAIRS],
    leadDepartments: [CIVIL_AFFAIRS],
    unit: U.PERCENT,
    target: 85,
    baseline2020: 78,
    recordKind: R.ELDER,
    persons: { numerator: ELDER_CIRCUMSTANCES, denominator: ELDER_CIRCUMSTANCES },
    measure: (f) => ratio(f.disabledExtremePovertyInCare, f.disabledExtremePoverty),
  }),
  entry({
    code: 'I02',
    nameZh: '有集中供养意愿的特困人员集中供养率',
    nameEn: 'Extreme-poverty elders wishing centralised care who receive it',
    source: PLAN,
    clause: '发展指标 2: 100% → 100%',
    formula:
      '特困 elders aged 60+ and alive on the day who wish centralised care (有集中供养意愿): the share staying in an elder-care institution on the day. Civil affairs’ registry and stays.',
    dataFrom: [D.CIVIL_AFFAIRS],
    leadDepartments: [CIVIL_AFFAIRS],
    departmentsClause: '措施 1: “在满足有意愿的特困老年人集中供养需求前提下……”（市民政局负责）',
    unit: U.PERCENT,
    target: 100,
    baseline2020: 100,
    recordKind: R.ELDER,
    persons: { numerator: ELDER_CIRCUMSTANCES, denominator: ELDER_CIRCUMSTANCES },
    measure: (f) => ratio(f.extremePovertyWishingCareInCare, f.extremePovertyWishingCare),
  }),
  entry({
    code: 'I03',
    nameZh: '养老机构护理型床位占比',
    nameEn: 'Nursing-type share of institutional beds',
    source: PLAN,
    clause: '发展指标 3: 49.4% → ≥60%',
    formula:
      'Beds in service on the day in elder-care institutions operating on the day: the share of nursing-type beds (护理型床位), which serve disabled and demented elders (失能、失智) — nursing beds and cognitive-impairment care beds (认知障碍照护床位) alike. Civil affairs’ institutions and beds.',
    dataFrom: [D.CIVIL_AFFAIRS],
    leadDepartments: [CIVIL_AFFAIRS],
    departmentsClause: '措施 2: “重点发展护理型床位、认知障碍照护床位……”（市民政局牵头，市财政局配合）',
    cooperatingDepartments: ['市财政局'],
    unit: U.PERCENT,
    target: 60,
    baseline2020: 49.4,
    recordKind: R.INSTITUTION,
    measure: (f) => ratio(f.nursingBeds, f.beds),
  }),
  entry({
    code: 'I04',
    nameZh: '每千名老年人配有社会工作者人数',
    nameEn: 'Social workers per 1,000 elders',
    source: PLAN,
    clause: '发展指标 4: — → ≥1人',
    formula:
      'Social workers in elder care working on the day (human resources) per 1,000 elders aged 60+ alive on the day (civil affairs’ registry).',
    dataFrom: [D.HUMAN_RESOURCES, D.CIVIL_AFFAIRS],
    leadDepartments: [CIVIL_AFFAIRS],
    cooperatingDepartments: ['市人力资源社会保障局'],
    unit: U.PER_THOUSAND_ELDERS,
    target: 1,
    recordKind: null,
    persons: { numerator: CARE_STAFF, denominator: ELDERS },
    measure: (f) => ratio(f.socialWorkers, f.elders),
  }),
  entry({
    code: 'I05',
    nameZh: '社区养老服务设施配建达标率',
    nameEn: 'New residential developments with the required elder-care facility',
    source: PLAN,
    clause: '发展指标 5: 88% → 100%',
    formula:
      'New residential developments delivered by the day: the share whose supporting elder-care facility (配建) was handed over by the day with at least 20 m² per 100 households and at least 350 m². Civil affairs’ register of residential developments.',
    dataFrom: [D.CIVIL_AFFAIRS],
    leadDepartments: [CIVIL_AFFAIRS],
    departmentsClause:
      '措施 8: “落实配建社区养老服务设施与城镇居住区‘四同步’机制”（市民政局牵头，市财政局、自然资源和规划局、住房城乡建设局配合）',
    cooperatingDepartments: ['市财政局', '市自然资源和规划局', '市住房城乡建设局'],
    unit: U.PERCENT,
    target: 100,
    baseline2020: 88,
    recordKind: R.RESIDENTIAL_DEVELOPMENT,
    measure: (f) => ratio(f.residentialDevelopmentsCompliant, f.residentialDevelopments),
  }),
  entry({
    code: 'I06',
    nameZh: '街道综合养老服务中心覆盖率',
    nameEn: 'Streets with a comprehensive elder-care service centre',
    source: PLAN,
    clause: '发展指标 6: 62.5% → 100%',
    formula:
      'Streets (街道) of the area: the share with a street comprehensive elder-care service centre (街道综合养老服务中心) open on the day. Civil affairs’ division tree and facilities.',
    dataFrom: [D.CIVIL_AFFAIRS],
    leadDepartments: [CIVIL_AFFAIRS],
    unit: U.PERCENT,
    target: 100,
    baseline2020: 62.5,
    recordKind: R.AREA,
    measure: (f) => ratio(f.streetsWithCentre, f.streets),
  }),
  entry({
    code: 'I07',
    nameZh: '镇区域性综合养老服务中心覆盖率',
    nameEn: 'Towns with a regional comprehensive elder-care service centre',
    source: PLAN,
    clause: '发展指标 7: 50% → ≥90%',
    formula:
      'Towns (镇) of the area: the share with a regional comprehensive elder-care service centre (镇区域性综合养老服务中心) open on the day. Civil affairs’ division tree and facilities.',
    dataFrom: [D.CIVIL_AFFAIRS],
    leadDepartments: [CIVIL_AFFAIRS],
    departmentsClause: '措施 10: “推进农村区域性综合养老服务中心建设”（市民政局牵头，市自然资源和规划局配合）',
    cooperatingDepartments: ['市自然资源和规划局'],
    unit: U.PERCENT,
    target: 90,
    baseline2020: 50,
    recordKind: R.AREA,
    measure: (f) => ratio(f.townsWithCentre, f.towns),
  }),
  entry({
    code: 'I08',
    nameZh: '养老机构医养结合服务覆盖率',
    nameEn: 'Elder-care institutions with medical-care integration',
    source: PLAN,
    clause: '发展指标 8: 86% → 100%',
    formula:
      'Elder-care institutions operating on the day (civil affairs): the share with a cooperation agreement with a medical institution in force or an inside clinic operating on the day (health).',
    dataFrom: [D.CIVIL_AFFAIRS, D.HEALTH],
    leadDepartments: ['市卫生健康委', CIVIL_AFFAIRS, '市行政审批服务局'],
    departmentsClause:
      '措施 13: “促进医疗养老资源共享……养老机构申请内部设置诊所……实行备案管理”（市卫生健康委、民政局、行政审批服务局负责）',
    unit: U.PERCENT,
    target: 100,
    baseline2020: 86,
    recordKind: R.INSTITUTION,
    measure: (f) => ratio(f.medicalCareIntegrated, f.institutions),
  }),
  entry({
    code: 'I09',
    nameZh: '特殊困难老年人月探访率',
    nameEn: 'Special-difficulty elders visited in the month',
    source: PLAN,
    clause: '发展指标 9: — → 100%',
    formula:
      'The last full month by the day (the day’s own month if it is the month’s last day): special-difficulty elders (特殊困难老年人: living alone, empty-nest, left-behind, of a family-planning special family, or moderately disabled or worse) alive at its end — the denominator — and the elders a caring visit (探访) in that month found special-difficulty that day, by the district they lived in then — the numerator. Civil affairs’ registry, assessments and visits.',
    dataFrom: [D.CIVIL_AFFAIRS],
    leadDepartments: [CIVIL_AFFAIRS],
    unit: U.PERCENT,
    target: 100,
    recordKind: R.ELDER,
    persons: { numerator: CASEWORK, denominator: CASEWORK },
    measure: (f) => ratio(f.specialDifficultyVisited, f.specialDifficulty),
  }),
  entry({
    code: 'I10',
    nameZh: '家庭养老床位',
    nameEn: 'Family elder-care beds',
    source: PLAN,
    clause: '发展指标 10: — → ≥500张; “2025年底前，建成‘家庭养老床位’500张以上”',
    formula: 'Family elder-care beds (家庭养老床位) open on the day. Civil affairs’ family beds.',
    dataFrom: [D.CIVIL_AFFAIRS],
    leadDepartments: [CIVIL_AFFAIRS],
    departmentsClause: '措施 7: “建设运营家庭养老照护床位”（市民政局牵头，市财政局配合）',
    cooperatingDepartments: ['市财政局'],
    unit: U.BEDS,
    target: 500,
    scope: TargetScope.CITY,
    recordKind: R.AREA,
    persons: { numerator: CARE_RECORDS },
    measure: (f) => count(f.familyBeds),
  }),
  entry({
    code: 'I11',
    nameZh: '每万名老年人拥有持证养老护理员数',
    nameEn: 'Certified caregivers per 10,000 elders',
    source: PLAN,
    clause: '发展指标 11: 17.8人 → 25人',
    formula:
      'Care staff (养老护理员, 长期照护师) working and certified on the day (human resources) per 10,000 elders aged 60+ alive on the day (civil affairs’ registry).',
    dataFrom: [D.HUMAN_RESOURCES, D.CIVIL_AFFAIRS],
    ...MEASURE_20_DEPARTMENTS,
    departmentsClause: '措施 20: “加大培养力度”（市民政局、人力资源社会保障局牵头，市教育局、财政局、医保局配合）',
    unit: U.PER_TEN_THOUSAND_ELDERS,
    target: 25,
    baseline2020: 17.8,
    recordKind: null,
    persons: { numerator: CARE_STAFF, denominator: ELDERS },
    measure: (f) => ratio(f.certifiedCareStaff, f.elders),
  }),
  entry({
    code: 'I12',
    nameZh: '本科高校、职业院校养老服务相关专业招生规模',
    nameEn: 'Enrolment in elder-care majors at universities and vocational colleges',
    source: PLAN,
    clause: '发展指标 12: — → 明显增长',
    formula:
      'Students enrolled in elder-care majors in the latest enrolment year ended by the day, against the year before (human resources’ register of enrolment): the year-on-year change in percent; “clear growth” is any increase.',
    dataFrom: [D.HUMAN_RESOURCES],
    ...MEASURE_20_DEPARTMENTS,
    departmentsClause: '措施 20: “加大培养力度”（市民政局、人力资源社会保障局牵头，市教育局、财政局、医保局配合）',
    unit: U.PERCENT,
    comparator: IndicatorComparator.GROWTH,
    target: 0,
    scope: TargetScope.CITY,
    recordKind: null,
    measure: (f) =>
      f.elderCareMajorEnrolment === null || !f.elderCareMajorEnrolmentPreviousYear
        ? null
        : ratio(f.elderCareMajorEnrolment, f.elderCareMajorEnrolmentPreviousYear),
  }),
  entry({
    code: 'I13',
    nameZh: '老年大学县级覆盖率',
    nameEn: 'Districts with a university for the elderly',
    source: PLAN,
    clause: '发展指标 13: — → 100%',
    formula:
      'Districts (区市, development zones included): the share with a university for the elderly (老年大学) open on the day. Civil affairs’ facilities.',
    dataFrom: [D.CIVIL_AFFAIRS],
    leadDepartments: [CIVIL_AFFAIRS],
    unit: U.PERCENT,
    target: 100,
    recordKind: R.AREA,
    measure: (f) => ratio(f.districtsWithElderlyUniversity, f.districts),
  }),
  entry({
    code: 'M02',
    nameZh: '社区嵌入式、分布式、小型化养老服务机构',
    nameEn: 'Embedded small community elder-care institutions',
    source: MEASURES,
    clause: '措施 2: “2027年底前，培育社区嵌入式、分布式、小型化养老服务机构20家以上”',
    formula: 'Embedded small community institutions (嵌入式小型机构) open on the day. Civil affairs’ facilities.',
    dataFrom: [D.CIVIL_AFFAIRS],
    leadDepartments: [CIVIL_AFFAIRS],
    departmentsClause: '措施 2（市民政局牵头，市财政局配合）',
    cooperatingDepartments: ['市财政局'],
    unit: U.INSTITUTIONS,
    target: 20,
    deadline: '2027-12-31',
    scope: TargetScope.CITY,
    recordKind: R.FACILITY,
    measure: (f) => count(f.embeddedSmallInstitutions),
  }),
  entry({
    code: 'M04',
    nameZh: '智慧养老院',
    nameEn: 'Smart elder-care homes',
    source: MEASURES,
    clause: '措施 4: “2025 年底前，建设 7 家以上达到标准规范的智慧养老院”',
    formula:
      'Elder-care institutions operating on the day recognised as smart elder-care homes (智慧养老院). Civil affairs’ institutions (the recognition is recorded without a date: today’s records).',
    dataFrom: [D.CIVIL_AFFAIRS],
    leadDepartments: [CIVIL_AFFAIRS],
    departmentsClause: '措施 4（市民政局负责）',
    unit: U.INSTITUTIONS,
    target: 7,
    scope: TargetScope.CITY,
    recordKind: R.INSTITUTION,
    measure: (f) => count(f.smartHomes),
  }),
  entry({
    code: 'M05',
    nameZh: '养老机构开展居家上门服务比例',
    nameEn: 'Institutions offering home-visit services',
    source: MEASURES,
    clause: '措施 5: “2026 年底前，60% 以上养老机构开展居家上门服务”',
    formula:
      'Elder-care institutions operating on the day: the share offering home visits (居家上门服务). Civil affairs’ institutions.',
    dataFrom: [D.CIVIL_AFFAIRS],
    leadDepartments: [CIVIL_AFFAIRS],
    departmentsClause: '措施 5（市民政局负责）',
    unit: U.PERCENT,
    target: 60,
    deadline: '2026-12-31',
    recordKind: R.INSTITUTION,
    measure: (f) => ratio(f.homeVisitInstitutions, f.institutions),
  }),
  entry({
    code: 'M07',
    nameZh: '康复辅具体验租赁点',
    nameEn: 'Rehabilitation-aid rental points',
    source: MEASURES,
    clause: '措施 7: “争取 2027 年底前建成服务站点 90 个”',
    formula: 'Rehabilitation-aid rental points (康复辅具租赁点) open on the day. Civil affairs’ facilities.',
    dataFrom: [D.CIVIL_AFFAIRS],
    leadDepartments: [CIVIL_AFFAIRS],
    departmentsClause: '措施 7（市民政局牵头，市财政局配合）',
    cooperatingDepartments: ['市财政局'],
    unit: U.FACILITIES,
    target: 90,
    deadline: '2027-12-31',
    scope: TargetScope.CITY,
    recordKind: R.FACILITY,
    measure: (f) => count(f.rehabAidRentalPoints),
  }),
  entry({
    code: 'M09',
    nameZh: '示范性老年友好型社区',
    nameEn: 'Demonstration age-friendly communities per district',
    source: MEASURES,
    clause: '措施 9: “2025 年底前，力争各区市、开发区分别打造不少于 2 处符合国家标准的示范性老年友好型社区”',
    formula:
      'Age-friendly demonstration communities (示范性老年友好型社区, any level: each is assessed against the national standard) designated by the day’s year, per district; the city’s value is the share of districts with at least two. Civil affairs’ designations.',
    dataFrom: [D.CIVIL_AFFAIRS],
    leadDepartments: [CIVIL_AFFAIRS],
    departmentsClause: '措施 9（市民政局牵头，市发展改革委配合）',
    cooperatingDepartments: ['市发展改革委'],
    unit: U.COMMUNITIES,
    target: 2,
    scope: TargetScope.EVERY_DISTRICT,
    recordKind: R.AREA,
    measure: (f) => count(f.ageFriendlyCommunities),
    cityMeasure: (f) => ratio(f.districtsWithTwoAgeFriendly, f.districts),
  }),
  entry({
    code: 'M14',
    nameZh: '二级以上公立综合医院开展“互联网+护理服务”覆盖率',
    nameEn: 'Public general hospitals (level 2+) offering Internet+nursing',
    source: MEASURES,
    clause: '措施 14: “2025 年底前，二级以上公立综合医院开展‘互联网+ 护理服务’覆盖率达到 70%”',
    formula:
      'Second-level-and-above public general hospitals of the area: the share offering Internet+nursing (互联网+护理服务). Health’s medical institutions (recorded without a date: today’s records).',
    dataFrom: [D.HEALTH],
    leadDepartments: ['市卫生健康委'],
    departmentsClause: '措施 14（市卫生健康委负责）',
    unit: U.PERCENT,
    target: INTERNET_NURSING_TARGET_PERCENT,
    recordKind: R.MEDICAL_INSTITUTION,
    measure: (f) =>
      ratio(
        f.internetNursingOfferingHospitals,
        f.internetNursingOfferingHospitals + f.internetNursingMissingHospitalCodes.length,
      ),
  }),
  entry({
    code: 'P-HOSPICE',
    nameZh: '提供安宁疗护服务的医疗机构区市覆盖率',
    nameEn: 'Districts with a medical institution providing hospice care',
    source: PLAN,
    clause: '医养结合: “2022年底前，各区市、开发区分别拥有 1处以上提供安宁疗护服务的医疗机构”',
    formula:
      'Districts of the area: the share with at least one medical institution providing hospice care (安宁疗护). Health’s medical institutions (recorded without a date: today’s records).',
    dataFrom: [D.HEALTH],
    leadDepartments: ['市卫生健康委'],
    unit: U.PERCENT,
    target: 100,
    deadline: '2022-12-31',
    recordKind: R.AREA,
    measure: (f) => ratio(f.hospiceProviderDistrictCodes.length, f.districts),
  }),
  entry({
    code: 'P-SUPPORT-INSTITUTION',
    nameZh: '具有医养结合功能的特困人员供养服务机构',
    nameEn: 'Extreme-poverty support institutions with medical-care integration, per district',
    source: PLAN,
    clause:
      '专栏1 社区居家服务建设网络 1: “县级层面，至少建有 1所具有医养结合功能的特困人员供养服务机构”; no date of its own: the plan’s network by its end (发展目标: “2025 年底前……四级养老服务网络基本形成”)',
    formula:
      '特困人员供养服务机构 (institutions of 特困供养, such as a rural 敬老院) operating on the day (civil affairs) that health names medical-care integrated on the day — a cooperation agreement in force or an inside clinic operating, as for indicator 8: the count per district (at least 1); the city’s value is the share of districts with at least one.',
    dataFrom: [D.CIVIL_AFFAIRS, D.HEALTH],
    leadDepartments: ['市卫生健康委', CIVIL_AFFAIRS, '市行政审批服务局'],
    departmentsClause:
      '措施 13: “积极推进镇卫生院与敬老院融合发展，养老机构申请内部设置诊所……实行备案管理”（市卫生健康委、民政局、行政审批服务局负责）',
    unit: U.INSTITUTIONS,
    target: 1,
    scope: TargetScope.EVERY_DISTRICT,
    recordKind: R.INSTITUTION,
    measure: (f) => count(f.integratedSupportInstitutions),
    cityMeasure: (f) => ratio(f.districtsWithIntegratedSupportInstitution, f.districts),
  }),
  entry({
    code: 'P-DAY-CARE',
    nameZh: '村（社区）日间照料服务覆盖率',
    nameEn: 'Villages and communities with day care',
    source: PLAN,
    clause:
      '专栏1 社区居家服务建设网络 3: “村（社区）层面，建设城乡社区养老服务设施，2025年底前实现日间照料服务全覆盖”',
    formula:
      'Villages (村) and residents’ communities (社区) of the area: the share in which a day-care centre (日间照料中心) open on the day stands. The clause asks for day care at the village and community level: a street or town centre’s day care (日托) and a rural happiness home (农村幸福院) are not counted. Civil affairs’ division tree and facilities.',
    dataFrom: [D.CIVIL_AFFAIRS],
    leadDepartments: [CIVIL_AFFAIRS],
    unit: U.PERCENT,
    target: 100,
    recordKind: R.AREA,
    measure: (f) => ratio(f.villagesAndCommunitiesWithDayCare, f.villagesAndCommunities),
  }),
  entry({
    code: 'P-SIGNED-COOPERATION',
    nameZh: '医疗卫生机构与养老机构签约服务覆盖率',
    nameEn: 'Elder-care institutions with a signed medical cooperation',
    source: PLAN,
    clause:
      '医养结合: “落实基层医疗卫生机构与养老机构签约合作机制……实现医疗卫生机构与养老机构签约服务达标全覆盖”; no date of its own: the plan period, to end-2025',
    formula:
      'Elder-care institutions operating on the day (civil affairs): the share with a cooperation agreement (签约合作) with a medical institution in force on the day (health). Unlike indicator 8, an inside clinic alone does not count. Whether the signed service meets a standard (达标) is not recorded: the figure counts agreements in force.',
    dataFrom: [D.CIVIL_AFFAIRS, D.HEALTH],
    leadDepartments: ['市卫生健康委'],
    cooperatingDepartments: [CIVIL_AFFAIRS],
    unit: U.PERCENT,
    target: 100,
    recordKind: R.INSTITUTION,
    measure: (f) => ratio(f.signedCooperation, f.institutions),
  }),
  entry({
    code: 'M16',
    nameZh: '城乡居民长期护理保险覆盖率',
    nameEn: 'Long-term care insurance coverage of elders',
    source: MEASURES,
    clause: '措施 16: “2025 年底前实现城乡居民长期护理保险全覆盖”',
    formula:
      'Persons aged 60 or over on the day insured by long-term care insurance on the day, either scheme (medical insurance, by the district of insurance registration; age from the ID number given at enrolment), per 100 elders aged 60+ alive on the day (civil affairs’ registry): one population, elders, on both sides. The measure names the urban-rural residents’ scheme (城乡居民); the figure counts both schemes, and each is a breakdown (RESIDENTS_SCHEME the measure’s own, EMPLOYEES_SCHEME). An insured elder absent from the registry would still count, so the two registries disagreeing can lift it above 100%.',
    dataFrom: [D.MEDICAL_INSURANCE, D.CIVIL_AFFAIRS],
    leadDepartments: ['市医保局'],
    departmentsClause: '措施 16（市医保局牵头，市民政局、财政局配合）',
    cooperatingDepartments: [CIVIL_AFFAIRS, '市财政局'],
    unit: U.PERCENT,
    target: 100,
    recordKind: null,
    persons: { numerator: INSURED, denominator: ELDERS },
    measure: (f) => ratio(f.ltciInsuredEldersResidentsScheme + f.ltciInsuredEldersEmployeesScheme, f.elders),
    breakdowns: (f) => [
      {
        key: 'RESIDENTS_SCHEME',
        label: '城乡居民长期护理保险 urban-rural residents’ scheme',
        numerator: f.ltciInsuredEldersResidentsScheme,
      },
      {
        key: 'EMPLOYEES_SCHEME',
        label: '职工长期护理保险 employees’ scheme',
        numerator: f.ltciInsuredEldersEmployeesScheme,
      },
    ],
  }),
  ...(
    [
      ['M18-FIRE', '智慧消防覆盖率', 'Institutions with smart fire monitoring', '智慧消防', 'smartFire'],
      ['M18-GAS', '智慧燃气覆盖率', 'Institutions with smart gas monitoring', '智慧燃气', 'smartGas'],
      [
        'M18-KITCHEN',
        '“互联网+明厨亮灶”覆盖率',
        'Institutions with Internet + bright kitchen',
        '互联网+明厨亮灶',
        'brightKitchen',
      ],
    ] as const
  ).map(([code, nameZh, nameEn, term, field]) =>
    entry({
      code,
      nameZh,
      nameEn,
      source: MEASURES,
      clause: '措施 18: “推动‘智慧消防’‘智慧燃气’‘互联网+明厨亮灶’覆盖率达到100%” (no date set)',
      formula: `Elder-care institutions operating on the day: the share with ${term} (recorded without a date: today’s records). Civil affairs’ institutions.`,
      dataFrom: [D.CIVIL_AFFAIRS],
      leadDepartments: [CIVIL_AFFAIRS],
      cooperatingDepartments: ['市住房城乡建设局', '市市场监管局', '市消防救援支队'],
      departmentsClause: '措施 18（市民政局牵头，市住房城乡建设局、市场监管局、消防救援支队配合）',
      unit: U.PERCENT,
      target: 100,
      deadline: null,
      recordKind: R.INSTITUTION,
      measure: (f: AreaFigures) => ratio(f[field], f.institutions),
    }),
  ),
  ...(
    [
      [
        'M19-QUALITY',
        '《养老机构服务质量基本规范》达标率',
        'Institutions meeting the service-quality standard',
        '养老机构服务质量基本规范',
        'serviceQualityStandard',
      ],
      [
        'M19-SAFETY',
        '《养老机构服务安全基本规范》达标率',
        'Institutions meeting the service-safety standard (GB 38600)',
        '养老机构服务安全基本规范 (GB 38600)',
        'safetyStandard',
      ],
    ] as const
  ).map(([code, nameZh, nameEn, term, field]) =>
    entry({
      code,
      nameZh,
      nameEn,
      source: MEASURES,
      clause:
        '措施 19: “确保《养老机构服务质量基本规范》《养老机构服务安全基本规范》达标率达到100%”; the plan: 达到并保持 100% by 2025',
      formula: `Elder-care institutions operating on the day: the share meeting ${term} (recorded without a date: today’s records). Civil affairs’ institutions.`,
      dataFrom: [D.CIVIL_AFFAIRS],
      leadDepartments: [CIVIL_AFFAIRS],
      cooperatingDepartments: ['市财政局', '市市场监管局'],
      departmentsClause: '措施 19（市民政局牵头，市财政局、市场监管局配合）',
      unit: U.PERCENT,
      target: 100,
      recordKind: R.INSTITUTION,
      measure: (f: AreaFigures) => ratio(f[field], f.institutions),
    }),
  ),
  entry({
    code: 'M20-CERTIFIED',
    nameZh: '养老机构护理员持证上岗率',
    nameEn: 'Certified care staff in elder-care institutions',
    source: MEASURES,
    clause: '措施 20: “2025年底前，养老机构护理员持证上岗率不低于90%”',
    formula:
      'Care staff working in elder-care institutions on the day: the share certified on the day. Human resources’ caregivers and certificates.',
    dataFrom: [D.HUMAN_RESOURCES],
    ...MEASURE_20_DEPARTMENTS,
    departmentsClause: '措施 20（市民政局、人力资源社会保障局牵头，市教育局、财政局、医保局配合）',
    unit: U.PERCENT,
    target: 90,
    recordKind: null,
    persons: { numerator: CARE_STAFF, denominator: CARE_STAFF },
    measure: (f) => ratio(f.institutionCertifiedCareStaff, f.institutionCareStaff),
  }),
  entry({
    code: 'M20-LTC',
    nameZh: '长期护理保险定点机构中长期照护师占比',
    nameEn: 'Long-term carers among care staff of LTCI-designated institutions',
    source: MEASURES,
    clause: '措施 20: “2026年底前，长期护理保险定点机构中长期照护师占比达到20%”',
    formula:
      'Care staff working on the day in elder-care institutions LTCI-designated on the day (designations: medical insurance): the share who are long-term carers (长期照护师; human resources).',
    dataFrom: [D.HUMAN_RESOURCES, D.MEDICAL_INSURANCE],
    ...MEASURE_20_DEPARTMENTS,
    departmentsClause: '措施 20（市民政局、人力资源社会保障局牵头，市教育局、财政局、医保局配合）',
    unit: U.PERCENT,
    target: 20,
    deadline: '2026-12-31',
    recordKind: null,
    persons: { numerator: CARE_STAFF, denominator: CARE_STAFF },
    measure: (f) => ratio(f.ltciDesignatedLongTermCarers, f.ltciDesignatedCareStaff),
  }),
  entry({
    code: 'P-TRAINING-CAREGIVERS',
    nameZh: '培训养老护理员',
    nameEn: 'Caregivers trained for the 2024 goal',
    source: PLAN,
    clause: '人才队伍: “2024年底前，培训不少于 4530 名养老护理员”',
    formula:
      'Distinct caregivers who completed a training from the start of the plan period (2021-01-01) to the day, or to the deadline if the day is later: the plan’s goal is read as cumulative over 2021–2025 up to it; completions within 2024 are a breakdown (GOAL_YEAR). Human resources’ training records.',
    dataFrom: [D.HUMAN_RESOURCES],
    ...MEASURE_20_DEPARTMENTS,
    departmentsClause:
      '措施 20: “将养老护理员培训纳入补贴性职业技能培训项目指导目录”（市民政局、人力资源社会保障局牵头，市教育局、财政局、医保局配合）',
    unit: U.PERSONS,
    target: TRAINING_GOAL_2024.caregivers,
    deadline: TRAINING_GOAL_2024.deadline,
    scope: TargetScope.CITY,
    recordKind: null,
    persons: { numerator: CARE_STAFF },
    measure: (f) => count(f.trainedCaregivers),
    breakdowns: (f) => [
      { key: 'GOAL_YEAR', label: '2024年内培训 trained within 2024', numerator: f.trainedCaregiversInGoalYear },
    ],
  }),
  entry({
    code: 'P-TRAINING-SOCIAL-WORKERS',
    nameZh: '培训专兼职老年社会工作者',
    nameEn: 'Social workers trained for the 2024 goal',
    source: PLAN,
    clause: '人才队伍: “2024年底前，培训不少于……266 名专兼职老年社会工作者”',
    formula:
      'Distinct social workers who completed a training from the start of the plan period (2021-01-01) to the day, or to the deadline if the day is later: the plan’s goal is read as cumulative over 2021–2025 up to it; completions within 2024 are a breakdown (GOAL_YEAR). Human resources’ training records.',
    dataFrom: [D.HUMAN_RESOURCES],
    leadDepartments: [CIVIL_AFFAIRS, '市人力资源社会保障局'],
    unit: U.PERSONS,
    target: TRAINING_GOAL_2024.socialWorkers,
    deadline: TRAINING_GOAL_2024.deadline,
    scope: TargetScope.CITY,
    recordKind: null,
    persons: { numerator: CARE_STAFF },
    measure: (f) => count(f.trainedSocialWorkers),
    breakdowns: (f) => [
      { key: 'GOAL_YEAR', label: '2024年内培训 trained within 2024', numerator: f.trainedSocialWorkersInGoalYear },
    ],
  }),
  entry({
    code: 'P-INDUCTION-TRAINING',
    nameZh: '养老护理员入职培训率',
    nameEn: 'Care staff with induction training',
    source: PLAN,
    clause:
      '发展目标 4 (“2025 年底前”): “养老护理员入职培训率达到 100%”; 人才队伍 1: “2025年底前，实现养老服务人员上岗培训全覆盖”',
    formula:
      'Care staff (养老护理员 and 长期照护师) working on the day, with or without an employer, by the district they work in: the share who completed an induction training (a programme of kind INDUCTION, 入职/上岗培训) on or before the day, however long before their employment. Skills and long-term-carer trainings do not count; social workers and an institution’s medical, rehabilitation and fire-safety staff are not in the population. Breakdowns: the elder caregivers and the long-term carers trained. Human resources’ caregivers and training records.',
    dataFrom: [D.HUMAN_RESOURCES],
    ...MEASURE_20_DEPARTMENTS,
    departmentsClause:
      '措施 20: “将养老护理员培训纳入补贴性职业技能培训项目指导目录”（市民政局、人力资源社会保障局牵头，市教育局、财政局、医保局配合）',
    unit: U.PERCENT,
    target: 100,
    recordKind: null,
    persons: { numerator: CARE_STAFF, denominator: CARE_STAFF },
    measure: (f) => ratio(f.inductedElderCaregivers + f.inductedLongTermCarers, f.workingCareStaff),
    breakdowns: (f) => [
      { key: 'ELDER_CAREGIVERS', label: '养老护理员 elder caregivers', numerator: f.inductedElderCaregivers },
      { key: 'LONG_TERM_CARERS', label: '长期照护师 long-term carers', numerator: f.inductedLongTermCarers },
    ],
  }),
  entry({
    code: 'P-CERTIFIED-SPECIALISTS',
    nameZh: '养老机构中从事医疗、康复、消防等服务的人员持证上岗率',
    nameEn: 'Certified medical, rehabilitation and fire-safety staff of elder-care institutions',
    source: PLAN,
    clause:
      '专栏4 养老服务人才队伍建设工程 2: “2024年底前……养老机构中从事医疗、康复、消防等服务的人员持证上岗率达到100%”; restated for 2025 in 人才队伍 1: “2025年底前……养老机构中从事医疗护理、康复治疗、消防管理等服务的专业人员全部持证上岗” — the same 100%, so the entry reads the earlier deadline and stays due after it',
    formula:
      'Medical staff, rehabilitation therapists and fire-safety operators employed by an elder-care institution and working on the day, by the district they work in: the share holding, valid on the day, the licence of their own trade — a physician’s (执业医师/执业助理医师) or nurse’s licence, a 康复医学治疗技术 qualification, a 消防设施操作员 certificate; a certificate of another trade does not count. Breakdowns: the certified of each trade. Human resources’ caregivers and certificates.',
    dataFrom: [D.HUMAN_RESOURCES],
    leadDepartments: [CIVIL_AFFAIRS, '市人力资源社会保障局'],
    cooperatingDepartments: ['市卫生健康委', '市消防救援支队'],
    unit: U.PERCENT,
    target: 100,
    deadline: '2024-12-31',
    recordKind: null,
    persons: { numerator: CARE_STAFF, denominator: CARE_STAFF },
    measure: (f) =>
      ratio(
        f.certifiedMedicalStaff + f.certifiedRehabilitationTherapists + f.certifiedFireSafetyOperators,
        f.institutionSpecialists,
      ),
    breakdowns: (f) => [
      { key: 'MEDICAL', label: '医疗护理 medical staff', numerator: f.certifiedMedicalStaff },
      {
        key: 'REHABILITATION',
        label: '康复治疗 rehabilitation therapists',
        numerator: f.certifiedRehabilitationTherapists,
      },
      { key: 'FIRE_SAFETY', label: '消防管理 fire-safety operators', numerator: f.certifiedFireSafetyOperators },
    ],
  }),
  entry({
    code: 'P-LOTTERY',
    nameZh: '留成福彩公益金用于养老服务比例',
    nameEn: 'Share of the retained welfare-lottery fund spent on elder care',
    source: PLAN,
    clause: '保障措施: “县级以上人民政府留成的福彩公益金 55%以上用于支持养老服务发展” (a standing rule)',
    formula:
      'The area’s own retained welfare-lottery fund raised the year before the day: the share allocated to elder care by the day. Finance’s funds and allocations.',
    dataFrom: [D.FINANCE],
    leadDepartments: ['市财政局'],
    cooperatingDepartments: [CIVIL_AFFAIRS],
    unit: U.PERCENT,
    target: LOTTERY_FUND_ELDER_CARE_MINIMUM_PERCENT,
    deadline: null,
    recordKind: R.AREA,
    measure: (f) =>
      f.lotteryFundRetainedFen === null || f.lotteryFundElderCareFen === null
        ? null
        : ratio(f.lotteryFundElderCareFen, f.lotteryFundRetainedFen),
  }),
];

export const INDICATOR_CODES = INDICATOR_CATALOGUE.map((definition) => definition.code);

/** The catalogue entry of a code an evaluated indicator carries (always one of the catalogue's). */
export function entryOf(code: string): CatalogueEntry {
  return INDICATOR_CATALOGUE.find((entry) => entry.code === code)!;
}
