/**
 * Does a saved change show on the public page at once? Each run saves a unique marker into a
 * milestone note of the measured project, then requests the page right after the 200: the very
 * next response must show it. A run that does not is polled until it does (up to 10 s), so the
 * report can say how stale the page was, not only that it was.
 */
import { percentile } from './percentile';
import type { FreshnessFigures } from './results';
import type { Milestone } from './sample';
import { saveNote } from './save';

const GIVE_UP_MS = 10_000;

export async function checkFreshness(
  baseUrl: string,
  cookie: string,
  pagePath: string,
  milestone: Milestone,
  runs: number,
): Promise<FreshnessFigures> {
  let version = milestone.version;
  let shownOnNextRequest = 0;
  const times: number[] = [];
  const stamp = Date.now().toString(36);
  for (let run = 1; run <= runs; run++) {
    const marker = `基准新鲜度-${stamp}-${run}`;
    const started = performance.now();
    const save = await saveNote(baseUrl, cookie, milestone.id, marker, version);
    if (save.status !== 200 || save.version === null) {
      throw new Error(`freshness: saving milestone ${milestone.id} answered ${save.status}: ${save.detail}`);
    }
    version = save.version;
    for (let attempt = 1; ; attempt++) {
      const page = await fetch(`${baseUrl}${pagePath}`);
      const shown = (await page.text()).includes(marker);
      if (shown) {
        if (attempt === 1) shownOnNextRequest++;
        times.push(performance.now() - started);
        break;
      }
      if (performance.now() - started > GIVE_UP_MS) break; // never shown: counts as a miss, with no time
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  return { runs, shownOnNextRequest, medianMs: round(percentile(sorted, 50)), maxMs: round(sorted.at(-1) ?? null) };
}
