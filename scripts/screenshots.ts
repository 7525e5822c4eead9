/**
 * Screenshots of every public page at phone and desktop width, for a person to look at.
 * Needs a running server (npm start) and the system's Chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { parseCli, runCli } from './cli';

const usage = `
Usage: npm run screenshots -- [--base URL] [--out DIR]

Opens every public page in Chromium at 375 px and 1280 px and saves full-page PNGs.
  --base  the running app (default http://localhost:3000)
  --out   where to write them (default screenshots/)
CHROMIUM_PATH sets the browser (default /usr/bin/chromium).
`;

const PAGES = {
  home: '/',
  site: '/sites/zhengzhou-no2-grinding-wheel-factory',
  building: '/sites/zhengzhou-no2-grinding-wheel-factory/buildings/office-building',
  project: '/projects/ersha-office-building-restoration',
  'project-starting': '/projects/ersha-rubber-workshop-and-warehouse-restoration',
  timeline: '/timeline',
  'not-found': '/no-such-page',
};

const args = parseCli(usage, { base: { type: 'string' }, out: { type: 'string' } });
runCli('screenshots', async () => {
  const base = (args.base as string | undefined) ?? 'http://localhost:3000';
  const out = path.resolve((args.out as string | undefined) ?? 'screenshots');
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu'],
  });
  let count = 0;
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    for (const [name, url] of Object.entries(PAGES)) {
      await page.goto(new URL(url, base).toString());
      await page.screenshot({ path: path.join(out, `${name}-${width}.png`), fullPage: true });
      count += 1;
    }
    await page.close();
  }
  await browser.close();
  console.log(`screenshots: ${count} pages written to ${out}`);
});
