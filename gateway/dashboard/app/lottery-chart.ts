/// <reference lib="dom" />
import * as Plot from '@observablehq/plot';
import { MET_COLOUR, NOT_MET_COLOUR, PLOT_CLASS, TARGET_COLOUR } from './chart-style';
import { el } from './dom';
import { type Language, word } from './labels';
import { type FundRow, fundStatus, fundStatusLabel, percent } from './lottery-table';

/** The plan's minimum elder-care share, in percent (55%; the API's requiredBasisPoints / 100). */
const RULE_PERCENT = 55;

interface Bar {
  areaCode: string;
  name: string;
  year: number;
  share: number;
  status: 'met' | 'not-met';
}

/**
 * The elder-care share of each level's fund by year raised: a panel per level (the city, then the
 * districts), a bar per year coloured met or not met, and the 55% rule across every panel. Levels or
 * years with nothing retained have no bar (a share of nothing is not 0%).
 */
export function lotteryChart(rows: FundRow[], years: number[], language: Language, width: number): HTMLElement {
  const bars: Bar[] = rows.flatMap((row) =>
    years.flatMap((year) => {
      const figures = row.years?.get(year);
      const status = fundStatus(figures);
      if (!figures || status === 'none' || figures.elderCareShare.basisPoints === null) return [];
      return [
        { areaCode: row.areaCode, name: row.name, year, share: figures.elderCareShare.basisPoints / 100, status },
      ];
    }),
  );
  const chart = Plot.plot({
    className: PLOT_CLASS,
    width,
    height: 320,
    marginLeft: 48,
    marginBottom: 36,
    fx: { label: null, domain: rows.map((row) => row.name), padding: 0.15 },
    x: { label: null, domain: years, tickFormat: (year: number) => `’${String(year).slice(2)}` },
    y: { label: `${word('share', language)} (%)`, grid: true, domain: [0, 100] },
    color: { domain: ['met', 'not-met'], range: [MET_COLOUR, NOT_MET_COLOUR] },
    marks: [
      Plot.barY(bars, {
        fx: 'name',
        x: 'year',
        y: 'share',
        fill: 'status',
        title: (bar: Bar) =>
          `${bar.name} ${bar.year}: ${percent(bar.share * 100)} (${fundStatusLabel(bar.status, language)})`,
        ariaLabel: (bar: Bar) => `${bar.areaCode} ${bar.year}`,
      }),
      Plot.ruleY([RULE_PERCENT], {
        stroke: TARGET_COLOUR,
        strokeDasharray: '6 4',
        strokeWidth: 1.5,
        ariaLabel: () => 'rule',
        title: () => word('rule55', language),
      }),
      Plot.ruleY([0]),
    ],
  });
  return el('figure', { id: 'lottery-chart', class: 'chart' }, chart);
}
