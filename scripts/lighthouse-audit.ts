/**
 * One Lighthouse run against a page, in the system's Chromium: the category scores (0–100) and
 * the audits that lost points, with the elements they hit. Shared by `npm run lighthouse` and
 * the e2e accessibility spec, so both judge a page the same way.
 *
 * Lighthouse 12 (13 needs Node 22) runs as its own command in plain Node: loaded through tsx,
 * its page functions carry esbuild's `__name` helper into the browser, where it is undefined.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Result } from 'lighthouse';

export const CATEGORIES = ['accessibility', 'performance', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Headless Debian Chromium without sandbox, and without the background traffic that skews timings. */
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface FailingAudit {
  category: Category;
  id: string;
  title: string;
  /** 0–100; an audit that is only pass or fail scores 0 when it fails. */
  score: number;
  /** Where it failed: CSS selectors and snippets of the elements, or URLs. */
  items: string[];
}

export interface AuditResult {
  url: string;
  scores: Partial<Record<Category, number>>;
  failing: FailingAudit[];
}

/** The shapes of `details.items` that say where: an element, a URL, or a console message. */
interface DetailItem {
  node?: { selector?: string; snippet?: string };
  url?: string;
  description?: string;
  sourceLocation?: { url?: string };
}

function describeItem(item: DetailItem): string | null {
  if (item.node) return [item.node.selector, item.node.snippet].filter(Boolean).join('  ');
  const where = item.url ?? item.sourceLocation?.url;
  return [where, item.description].filter(Boolean).join('  ') || null;
}

/** Lighthouse's whole report (lhr) of one page; the benchmark reads its metrics from it. */
export async function runLighthouse(url: string, categories: readonly Category[]): Promise<Result> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lighthouse-'));
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
        `--only-categories=${categories.join(',')}`,
        `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } },
    ).catch((error: Error & { stderr?: string }) => {
      throw new Error(`Lighthouse failed on ${url}: ${error.stderr?.trim() || error.message}`);
    });
    const lhr = JSON.parse(fs.readFileSync(report, 'utf8')) as Result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function auditPage(url: string, categories: readonly Category[]): Promise<AuditResult> {
  const lhr = await runLighthouse(url, categories);
  const scores: AuditResult['scores'] = {};
  const failing: FailingAudit[] = [];
  for (const category of categories) {
    const entry = lhr.categories[category];
    if (!entry) continue;
    scores[category] = Math.round((entry.score ?? 0) * 100);
    for (const ref of entry.auditRefs) {
      const audit = lhr.audits[ref.id];
      // Only audits that count towards the score and lost points; manual and n/a ones carry no score.
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      const details = audit.details as { items?: DetailItem[] } | undefined;
      failing.push({
        category,
        id: audit.id,
        title: audit.title,
        score: Math.round(audit.score * 100),
        items: (details?.items ?? []).map(describeItem).filter((s): s is string => s !== null),
      });
    }
  }
  return { url: lhr.finalDisplayedUrl, scores, failing };
}

/** The result as lines for a terminal or a test failure: scores first, then each failing audit and where. */
export function formatAudit(result: AuditResult): string {
  const lines = [`${result.url}`];
  for (const [category, score] of Object.entries(result.scores)) lines.push(`  ${category}: ${score}`);
  for (const audit of result.failing) {
    lines.push(`  ✗ [${audit.category}] ${audit.id} (${audit.score}): ${audit.title}`);
    for (const item of audit.items.slice(0, 10)) lines.push(`      ${item}`);
    if (audit.items.length > 10) lines.push(`      … and ${audit.items.length - 10} more`);
  }
  return lines.join('\n');
}
