/// <reference lib="dom" />
import { HubError, query } from './api';
import { chartWidth, MET_COLOUR, NOT_MET_COLOUR, swatch, TARGET_COLOUR } from './chart-style';
import { toCsv } from './csv';
import { el } from './dom';
import { type Language, word } from './labels';
import { lotteryChart } from './lottery-chart';
import {
  type FundRow,
  fundCsvRows,
  fundRows,
  fundStatus,
  fundStatusLabel,
  percent,
  yearsBetween,
  yuan,
} from './lottery-table';
import { LOTTERY_QUERY, type LotteryData } from './queries';
import { todayInChina } from './today';

/** Years the page shows unless told: the five before this one (a fund raised in a year is spent the next). */
const DEFAULT_YEARS = 5;

/**
 * The lottery fund page (福彩公益金): each level's (the city's and each district's own) retained
 * welfare-lottery fund by year raised, the share allocated to elder care against the 55% rule, as a
 * table and a bar chart, and the table as CSV.
 */
export function lotteryView(
  token: string,
  language: Language,
  showMessage: (key: Parameters<typeof word>[0] | null) => void,
  download: (name: string, text: string) => void,
): HTMLElement {
  const t = (key: Parameters<typeof word>[0]) => word(key, language);
  const thisYear = Number(todayInChina().slice(0, 4));
  const yearInput = (id: string, value: number) =>
    el('input', { id, type: 'number', max: String(thisYear), value: String(value) });
  const fromYear = yearInput('lottery-from', thisYear - DEFAULT_YEARS);
  const toYear = yearInput('lottery-to', thisYear - 1);
  const show = el('button', { id: 'lottery-show', type: 'button' }, t('show'));
  const exportCsv = el('button', { id: 'lottery-export', type: 'button' }, t('exportCsv'));
  const result = el('div', { id: 'lottery' });
  let shown: { rows: FundRow[]; years: number[] } | null = null;

  async function load(): Promise<void> {
    const [from, to] = [Number(fromYear.value), Number(toYear.value)];
    if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) return showMessage('failed');
    showMessage('loading');
    try {
      const rows = fundRows(await query<LotteryData>(token, LOTTERY_QUERY, { fromYear: from, toYear: to }));
      const years = yearsBetween(from, to);
      shown = { rows, years };
      // Finance not answering leaves its figures null: the rows say so and so does the page.
      showMessage(rows.length === 0 || rows.some((row) => row.years === null) ? 'unavailable' : null);
      result.replaceChildren(
        el('p', { class: 'rule' }, t('rule55')),
        fundTable(rows, years, language),
        el(
          'p',
          { class: 'legend' },
          el('span', {}, swatch(MET_COLOUR, 'bar'), t('met55')),
          el('span', {}, swatch(NOT_MET_COLOUR, 'bar'), t('notMet55')),
          el('span', {}, swatch(TARGET_COLOUR, 'rule'), '55%'),
          el('span', { class: 'pilot-mark' }, `★ ${t('pilot')}`),
        ),
        lotteryChart(rows, years, language, chartWidth()),
      );
    } catch (error) {
      shown = null;
      result.replaceChildren();
      showMessage(error instanceof HubError ? error.reason : 'failed');
    }
  }

  show.onclick = () => void load();
  exportCsv.onclick = () => {
    if (shown)
      download(
        `lottery-fund-${shown.years[0]}-${shown.years.at(-1)}.csv`,
        toCsv(fundCsvRows(shown.rows, shown.years, language)),
      );
  };
  void load();
  return el(
    'section',
    {},
    el(
      'div',
      { class: 'controls' },
      el('label', {}, `${t('fromYear')} `, fromYear),
      el('label', {}, `${t('toYear')} `, toYear),
      show,
      exportCsv,
    ),
    result,
  );
}

/** Levels × years raised: each cell the share against 55% (coloured), the retained and elder-care amounts in yuan. */
function fundTable(rows: FundRow[], years: number[], language: Language): HTMLElement {
  const t = (key: Parameters<typeof word>[0]) => word(key, language);
  return el(
    'table',
    { id: 'lottery-table', 'data-from': String(years[0]), 'data-to': String(years.at(-1)) },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', {}, `${t('area')} / ${t('raisedYear')}`),
        ...years.map((year) => el('th', {}, String(year))),
      ),
    ),
    el(
      'tbody',
      {},
      ...rows.map((row) =>
        el(
          'tr',
          { 'data-area': row.areaCode },
          el(
            'th',
            { class: row.pilot ? 'pilot' : undefined },
            row.areaCode === '371000' && language === 'en' ? `${t('city')} (${row.name})` : row.name,
            row.pilot ? el('span', { class: 'pilot-mark', title: t('pilot') }, ' ★') : null,
          ),
          ...years.map((raisedYear) => fundCell(row, raisedYear, language)),
        ),
      ),
    ),
  );
}

function fundCell(row: FundRow, raisedYear: number, language: Language): HTMLElement {
  const t = (key: Parameters<typeof word>[0]) => word(key, language);
  if (!row.years)
    return el(
      'td',
      { class: 'fund fund-none', 'data-area': row.areaCode, 'data-year': String(raisedYear) },
      t('unavailable'),
    );
  const year = row.years.get(raisedYear);
  const status = fundStatus(year);
  return el(
    'td',
    {
      class: `fund fund-${status}`,
      'data-area': row.areaCode,
      'data-year': String(raisedYear),
      'data-status': status,
      'data-basis-points':
        year?.elderCareShare.basisPoints == null ? undefined : String(year.elderCareShare.basisPoints),
      title: fundStatusLabel(status, language),
    },
    year
      ? el('span', { class: 'share' }, percent(year.elderCareShare.basisPoints))
      : el('span', { class: 'share' }, t('noFund')),
    year ? el('span', { class: 'amounts' }, `${t('retained')} ${yuan(year.retainedFen)}`) : null,
    year ? el('span', { class: 'amounts' }, `${t('elderCare')} ${yuan(year.elderCareAllocatedFen)}`) : null,
  );
}
