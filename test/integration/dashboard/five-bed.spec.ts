import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FIVE_BED_QUERY, type FiveBedData } from '../../../gateway/dashboard/app/queries';
import { expectData } from '../../support/builders/expect-data';
import {
  BROWSER_TEST_TIMEOUT_MS,
  closeDashboard,
  type DashboardBrowser,
  openDashboardOnSeededHub,
  signInAs,
} from '../../support/dashboard-browser';
import { DATABASE_TARGETS, HUB_START_TIMEOUT_MS, type TestHub } from '../../support/test-hub';

/** A period (not the page's default quarter) in which the synthetic city (random seed 1) has both shown and withheld transfer counts. */
const FROM = '2026-06-01';
const TO = '2026-09-30';

describe.each(DATABASE_TARGETS)('the dashboard’s five-bed page (%s)', (target) => {
  let hub: TestHub;
  let browser: DashboardBrowser;

  beforeAll(async () => {
    ({ hub, browser } = await openDashboardOnSeededHub(target));
  }, HUB_START_TIMEOUT_MS);
  afterAll(() => closeDashboard(browser));

  it(
    'shows the transfer counts and discharge figures the API reports to an analyst for the area and period picked',
    async () => {
      const page = await browser.open('#five-bed');
      await signInAs(page, 'analyst');
      await page.waitForSelector('#five-bed-transfers');
      await page.select('#five-bed-area', '371000');
      await page.$eval('#five-bed-from', (input, day) => ((input as HTMLInputElement).value = day), FROM);
      await page.$eval('#five-bed-to', (input, day) => ((input as HTMLInputElement).value = day), TO);
      await page.click('#five-bed-show');
      await page.waitForSelector(`#five-bed-transfers[data-area="371000"][data-from="${FROM}"][data-to="${TO}"]`);

      const { fiveBedLinkage: api } = expectData(
        await hub.query<FiveBedData>(FIVE_BED_QUERY, { area: '371000', from: FROM, to: TO, windowDays: 30 }, 'analyst'),
      );
      const shown = await page.$$eval('#five-bed-transfers td[data-from]', (cells) =>
        cells.map((cell) => [
          cell.getAttribute('data-from'),
          cell.getAttribute('data-to'),
          cell.getAttribute('data-count'),
        ]),
      );
      expect(shown).toHaveLength(25);
      const expected = shown.map(([from, to]) => {
        const transfer = api.transfers.find((candidate) => candidate.from === from && candidate.to === to);
        if (!transfer) return [from, to, '0'];
        return [from, to, transfer.countSuppressed ? 'withheld' : String(transfer.count)];
      });
      expect(shown).toEqual(expected);
      expect(api.transfers.some((transfer) => (transfer.count ?? 0) > 0)).toBe(true);
      expect(shown.some(([, , count]) => count === 'withheld')).toBe(true);

      const discharges = await page.$eval('[data-figure="discharges"]', (figure) => figure.textContent);
      expect(discharges).toBe(
        api.hospitalDischargesSuppressed ? '小数保护（1–4人）不予显示' : String(api.hospitalDischarges),
      );
      await page.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
