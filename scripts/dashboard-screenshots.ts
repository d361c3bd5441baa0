import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { DEPARTMENTS } from '../subgraphs/shared/departments';
import { repoRoot } from '../subgraphs/shared/paths';
import { buildDashboard } from './build-dashboard';
import { startHub } from './start-hub';

/**
 * Screenshots of the dashboard's pages for the README (docs/dashboard-*.png): starts an embedded hub
 * of its own on a temporary folder (3,000 synthetic elders, random seed 1, free ports), signs in as an
 * analyst and photographs each page in Debian's chromium. `npm run screenshots`.
 */
async function main(): Promise<void> {
  await buildDashboard();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weihai-screenshots-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HUB_MODE: 'embedded',
    DATA_DIR: dataDir,
    GATEWAY_PORT: '0',
    LOG_LEVEL: 'warn',
  };
  for (const { envPrefix } of Object.values(DEPARTMENTS)) env[`${envPrefix}_PORT`] = '0';
  const hub = await startHub({ env, elders: 3000, randomSeed: 1 });
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'],
  });
  try {
    const origin = new URL(hub.gateway.url).origin;
    const docs = path.join(repoRoot(), 'docs');
    fs.mkdirSync(docs, { recursive: true });
    const page = await browser.newPage();
    await page.setViewport({ width: 1600, height: 1000 });
    await page.goto(`${origin}/dashboard?asOf=2025-06-30`);
    await page.waitForSelector('#dev-caller');
    await page.select('#dev-caller', 'analyst');
    await page.click('#dev-sign-in');
    await page.waitForSelector('#indicator-board td[data-status]');
    await page.screenshot({ path: path.join(docs, 'dashboard-board.png'), fullPage: true });
    await page.click('#indicator-board td[data-area="371000"][data-indicator="I03"]');
    await page.waitForFunction(() => document.querySelector('#detail-records')?.textContent !== '');
    await page.screenshot({ path: path.join(docs, 'dashboard-cell.png') });
    await page.click('#view-five-bed');
    await page.waitForSelector('#five-bed-transfers');
    await page.screenshot({ path: path.join(docs, 'dashboard-five-bed.png'), fullPage: true });
    // The trend of M16 (LTCI coverage of elders), which rises over the seeded months towards its target, with its deadline.
    await page.click('#view-trends');
    await page.waitForSelector('#trend-chart svg');
    await page.select('#trend-indicator', 'M16');
    await page.click('#trend-show');
    await page.waitForSelector('#trend[data-indicator="M16"] #trend-chart svg');
    await page.screenshot({ path: path.join(docs, 'dashboard-trends.png'), fullPage: true });
    await page.click('#view-lottery');
    await page.waitForSelector('#lottery-chart svg');
    await page.screenshot({ path: path.join(docs, 'dashboard-lottery.png'), fullPage: true });
    process.stdout.write(`screenshots written to ${docs}\n`);
  } finally {
    await browser.close();
    await hub.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
