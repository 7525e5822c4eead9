/**
 * Lighthouse's mobile performance audit of one page: the score and the three metrics the issue
 * names (LCP, TBT, CLS), read from the report of the same run `npm run lighthouse` makes
 * (scripts/lighthouse-audit.ts). Mobile form factor and throttling are Lighthouse's defaults.
 */
import { runLighthouse } from '../../scripts/lighthouse-audit';
import type { LighthouseFigures } from './results';

export async function auditPerformance(url: string): Promise<LighthouseFigures> {
  const lhr = await runLighthouse(url, ['performance']);
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
}
