import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'puppeteer-core';
import { BOARD_QUERY, type BoardData } from '../../../gateway/dashboard/app/queries';
import { expectData } from '../../support/builders/expect-data';
import {
  BROWSER_TEST_TIMEOUT_MS,
  closeDashboard,
  csvLines,
  type DashboardBrowser,
  exportedCsv,
  openDashboardOnSeededHub,
  signInAs,
} from '../../support/dashboard-browser';
import { DATABASE_TARGETS, HUB_START_TIMEOUT_MS, type TestHub } from '../../support/test-hub';

const AS_OF = '2025-06-30';
/** After the plan's deadline (end of 2025): statuses turn from not-yet-due to met or not met. */
const LATER = '2026-01-15';
/** An 18-character resident ID number (公民身份号码): a person's, which an analyst must never see. */
const ID_NUMBER = /\b\d{17}[\dX]\b/;

describe.each(DATABASE_TARGETS)('the dashboard’s indicator board (%s)', (target) => {
  let hub: TestHub;
  let browser: DashboardBrowser;

  beforeAll(async () => {
    ({ hub, browser } = await openDashboardOnSeededHub(target));
  }, HUB_START_TIMEOUT_MS);
  afterAll(() => closeDashboard(browser));

  const openBoard = (asOf: string) => browser.open(`?asOf=${asOf}`);

  async function boardStatuses(page: Page, asOf: string): Promise<Record<string, string>> {
    await page.waitForSelector(`#indicator-board[data-as-of="${asOf}"]`);
    return page.$$eval('#indicator-board td[data-status]', (cells) =>
      Object.fromEntries(
        cells.map((cell) => [
          `${cell.getAttribute('data-area')} ${cell.getAttribute('data-indicator')}`,
          cell.getAttribute('data-status')!,
        ]),
      ),
    );
  }

  async function apiStatuses(asOf: string): Promise<{ statuses: Record<string, string>; data: BoardData }> {
    const data = expectData(await hub.query<BoardData>(BOARD_QUERY, { asOf }, 'analyst'));
    const statuses: Record<string, string> = {};
    for (const area of data.indicatorAreas)
      for (const cell of area.indicators) statuses[`${area.areaCode} ${cell.code}`] = cell.status;
    return { statuses, data };
  }

  it(
    'shows every indicator for the city and every district with the status the API reports, on the day picked',
    async () => {
      const page = await openBoard(AS_OF);
      await signInAs(page, 'analyst');
      const { statuses, data } = await apiStatuses(AS_OF);
      const shown = await boardStatuses(page, AS_OF);
      expect(Object.keys(shown)).toHaveLength(data.indicatorDefinitions.length * data.indicatorAreas.length);
      expect(data.indicatorAreas.length).toBeGreaterThan(1);
      expect(shown).toEqual(statuses);
      const pilots = await page.$$eval('#indicator-board thead th.pilot', (cells) =>
        cells.map((cell) => cell.getAttribute('data-area')),
      );
      expect(pilots.sort()).toEqual(
        data.indicatorAreas
          .filter((area) => area.area.fiveBedPilot)
          .map((area) => area.areaCode)
          .sort(),
      );
      expect(pilots.length).toBeGreaterThan(0);

      // The day picker: the board is evaluated again as of the new day.
      await page.$eval(
        '#as-of',
        (input, day) => {
          (input as HTMLInputElement).value = day;
          input.dispatchEvent(new Event('change'));
        },
        LATER,
      );
      const later = await apiStatuses(LATER);
      expect(await boardStatuses(page, LATER)).toEqual(later.statuses);
      expect(later.statuses).not.toEqual(statuses);
      await page.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'shows a cell’s numerator, denominator and clause on click; an analyst is told the records behind I01 are not theirs to see, and is sent no person',
    async () => {
      browser.answers.length = 0;
      const page = await openBoard(AS_OF);
      await signInAs(page, 'analyst');
      await page.waitForSelector('#indicator-board td[data-indicator="I01"]');
      await page.click('#indicator-board td[data-area="371000"][data-indicator="I01"]');
      await page.waitForFunction(() => document.querySelector('#detail-records')?.textContent !== '');
      const detail = await page.$eval('.detail', (section) => section.textContent ?? '');
      expect(detail).toContain('分子');
      expect(detail).toContain('分母');
      expect(detail).toContain('发展指标 1');
      expect(await page.$eval('#detail-records', (records) => records.textContent)).toBe('您的角色无权查看明细记录。');
      expect(await page.$$('#detail-records tr[data-kind="ELDER"]')).toHaveLength(0);
      const text = await page.$eval('body', (body) => body.textContent ?? '');
      expect(text).not.toMatch(ID_NUMBER);
      expect(browser.answers.length).toBeGreaterThan(0);
      for (const answer of browser.answers) {
        expect(answer).not.toContain('"kind":"ELDER"');
        expect(answer).not.toMatch(ID_NUMBER);
      }
      await page.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'lets civil affairs, signed in with a pasted token, see the elders behind I01',
    async () => {
      const page = await openBoard(AS_OF);
      await page.waitForSelector('#token');
      await page.type('#token', await hub.tokenFor('civil-affairs-system'));
      await page.click('#use-token');
      await page.waitForSelector('#indicator-board td[data-indicator="I01"]');
      await page.click('#indicator-board td[data-area="371000"][data-indicator="I01"]');
      await page.waitForSelector('#detail-records tr[data-kind="ELDER"]');
      const listed = await page.$$eval('#detail-records tr[data-kind="ELDER"]', (rows) => rows.length);
      expect(listed).toBeGreaterThan(0);
      await page.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'exports the board as CSV with a byte order mark, one row per area and indicator',
    async () => {
      const page = await openBoard(AS_OF);
      await signInAs(page, 'analyst');
      await page.waitForSelector(`#indicator-board[data-as-of="${AS_OF}"]`);
      const lines = csvLines(await exportedCsv(page, '#export-csv'));
      const { data } = await apiStatuses(AS_OF);
      expect(lines).toHaveLength(1 + data.indicatorAreas.length * data.indicatorDefinitions.length);
      expect(lines[0]).toContain('状态');
      await page.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
