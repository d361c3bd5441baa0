import { expect } from '@jest/globals';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { buildDashboard } from '../../scripts/build-dashboard';
import { type DatabaseTarget, sharedHub, type TestHub } from './test-hub';

/** Debian's chromium (`.ci/run` installs it with fonts-wqy-zenhei for the Chinese): puppeteer-core downloads no browser. */
const CHROMIUM = '/usr/bin/chromium';

/**
 * A browser test may take this long: a page load, the board's two full reports and the API's own
 * answers for comparison, on a loaded two-core machine (a MariaDB run took 27 s for one test).
 */
export const BROWSER_TEST_TIMEOUT_MS = 120_000;

/** A headless chromium whose pages may reach the hub only: anything else is blocked and recorded. */
export class DashboardBrowser {
  /** Every request a page tried to send anywhere but the hub. */
  readonly outside: string[] = [];
  /** Every GraphQL answer the pages received, to check what a caller was sent, not only what was drawn. */
  readonly answers: string[] = [];

  private constructor(
    private readonly browser: Browser,
    private readonly origin: string,
  ) {}

  static async launch(gatewayUrl: string): Promise<DashboardBrowser> {
    const browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
    });
    return new DashboardBrowser(browser, new URL(gatewayUrl).origin);
  }

  /** Opens the dashboard at `path` (e.g. `?asOf=2025-06-30`, `#five-bed`). */
  async open(path: string): Promise<Page> {
    const page = await this.browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === this.origin || url.protocol === 'data:' || url.protocol === 'blob:') void request.continue();
      else {
        this.outside.push(request.url());
        void request.abort();
      }
    });
    page.on('response', (response) => {
      if (response.request().method() === 'POST' && new URL(response.url()).pathname === '/')
        void response.text().then((text) => this.answers.push(text));
    });
    await page.goto(`${this.origin}/dashboard${path}`);
    return page;
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}

/**
 * What a browser test of the dashboard starts with: the page built, the worker's seeded hub (the
 * tests read the synthetic city and write nothing) and a browser on it.
 */
export async function openDashboardOnSeededHub(
  target: DatabaseTarget,
): Promise<{ hub: TestHub; browser: DashboardBrowser }> {
  const hub = await sharedHub(target, 'seeded');
  return { hub, browser: await openDashboardOn(hub) };
}

/** The page built and a browser on a hub the test chose (its own, or a shared one it builds records in). */
export async function openDashboardOn(hub: TestHub): Promise<DashboardBrowser> {
  await buildDashboard();
  return DashboardBrowser.launch(hub.gatewayUrl);
}

/** Closes the browser, which must have tried nothing outside the hub in all its tests. */
export async function closeDashboard(browser: DashboardBrowser | undefined): Promise<void> {
  await browser?.close();
  expect(browser?.outside).toEqual([]);
}

/** The embedded hub's development sign-in, as a person would use it. */
export async function signInAs(page: Page, caller: string): Promise<void> {
  await page.waitForSelector('#dev-caller');
  await page.select('#dev-caller', caller);
  await page.click('#dev-sign-in');
}

/**
 * The bytes of the CSV a page exports when `button` is clicked: the download itself is the browser's,
 * so the page's blob is read as it is handed over.
 */
export async function exportedCsv(page: Page, button: string): Promise<Buffer> {
  await page.evaluate(() => {
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob) => {
      void blob.arrayBuffer().then((buffer) => {
        (window as unknown as { exported: number[] }).exported = [...new Uint8Array(buffer)];
      });
      return create(blob);
    };
  });
  await page.click(button);
  await page.waitForFunction(() => 'exported' in window);
  return Buffer.from(await page.evaluate(() => (window as unknown as { exported: number[] }).exported));
}

/** A CSV's lines after its byte order mark, which the test checks is there (Excel needs it for the Chinese). */
export function csvLines(bytes: Buffer): string[] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
}
