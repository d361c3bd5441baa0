import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'puppeteer-core';
import { MET_COLOUR, NOT_MET_COLOUR } from '../../../gateway/dashboard/app/chart-style';
import { aLotteryFund, anAllocationFrom, wholeFundYears } from '../../support/builders/finance';
import {
  BROWSER_TEST_TIMEOUT_MS,
  closeDashboard,
  csvLines,
  type DashboardBrowser,
  exportedCsv,
  openDashboardOn,
  signInAs,
} from '../../support/dashboard-browser';
import { DATABASE_TARGETS, HUB_START_TIMEOUT_MS, sharedHub, type TestHub } from '../../support/test-hub';

const CITY = '371000';
const DISTRICTS = ['371002', '371003', '371071', '371072', '371073', '371082', '371083', '371099'];

interface Shown {
  status: string | null;
  basisPoints: string | null;
  text: string;
}

describe.each(DATABASE_TARGETS)('the dashboard’s lottery fund page (%s)', (target) => {
  let hub: TestHub;
  let browser: DashboardBrowser;
  /** Two years raised in which no other test on the hub records a fund, and what each level retains and gives elder care then. */
  let years: number[];
  let expected: Map<string, { basisPoints: number; status: 'met' | 'not-met' }>;

  beforeAll(async () => {
    hub = await sharedHub(target, 'blank');
    years = wholeFundYears(hub, 2);
    const [first, second] = years;
    const fund = async (areaCode: string, year: number, retainedFen: number, elderCareFen: number, otherFen = 0) => {
      const { id } = await aLotteryFund(hub).of(areaCode).raisedIn(year).amounting(retainedFen).record();
      if (elderCareFen > 0) await anAllocationFrom(hub, id).elderCare().of(elderCareFen).allocate();
      if (otherFen > 0) await anAllocationFrom(hub, id).otherWelfare().of(otherFen).allocate();
    };
    await fund(CITY, first, 1_000_000, 600_000); // 60%
    await fund('371083', first, 200_000, 100_000); // 50%
    await fund('371003', first, 300_000, 165_000); // exactly 55%
    await fund('371002', second, 1_000_001, 550_000); // 54.99…%: short of 55% by a fen
    await fund('371082', second, 400_000, 0, 300_000); // nothing to elder care
    await fund('371083', second, 200_000, 120_000, 50_000); // 60%
    expected = new Map([
      [`${CITY} ${first}`, { basisPoints: 6000, status: 'met' }],
      [`371083 ${first}`, { basisPoints: 5000, status: 'not-met' }],
      [`371003 ${first}`, { basisPoints: 5500, status: 'met' }],
      [`371002 ${second}`, { basisPoints: 5499, status: 'not-met' }],
      [`371082 ${second}`, { basisPoints: 0, status: 'not-met' }],
      [`371083 ${second}`, { basisPoints: 6000, status: 'met' }],
    ]);
    browser = await openDashboardOn(hub);
  }, HUB_START_TIMEOUT_MS);
  afterAll(() => closeDashboard(browser));

  async function showYears(): Promise<Page> {
    const page = await browser.open('#lottery');
    await signInAs(page, 'analyst');
    await page.waitForSelector('#lottery-table');
    await page.$eval('#lottery-from', (input, year) => ((input as HTMLInputElement).value = year), String(years[0]));
    await page.$eval('#lottery-to', (input, year) => ((input as HTMLInputElement).value = year), String(years[1]));
    await page.click('#lottery-show');
    await page.waitForSelector(`#lottery-table[data-from="${years[0]}"][data-to="${years[1]}"]`);
    return page;
  }

  it(
    'shows each level’s elder-care share by year against 55%, met or not, and no share where no fund was retained',
    async () => {
      const page = await showYears();
      const shown: Record<string, Shown> = Object.fromEntries(
        await page.$$eval('#lottery-table td[data-year]', (cells) =>
          cells.map((cell): [string, Shown] => [
            `${cell.getAttribute('data-area')} ${cell.getAttribute('data-year')}`,
            {
              status: cell.getAttribute('data-status'),
              basisPoints: cell.getAttribute('data-basis-points'),
              text: cell.textContent ?? '',
            },
          ]),
        ),
      );
      expect(Object.keys(shown)).toHaveLength((1 + DISTRICTS.length) * 2);
      for (const area of [CITY, ...DISTRICTS])
        for (const year of years) {
          const known = expected.get(`${area} ${year}`);
          expect([area, year, shown[`${area} ${year}`].status, shown[`${area} ${year}`].basisPoints]).toEqual([
            area,
            year,
            known?.status ?? 'none',
            known ? String(known.basisPoints) : null,
          ]);
        }
      expect(shown[`371083 ${years[0]}`].text).toBe('50.00%留成（元） 2,000.00用于养老服务（元） 1,000.00');
      expect(shown[`371002 ${years[1]}`].text).toContain('54.99%');
      expect(shown[`371072 ${years[0]}`].text).toBe('无留成资金记录');

      // The chart: a bar per fund retained, coloured by the rule, and the 55% line.
      const bars = await page.$$eval('#lottery-chart svg rect[aria-label]', (rects) =>
        rects.map((rect) => [rect.getAttribute('aria-label'), rect.getAttribute('fill')]),
      );
      expect(Object.fromEntries(bars)).toEqual(
        Object.fromEntries(
          [...expected].map(([key, { status }]) => [key, status === 'met' ? MET_COLOUR : NOT_MET_COLOUR]),
        ),
      );
      expect(await page.$$('#lottery-chart svg line[aria-label="rule"]')).not.toHaveLength(0);
      await page.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'exports the table as CSV: a row per level and year, amounts in yuan',
    async () => {
      const page = await showYears();
      const lines = csvLines(await exportedCsv(page, '#lottery-export'));
      expect(lines).toHaveLength(1 + (1 + DISTRICTS.length) * 2);
      expect(lines[0]).toBe('地区,areaCode,筹集年度,留成（元）,用于养老服务（元）,养老服务占比 (%),状态');
      expect(lines).toContain(`乳山市,371083,${years[0]},2000.00,1000.00,50.00,未达55%`);
      expect(lines).toContain(`环翠区,371002,${years[1]},10000.01,5500.00,54.99,未达55%`);
      expect(lines).toContain(`荣成市,371082,${years[0]},,,,无留成资金记录`);
      await page.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
