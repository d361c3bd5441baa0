/// <reference lib="dom" />
import * as Plot from '@observablehq/plot';
import { DEADLINE_COLOUR, PLOT_CLASS, TARGET_COLOUR } from './chart-style';
import { el } from './dom';
import { type Language, unitLabel, word } from './labels';
import type { Definition } from './queries';
import { gapReason, type TrendPoint } from './trend-series';

/** One colour per area (Tableau 10: told apart by most colour-blind readers too); the city always the first. */
const AREA_COLOURS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];

const utc = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * The trend of one indicator: a line per area with a dot at each point that has a value, a gap (and
 * a × at the foot of the chart, titled with its reason) where it has none, the target as a dashed
 * horizontal rule and the deadline as a vertical one. Every mark names its area and day in its
 * aria-label, so a reader with a screen reader, and the browser tests, can tell the points apart.
 */
export function trendChart(
  points: TrendPoint[],
  areaCodes: string[],
  definition: Definition,
  language: Language,
  width: number,
): HTMLElement {
  const unit = unitLabel(definition.unit, language);
  const name = language === 'zh' ? definition.nameZh : definition.nameEn;
  const valued = points.filter((point) => point.value !== null);
  const gaps = points.filter((point) => point.value === null);
  const title = (point: TrendPoint) =>
    `${point.areaName} ${point.day}: ${gapReason(point, language) ?? `${point.value} ${unit}`}`;
  const chart = Plot.plot({
    className: PLOT_CLASS,
    width,
    height: 420,
    marginLeft: 56,
    marginBottom: 40,
    x: {
      type: 'utc',
      label: word('month', language),
      tickFormat: (day: Date, index: number) => monthTick(day, index === 0, language),
    },
    y: { label: `${definition.code} ${name} (${unit})`, grid: true },
    color: { domain: areaCodes, range: AREA_COLOURS },
    marks: [
      Plot.ruleY([definition.target], {
        stroke: TARGET_COLOUR,
        strokeDasharray: '6 4',
        strokeWidth: 1.5,
        ariaLabel: () => 'target',
        title: () => `${word('target', language)}: ${definition.target} ${unit}`,
      }),
      definition.deadline
        ? Plot.ruleX([utc(definition.deadline)], {
            stroke: DEADLINE_COLOUR,
            strokeWidth: 1.5,
            ariaLabel: () => 'deadline',
            title: () => `${word('deadline', language)}: ${definition.deadline}`,
          })
        : null,
      definition.deadline
        ? Plot.text([utc(definition.deadline)], {
            x: (day: Date) => day,
            frameAnchor: 'top',
            dy: 4,
            dx: -4,
            textAnchor: 'end',
            fill: DEADLINE_COLOUR,
            text: () => `${word('deadline', language)} ${definition.deadline}`,
          })
        : null,
      Plot.line(points, {
        x: (point: TrendPoint) => utc(point.day),
        y: 'value',
        z: 'areaCode',
        stroke: 'areaCode',
        strokeWidth: 2,
      }),
      Plot.dot(valued, {
        x: (point: TrendPoint) => utc(point.day),
        y: 'value',
        fill: 'areaCode',
        r: 3.5,
        title,
        ariaLabel: (point: TrendPoint) => `${point.areaCode} ${point.day}`,
      }),
      Plot.dot(gaps, {
        x: (point: TrendPoint) => utc(point.day),
        frameAnchor: 'bottom',
        symbol: 'times',
        stroke: 'areaCode',
        r: 4,
        title,
        ariaLabel: (point: TrendPoint) => `gap ${point.areaCode} ${point.day}`,
      }),
    ],
  });
  return el('figure', { id: 'trend-chart', class: 'chart' }, chart);
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An axis tick in the page's language (Plot's own are English), with the year under the first and January's. */
function monthTick(day: Date, first: boolean, language: Language): string {
  const [year, month] = [day.getUTCFullYear(), day.getUTCMonth()];
  const name = language === 'en' ? EN_MONTHS[month] : `${month + 1}月`;
  return first || month === 0 ? `${name}\n${year}${language === 'en' ? '' : '年'}` : name;
}

/** The colour an area's line has, for the legend beside the chart. */
export function areaColour(areaCodes: string[], areaCode: string): string {
  return AREA_COLOURS[areaCodes.indexOf(areaCode) % AREA_COLOURS.length];
}
