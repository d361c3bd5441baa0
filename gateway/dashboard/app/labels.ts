/** The dashboard's words: Chinese first (a Weihai government tool), English on request. */
export type Language = 'zh' | 'en';

const WORDS = {
  title: { zh: '威海市养老服务发展指标看板', en: 'Weihai elder-care indicators board' },
  asOf: { zh: '截至日期', en: 'As of' },
  area: { zh: '地区', en: 'Area' },
  city: { zh: '全市', en: 'City' },
  pilot: { zh: '五床联动试点', en: 'five-bed pilot' },
  signIn: { zh: '登录', en: 'Sign in' },
  signOut: { zh: '退出', en: 'Sign out' },
  pasteToken: { zh: '粘贴令牌（Bearer token）', en: 'Paste a token (Bearer)' },
  developmentSignIn: {
    zh: '开发登录（仅嵌入模式）：选择角色',
    en: 'Development sign-in (embedded mode only): pick a role',
  },
  signedInAs: { zh: '已登录', en: 'Signed in' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  language: { zh: 'English', en: '中文' },
  loading: { zh: '加载中…', en: 'Loading…' },
  deadline: { zh: '期限', en: 'Deadline' },
  baseline: { zh: '2020年基数', en: '2020 baseline' },
  target: { zh: '目标', en: 'Target' },
  value: { zh: '数值', en: 'Value' },
  status: { zh: '状态', en: 'Status' },
  numerator: { zh: '分子', en: 'Numerator' },
  denominator: { zh: '分母', en: 'Denominator' },
  clause: { zh: '文件条款', en: 'Clause of the document' },
  records: { zh: '明细记录', en: 'Records behind the figure' },
  noRecords: { zh: '无可显示的记录', en: 'No records to show' },
  withheldMark: { zh: '＊', en: '*' },
  withheld: { zh: '小数保护（1–4人）不予显示', en: 'withheld (small cell, 1–4 persons)' },
  none: { zh: '—', en: '—' },
  close: { zh: '关闭', en: 'Close' },
  notSignedIn: {
    zh: '请先登录：数据按您的权限显示。',
    en: 'Sign in first: the figures shown are those your token may see.',
  },
  unauthenticated: { zh: '令牌无效或已过期，请重新登录。', en: 'The token is invalid or has expired: sign in again.' },
  forbidden: { zh: '您的角色无权查看此内容。', en: 'Your role may not see this.' },
  unavailable: { zh: '部分部门暂时无法访问，稍后再试。', en: 'A department could not be reached: try again later.' },
  failed: { zh: '请求失败，请稍后再试。', en: 'The request failed: try again later.' },
  notRecordsAllowed: { zh: '您的角色无权查看明细记录。', en: 'Your role may not see the records behind this figure.' },
  boardView: { zh: '指标看板', en: 'Indicator board' },
  fiveBedView: { zh: '五床联动', en: 'Five-bed linkage' },
  from: { zh: '起始日期', en: 'From' },
  to: { zh: '截止日期', en: 'To' },
  windowDays: { zh: '转介窗口（天）', en: 'Window (days)' },
  show: { zh: '查询', en: 'Show' },
  bedKind: { zh: '床位类型', en: 'Bed' },
  capacity: { zh: '床位数', en: 'Capacity' },
  occupied: { zh: '在床人数', en: 'Occupied' },
  occupancy: { zh: '使用率', en: 'Occupancy' },
  transfers: { zh: '转介矩阵（行：离开的床位；列：下一张床位）', en: 'Transfers (row: bed left; column: next bed)' },
  discharges: { zh: '出院后衔接', en: 'After hospital discharge' },
  hospitalDischarges: { zh: '出院人次', en: 'Hospital discharges' },
  withNextBed: { zh: '窗口内有下一张床位', en: 'With a next bed in the window' },
  withoutNextBed: { zh: '无下一张床位', en: 'With no next bed' },
  medianDays: { zh: '至下一张床位天数中位数', en: 'Median days to the next bed' },
  p90Days: { zh: '至下一张床位天数第90百分位', en: '90th percentile of days to the next bed' },
  trendsView: { zh: '趋势', en: 'Trends' },
  lotteryView: { zh: '福彩公益金', en: 'Lottery fund' },
  indicator: { zh: '指标', en: 'Indicator' },
  areas: { zh: '地区', en: 'Areas' },
  month: { zh: '月末', en: 'Month end' },
  chooseArea: { zh: '请至少选择一个地区。', en: 'Pick at least one area.' },
  gap: { zh: '空缺（不按0计）', en: 'gap (not counted as 0)' },
  gapMark: { zh: '×', en: '×' },
  fromYear: { zh: '起始年度', en: 'From year' },
  toYear: { zh: '截止年度', en: 'To year' },
  year: { zh: '年度', en: 'Year' },
  raisedYear: { zh: '筹集年度', en: 'Year raised' },
  retained: { zh: '留成（元）', en: 'Retained (yuan)' },
  elderCare: { zh: '用于养老服务（元）', en: 'To elder care (yuan)' },
  share: { zh: '养老服务占比', en: 'Elder-care share' },
  rule55: {
    zh: '县级以上留成福彩公益金55%以上用于养老服务',
    en: 'At least 55% of the retained welfare-lottery fund goes to elder care',
  },
  met55: { zh: '达到55%', en: '55% met' },
  notMet55: { zh: '未达55%', en: 'below 55%' },
  noFund: { zh: '无留成资金记录', en: 'no fund recorded' },
} as const satisfies Record<string, Record<Language, string>>;

export type Word = keyof typeof WORDS;

export function word(key: Word, language: Language): string {
  return WORDS[key][language];
}

/** IndicatorStatus values; NOT_APPLICABLE is shown too should the API report it. */
const STATUSES: Record<string, Record<Language, string>> = {
  MET: { zh: '达标', en: 'met' },
  NOT_MET: { zh: '未达标', en: 'not met' },
  NOT_YET_DUE: { zh: '未到期', en: 'not yet due' },
  NO_DATA: { zh: '无数据', en: 'no data' },
  CITY_TARGET_ONLY: { zh: '仅全市目标', en: 'city target only' },
  NOT_APPLICABLE: { zh: '不适用', en: 'not applicable' },
};

export function statusLabel(status: string, language: Language): string {
  return STATUSES[status]?.[language] ?? status;
}

const UNITS: Record<string, Record<Language, string>> = {
  PERCENT: { zh: '%', en: '%' },
  PER_THOUSAND_ELDERS: { zh: '人/千名老年人', en: 'per 1,000 elders' },
  PER_TEN_THOUSAND_ELDERS: { zh: '人/万名老年人', en: 'per 10,000 elders' },
  BEDS: { zh: '张', en: 'beds' },
  INSTITUTIONS: { zh: '家', en: 'institutions' },
  FACILITIES: { zh: '个', en: 'facilities' },
  COMMUNITIES: { zh: '处', en: 'communities' },
  PERSONS: { zh: '人', en: 'persons' },
};

export function unitLabel(unit: string, language: Language): string {
  return UNITS[unit]?.[language] ?? unit;
}

const BED_KINDS: Record<string, Record<Language, string>> = {
  ELDER_CARE_BED: { zh: '养老床位', en: 'elder-care bed' },
  FAMILY_ELDER_CARE_BED: { zh: '家庭养老床位', en: 'family elder-care bed' },
  MEDICAL_BED: { zh: '医疗床位', en: 'hospital bed' },
  HOME_SICKBED: { zh: '家庭病床', en: 'home sickbed' },
  HOSPICE_BED: { zh: '安宁疗护床位', en: 'hospice bed' },
};

/** The five beds in the graph's enum order, the matrix's rows and columns. */
export const FIVE_BED_KINDS = Object.keys(BED_KINDS);

export function bedKindLabel(kind: string, language: Language): string {
  return BED_KINDS[kind]?.[language] ?? kind;
}
