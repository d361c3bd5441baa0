import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'puppeteer-core';
import { TREND_QUERY, type TrendData } from '../../../gateway/dashboard/app/queries';
import { expectData } from '../../support/builders/expect-data';
import {
  BROWSER_TEST_TIMEOUT_MS,
  closeDashboard,
  csvLines,
  type DashboardBrowser,
  exportedCsv,
  openDashboardOn,
  signInAs,
} from '../../support/dashboard-browser';
import { DATABASE_TARGETS, HUB_START_TIMEOUT_MS, type OwnTestHub, startTestHub } from '../../support/test-hub';
import { CITY, recordDataset, RUSHAN } from '../indicators/dataset';

/** 环翠区: a five-bed pilot with nothing of the dataset's in it, so nothing to measure (不适用). */
const HUANCUI = '371002';
const AREAS = [CITY, HUANCUI, RUSHAN];
const FROM = '2025-06-01';
const TO = '2025-12-31';
const MONTH_ENDS = ['2025-06-30', '2025-07-31', '2025-08-31', '2025-09-30', '2025-10-31', '2025-11-30', '2025-12-31'];

interface Mark {
  label: string;
  title: string;
  /** The mark's centre on the page, to compare with the target line's. */
  y: number;
}

describe.each(DATABASE_TARGETS)('the dashboard’s trends page (%s)', (target) => {
  // A hub of its own with the indicators' known city (test/integration/indicators/dataset.ts): a district
  // with nothing in it must read 不适用, which another file's records in a shared hub would change.
  let hub: OwnTestHub;
  let browser: DashboardBrowser;

  beforeAll(async () => {
    hub = await startTestHub(target);
    await recordDataset(hub);
    browser = await openDashboardOn(hub);
  }, HUB_START_TIMEOUT_MS);
  afterAll(async () => {
    await closeDashboard(browser);
    await hub?.stop();
  });

  /** Opens the trends page as an analyst and shows `code` for `areas` over the range. */
  async function showTrend(code: string, areas: string[], from: string, to: string): Promise<Page> {
    const page = await browser.open('#trends');
    await signInAs(page, 'analyst');
    await page.waitForSelector('#trend-chart svg');
    await page.select('#trend-indicator', code);
    await page.$$eval(
      '#trend-areas input[name="trend-area"]',
      (boxes, wanted) => boxes.forEach((box) => (box.checked = wanted.includes(box.value))),
      areas,
    );
    await page.$eval('#trend-from', (input, day) => ((input as HTMLInputElement).value = day), from);
    await page.$eval('#trend-to', (input, day) => ((input as HTMLInputElement).value = day), to);
    await page.click('#trend-show');
    await page.waitForSelector(
      `#trend[data-indicator="${code}"][data-from="${from}"][data-to="${to}"][data-areas="${areas.join(' ')}"]`,
    );
    return page;
  }

  const marks = (page: Page, selector: string) =>
    page.$$eval(selector, (elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        return {
          label: element.getAttribute('aria-label') ?? '',
          title: element.querySelector('title')?.textContent ?? '',
          y: box.y + box.height / 2,
        };
      }),
    );

  it(
    'draws I03 by month end for the city and two districts: a dot per value, gaps where there is nothing to measure, the target line and the deadline',
    async () => {
      const page = await showTrend('I03', AREAS, FROM, TO);
      const api = expectData(
        await hub.query<TrendData>(TREND_QUERY, { from: FROM, to: TO, areaCodes: AREAS, code: 'I03' }, 'analyst'),
      ).indicatorSeries;
      const dots: Mark[] = await marks(page, '#trend-chart svg circle[aria-label]');
      const gaps: Mark[] = await marks(page, '#trend-chart svg [aria-label^="gap "]');

      // Each area's points are the API's: the days with a value as dots, the others as gaps (never a 0).
      for (const area of AREAS) {
        const points = api.filter((point) => point.areaCode === area);
        expect(points.map((point) => point.asOf)).toEqual(MONTH_ENDS);
        const valued = points.filter((point) => point.indicators![0].value !== null);
        expect(dots.filter((dot) => dot.label.startsWith(`${area} `)).map((dot) => dot.label)).toEqual(
          valued.map((point) => `${area} ${point.asOf}`),
        );
        expect(gaps.filter((gap) => gap.label.startsWith(`gap ${area} `))).toHaveLength(points.length - valued.length);
      }
      // The dataset: 乳山 has A's 8 nursing-type beds of 12 until B opens on 2025-09-01 (2 of 10); 环翠 has no home at all.
      const rushan = dots.filter((dot) => dot.label.startsWith(`${RUSHAN} `)).map((dot) => dot.title);
      expect(rushan).toHaveLength(7);
      expect(rushan[0]).toBe('乳山市 2025-06-30: 66.67 %');
      expect(rushan[6]).toBe('乳山市 2025-12-31: 45.45 %');
      expect(dots.filter((dot) => dot.label.startsWith(`${CITY} `))).toHaveLength(7);
      const huancui = gaps.filter((gap) => gap.label.startsWith(`gap ${HUANCUI} `));
      expect(huancui).toHaveLength(7);
      expect(huancui[0].title).toBe('环翠区 2025-06-30: 不适用');

      // The target (60%) is one line between 乳山's points above it (66.67) and below it (45.45); the deadline is marked.
      const [targetLine] = await marks(page, '#trend-chart svg line[aria-label="target"]');
      expect(targetLine.title).toBe('目标: 60 %');
      const rushanDots = dots.filter((dot) => dot.label.startsWith(`${RUSHAN} `));
      expect(rushanDots[0].y).toBeLessThan(targetLine.y);
      expect(rushanDots[6].y).toBeGreaterThan(targetLine.y);
      const deadline = await marks(page, '#trend-chart svg line[aria-label="deadline"]');
      expect(deadline.map((line) => line.title)).toEqual(['期限: 2025-12-31']);
      const legend = await page.$eval('.trend-legend', (element) => element.textContent ?? '');
      expect(legend).toContain('不适用');
      await page.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'exports the series as CSV: a row per area and month end, a gap’s value left empty with its reason',
    async () => {
      const page = await showTrend('I03', AREAS, FROM, TO);
      const lines = csvLines(await exportedCsv(page, '#trend-export'));
      expect(lines).toHaveLength(1 + AREAS.length * MONTH_ENDS.length);
      expect(lines[0]).toBe('月末,地区,areaCode,指标,数值,目标,状态,期限');
      expect(lines).toContain('2025-06-30,乳山市,371083,I03 养老机构护理型床位占比,66.67,60,达标,2025-12-31');
      expect(lines).toContain('2025-06-30,环翠区,371002,I03 养老机构护理型床位占比,,60,不适用,2025-12-31');
      await page.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'reads a range longer than the 60 days one request may ask in several requests, every month end once',
    async () => {
      browser.answers.length = 0;
      const page = await showTrend('I03', [RUSHAN], '2020-01-01', '2026-06-30');
      const labels = [
        ...(await marks(page, '#trend-chart svg circle[aria-label]')),
        ...(await marks(page, '#trend-chart svg [aria-label^="gap "]')),
      ].map((mark) => mark.label.replace(/^gap /, ''));
      // 2020-01 to 2026-06: 78 month ends, read as 59 and 19.
      expect(labels).toHaveLength(78);
      expect(new Set(labels).size).toBe(78);
      expect(labels).toContain(`${RUSHAN} 2020-01-31`);
      expect(labels).toContain(`${RUSHAN} 2026-06-30`);
      const requests = browser.answers
        .map((answer) => JSON.parse(answer) as { data?: Partial<TrendData> })
        .filter(({ data }) => data?.indicatorSeries?.[0]?.indicators?.[0]?.code === 'I03');
      // Sent together, answered in either order.
      expect(requests.map(({ data }) => data!.indicatorSeries!.length).sort((a, b) => b - a)).toEqual([59, 19]);
      await page.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
