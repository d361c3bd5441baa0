/// <reference lib="dom" />
import { addMonths, firstDayOf, monthOf } from '../../../subgraphs/shared/time/months';
import { HubError, query } from './api';
import { chartWidth, DEADLINE_COLOUR, swatch, TARGET_COLOUR } from './chart-style';
import { indicatorName } from './board-table';
import { toCsv } from './csv';
import { el } from './dom';
import { type Language, statusLabel, word } from './labels';
import {
  type AreaChoice,
  type Definition,
  TREND_CHOICES_QUERY,
  TREND_QUERY,
  type TrendChoicesData,
  type TrendData,
} from './queries';
import { todayInChina } from './today';
import { areaColour, trendChart } from './trend-chart';
import { seriesWindows, type TrendPoint, trendPoints, trendRows } from './trend-series';

/** Months a trend shows unless told: two years up to today. */
const DEFAULT_MONTHS = 24;

/**
 * The trends page (趋势): an indicator's series by month for the city and the districts picked (pilot
 * districts marked ★, checked at first), with its target line and deadline, and the series as CSV.
 */
export function trendsView(
  token: string,
  language: Language,
  showMessage: (key: Parameters<typeof word>[0] | null) => void,
  download: (name: string, text: string) => void,
): HTMLElement {
  const t = (key: Parameters<typeof word>[0]) => word(key, language);
  const today = todayInChina();
  const indicator = el('select', { id: 'trend-indicator' });
  const areaBoxes = el('fieldset', { id: 'trend-areas', class: 'area-picker' }, el('legend', {}, t('areas')));
  const from = el('input', {
    id: 'trend-from',
    type: 'date',
    max: today,
    value: firstDayOf(addMonths(monthOf(today), 1 - DEFAULT_MONTHS)),
  });
  const to = el('input', { id: 'trend-to', type: 'date', max: today, value: today });
  const show = el('button', { id: 'trend-show', type: 'button' }, t('show'));
  const exportCsv = el('button', { id: 'trend-export', type: 'button' }, t('exportCsv'));
  const result = el('div', { id: 'trend' });
  let choices: TrendChoicesData | null = null;
  let shown: { definition: Definition; points: TrendPoint[] } | null = null;

  async function start(): Promise<void> {
    showMessage('loading');
    try {
      choices = await query<TrendChoicesData>(token, TREND_CHOICES_QUERY, {});
    } catch (error) {
      return showMessage(error instanceof HubError ? error.reason : 'failed');
    }
    indicator.append(
      ...choices.indicatorDefinitions.map((definition) =>
        el('option', { value: definition.code }, `${definition.code} ${indicatorName(definition, language)}`),
      ),
    );
    areaBoxes.append(...pickableAreas(choices).map((area) => areaBox(area, language)));
    await load();
  }

  async function load(): Promise<void> {
    const definition = choices?.indicatorDefinitions.find((candidate) => candidate.code === indicator.value);
    if (!choices || !definition || !from.value || !to.value) return;
    const areas = pickableAreas(choices);
    const areaCodes = areas
      .map((area) => area.code)
      .filter((code) => areaBoxes.querySelector<HTMLInputElement>(`input[value="${code}"]`)?.checked);
    if (areaCodes.length === 0) return showMessage('chooseArea');
    showMessage('loading');
    try {
      const answers = await Promise.all(
        seriesWindows(from.value, to.value).map((window) =>
          query<TrendData>(token, TREND_QUERY, { ...window, areaCodes, code: definition.code }),
        ),
      );
      const series = answers.flatMap((answer) => answer.indicatorSeries);
      const points = trendPoints(series, definition.code, areas).sort(
        (a, b) => areaCodes.indexOf(a.areaCode) - areaCodes.indexOf(b.areaCode) || a.day.localeCompare(b.day),
      );
      shown = { definition, points };
      // A department that did not answer leaves its points as gaps: the page says why.
      showMessage(series.some((point) => point.indicators === null) ? 'unavailable' : null);
      result.setAttribute('data-indicator', definition.code);
      result.setAttribute('data-from', from.value);
      result.setAttribute('data-to', to.value);
      result.setAttribute('data-areas', areaCodes.join(' '));
      result.replaceChildren(
        legend(areas, areaCodes, definition, language),
        trendChart(points, areaCodes, definition, language, chartWidth()),
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
        `trend-${shown.definition.code}-${from.value}-${to.value}.csv`,
        toCsv(trendRows(shown.points, shown.definition, language)),
      );
  };
  void start();
  return el(
    'section',
    {},
    el(
      'div',
      { class: 'controls' },
      el('label', {}, `${t('indicator')} `, indicator),
      el('label', {}, `${t('from')} `, from),
      el('label', {}, `${t('to')} `, to),
      show,
      exportCsv,
    ),
    areaBoxes,
    result,
  );
}

/** The city first, then the districts in code order. */
function pickableAreas(choices: TrendChoicesData): AreaChoice[] {
  return [...(choices.city ? [choices.city] : []), ...choices.areas];
}

/** A checkbox per area: the city and the five-bed pilot districts checked at first. */
function areaBox(area: AreaChoice, language: Language): HTMLElement {
  const isCity = area.code === '371000';
  const box = el('input', { type: 'checkbox', name: 'trend-area', value: area.code });
  box.checked = isCity || area.fiveBedPilot;
  return el(
    'label',
    { class: area.fiveBedPilot ? 'pilot' : undefined, title: area.fiveBedPilot ? word('pilot', language) : undefined },
    box,
    isCity && language === 'en' ? `${word('city', language)} (${area.name})` : area.name,
    area.fiveBedPilot ? el('span', { class: 'pilot-mark' }, ' ★') : null,
  );
}

/** What the chart's colours and marks mean: each area's line, the target, the deadline and a gap. */
function legend(areas: AreaChoice[], areaCodes: string[], definition: Definition, language: Language): HTMLElement {
  const names = new Map(areas.map((area) => [area.code, area]));
  return el(
    'p',
    { class: 'legend trend-legend' },
    ...areaCodes.map((code) =>
      el(
        'span',
        { 'data-area': code },
        swatch(areaColour(areaCodes, code), 'line'),
        names.get(code)?.name ?? code,
        names.get(code)?.fiveBedPilot ? el('span', { class: 'pilot-mark' }, ' ★') : null,
      ),
    ),
    el('span', {}, swatch(TARGET_COLOUR, 'rule'), `${word('target', language)} ${definition.target}`),
    definition.deadline
      ? el('span', {}, swatch(DEADLINE_COLOUR, 'rule'), `${word('deadline', language)} ${definition.deadline}`)
      : null,
    el(
      'span',
      {},
      `${word('gapMark', language)} ${word('gap', language)}: ${statusLabel('NO_DATA', language)} / ${statusLabel(
        'NOT_APPLICABLE',
        language,
      )} / ${word('withheld', language)}`,
    ),
  );
}
