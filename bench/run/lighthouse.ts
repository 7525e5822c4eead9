/**
 * Lighthouse's mobile performance audit of one page: the score and the three metrics the issue
 * names (LCP, TBT, CLS). It runs the Lighthouse 12 command in plain Node against the system's
 * Chromium with the same flags as scripts/lighthouse-audit.ts; that module reports scores and
 * failing audits but not metric values, which is why this reads the JSON report itself.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Result } from 'lighthouse';
import type { LighthouseFigures } from './results';

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function auditPerformance(url: string): Promise<LighthouseFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-lighthouse-'));
  const report = path.join(dir, 'report.json');
  try {
    await promisify(execFile)(
      process.execPath,
      [
        require.resolve('lighthouse/cli/index.js'),
        url,
        '--quiet',
        '--output=json',
        `--output-path=${report}`,
        '--only-categories=performance', // mobile form factor and throttling are Lighthouse's defaults
        `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } },
    ).catch((error: Error & { stderr?: string }) => {
      throw new Error(`Lighthouse failed on ${url}: ${error.stderr?.trim() || error.message}`);
    });
    const lhr = JSON.parse(fs.readFileSync(report, 'utf8')) as Result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
    const metric = (id: string) => {
      const value = lhr.audits[id]?.numericValue;
      if (value === undefined) throw new Error(`Lighthouse reported no ${id} for ${url}`);
      return value;
    };
    return {
      url: new URL(url).pathname,
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      lcpMs: Math.round(metric('largest-contentful-paint')),
      tbtMs: Math.round(metric('total-blocking-time')),
      cls: Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
