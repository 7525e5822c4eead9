/**
 * `npm run lighthouse -- --url URL`: Lighthouse scores of one page of a running app, the audits
 * that lost points, and a non-zero exit when a score is under its threshold.
 */
import { parseCli, runCli } from './cli';
import { auditPage, CATEGORIES, type Category, formatAudit } from './lighthouse-audit';

const usage = `
Usage: npm run lighthouse -- --url URL [--categories accessibility,performance] [--min N]

Runs Lighthouse 12 in the system's Chromium against one page of a running app (npm start)
and prints each category's score (0–100) and every audit that lost points, with the
elements it found. Exits 1 when a score is under its threshold.
  --url         the page, e.g. http://localhost:3000/projects/ersha-office-building-restoration
  --categories  comma-separated, of ${CATEGORIES.join(', ')} (default accessibility)
  --min         the lowest passing score for every category (default: 100 for
                accessibility, 90 for the others)
CHROME_PATH sets the browser (default /usr/bin/chromium).
`;

const DEFAULT_MIN: Record<Category, number> = { accessibility: 100, performance: 90, 'best-practices': 90, seo: 90 };

const args = parseCli(usage, { url: { type: 'string' }, categories: { type: 'string' }, min: { type: 'string' } });

function fail(message: string): never {
  console.error(`lighthouse: ${message}\n\n${usage.trim()}`);
  process.exit(2);
}

function parseArguments() {
  const url = args.url as string | undefined;
  if (!url) fail('--url is required');
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) fail(`--url must be an http(s) address, got "${url}"`);
  const categories = ((args.categories as string | undefined) ?? 'accessibility').split(',').map((c) => c.trim());
  const unknown = categories.filter((c) => !(CATEGORIES as readonly string[]).includes(c));
  if (unknown.length) fail(`--categories: unknown ${unknown.join(', ')}; use ${CATEGORIES.join(', ')}`);
  const minText = args.min as string | undefined;
  const min = minText === undefined ? null : Number(minText);
  if (min !== null && !(Number.isInteger(min) && min >= 0 && min <= 100))
    fail(`--min must be a whole number from 0 to 100, got "${minText}"`);
  return { url, categories: categories as Category[], min };
}

runCli('lighthouse', async () => {
  const { url, categories, min } = parseArguments();
  const started = Date.now();
  const result = await auditPage(url, categories);
  console.log(formatAudit(result));
  const under = categories.filter((c) => (result.scores[c] ?? 0) < (min ?? DEFAULT_MIN[c]));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (under.length) {
    console.error(`lighthouse: ${under.map((c) => `${c} ${result.scores[c] ?? 0} < ${min ?? DEFAULT_MIN[c]}`).join(', ')} (${seconds} s)`);
    process.exit(1);
  }
  console.log(`lighthouse: ${categories.map((c) => `${c} ${result.scores[c]}`).join(', ')}, all at or above threshold (${seconds} s)`);
});
