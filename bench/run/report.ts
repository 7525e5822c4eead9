/**
 * The run as a markdown table ready for the README's Performance section: one row per figure,
 * the issue's target beside it and ✓/✗ from targets.ts, so a missed target is plain to see.
 */
import type { BenchResults, LoadFigures, SearchFigures } from './results';
import { atLeast, atMost, type Check, mark, TARGETS } from './targets';

export interface Row {
  figure: string;
  measured: string;
  checks: Check[];
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
export const ms = (n: number | null) => (n === null ? 'n/a' : n < 10 ? `${n.toFixed(1)} ms` : `${int(n)} ms`);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;
const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;

const LOAD_LABELS: Record<LoadFigures['name'], string> = {
  project: 'Project page',
  site: 'Site page',
  about: 'About page',
  'project-spread': 'Project pages spread over',
};

/**
 * Answers outside 2xx plus requests without an answer. A run in which no request completed at all
 * measured nothing, so its "0 errors" must not pass: it counts as not measured.
 */
function failures(run: { requests: number; non2xx: number; errors: number }): number | null {
  return run.requests === 0 ? null : run.non2xx + run.errors;
}

function loadRow(load: LoadFigures, pages: BenchResults['pages']): Row {
  const label =
    load.name === 'project-spread'
      ? `${LOAD_LABELS[load.name]} ${int(pages.spreadProjects)} published projects (first visits)`
      : load.name === 'about'
        ? `${LOAD_LABELS[load.name]} (${pages.about.servedAs})`
        : LOAD_LABELS[load.name];
  const measured = `${int(load.rps)} req/s · p50 ${ms(load.p50Ms)} · p99 ${ms(load.p99Ms)} · ${int(load.non2xx)} non-2xx · ${int(load.errors)} errors`;
  const checks: Check[] = [];
  if (load.name === 'project' && load.connections === 50) {
    checks.push(atLeast(`≥ ${int(TARGETS.projectRps50)} req/s`, load.rps, TARGETS.projectRps50));
    checks.push(atMost(`p99 ≤ ${TARGETS.projectP99Ms50} ms`, load.p99Ms, TARGETS.projectP99Ms50));
  }
  if (load.name === 'project' || load.name === 'project-spread') checks.push(atMost('0 errors', failures(load), 0));
  return { figure: `${label}, ${load.connections} connections`, measured, checks };
}

function searchRow(search: SearchFigures): Row {
  const long = search.group === 'long';
  const limit = long ? TARGETS.searchLongP95Ms : TARGETS.searchShortP95Ms;
  const what = long ? '3+ characters' : '1–2 characters';
  return {
    figure: `Search, ${what}, ${search.connections} connection${search.connections === 1 ? '' : 's'} (${search.terms.length} terms)`,
    measured: `p50 ${ms(search.p50Ms)} · p95 ${ms(search.p95Ms)} · p99 ${ms(search.p99Ms)} · ${int(search.requests)} requests · ${int(search.non2xx + search.errors)} errors`,
    checks: [atMost(`p95 ≤ ${limit} ms`, search.p95Ms, limit), atMost('0 errors', failures(search), 0)],
  };
}

export function tableRows(r: BenchResults): Row[] {
  const rows: Row[] = r.load.map((load) => loadRow(load, r.pages));
  // A share of a page that is not the static one of the issue would flatter the project page: not measured.
  const aboutIsStatic = r.pages.about.servedAs === 'static, prerendered';
  rows.push({
    figure: 'Project page ÷ about page, req/s at 50 connections',
    measured: `${percent(r.ratios.projectToAbout)}${aboutIsStatic ? '' : ` (the about page was served as ${r.pages.about.servedAs})`}`,
    checks: [
      atLeast(
        `≥ ${percent(TARGETS.projectShareOfStatic)} of a static page`,
        aboutIsStatic ? r.ratios.projectToAbout : null,
        TARGETS.projectShareOfStatic,
      ),
    ],
  });
  rows.push({ figure: 'Site page ÷ about page, req/s at 50 connections', measured: percent(r.ratios.siteToAbout), checks: [] });
  rows.push(...r.search.map(searchRow));
  rows.push({
    figure: `Milestone save (PATCH), ${r.writes.writers} concurrent writers`,
    measured: `${int(r.writes.saves)} saves · p50 ${ms(r.writes.p50Ms)} · p99 ${ms(r.writes.p99Ms)} · ${int(r.writes.errors)} errors`,
    checks: [
      atMost(`p99 ≤ ${TARGETS.saveP99Ms} ms`, r.writes.p99Ms, TARGETS.saveP99Ms),
      atMost('0 errors', failures({ requests: r.writes.saves, non2xx: r.writes.errors, errors: 0 }), 0),
    ],
  });
  rows.push({
    figure: 'Save → public project page shows it',
    measured: `${r.freshness.shownOnNextRequest}/${r.freshness.runs} on the next request · median ${ms(r.freshness.medianMs)} · max ${ms(r.freshness.maxMs)}`,
    checks: [atLeast(`${TARGETS.freshnessRuns}/${TARGETS.freshnessRuns}`, r.freshness.shownOnNextRequest, TARGETS.freshnessRuns)],
  });
  rows.push({
    figure: `Server RSS (${r.memory.processes} process${r.memory.processes === 1 ? '' : 'es'})`,
    measured: `${int(r.memory.startMb)} MB after warm-up · ${int(r.memory.afterMb)} MB after the run`,
    checks: [atMost(`≤ ${TARGETS.rssAfterMb} MB after`, r.memory.afterMb, TARGETS.rssAfterMb)],
  });
  rows.push({
    figure: 'JavaScript of a project page beyond the Next.js runtime',
    measured: `${kb(r.js.app.transferredBytes)} sent (${r.js.encodings.join(', ') || 'identity'}) · ${kb(r.js.app.gzip9Bytes)} gzip -9 · ${files(r.js.app.files)}`,
    checks: [atMost(`≤ ${TARGETS.appJsGzipKb} KB gzip`, r.js.app.transferredBytes / 1000, TARGETS.appJsGzipKb)],
  });
  rows.push({
    figure: 'JavaScript of the Next.js runtime (for reference)',
    measured: `${kb(r.js.runtime.transferredBytes)} sent · ${kb(r.js.runtime.gzip9Bytes)} gzip -9 · ${files(r.js.runtime.files)}`,
    checks: [],
  });
  rows.push({
    figure: 'Lighthouse mobile performance, project page',
    measured: `${r.lighthouse.performance} · LCP ${ms(r.lighthouse.lcpMs)} · TBT ${ms(r.lighthouse.tbtMs)} · CLS ${r.lighthouse.cls.toFixed(3)}`,
    checks: [atLeast(`≥ ${TARGETS.lighthousePerformance}`, r.lighthouse.performance, TARGETS.lighthousePerformance)],
  });
  return rows;
}

/** A markdown table; a pipe inside a cell is escaped so a term can never break a row. */
export function renderTable(rows: readonly Row[]): string {
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const lines = ['| figure | measured | target | |', '|---|---|---|---|'];
  for (const row of rows) {
    const target = row.checks.map((c) => c.label).join(' · ') || '—';
    lines.push(`| ${cell(row.figure)} | ${cell(row.measured)} | ${cell(target)} | ${mark(row.checks)} |`);
  }
  return lines.join('\n');
}

/** What the table was measured on, for the lines above it. */
export function describeRun(r: BenchResults): string {
  const m = r.machine;
  const counts = Object.entries(r.database.counts)
    .map(([table, n]) => `${int(n)} ${table}`)
    .join(', ');
  return [
    `Measured ${m.date} on ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, Node ${m.node}, ${m.os}; load average ${m.loadAverage.toFixed(2)} before the run.`,
    `Database: ${counts} (${int(r.database.bytes / 1e6)} MB). Each load figure is one autocannon run of ${r.load[0]?.durationS ?? '?'} s; latencies are percentiles over every request.`,
    `Project page: /projects/${r.pages.project.slug} (${r.pages.project.milestones} milestones); site page: ${r.pages.site.path}.`,
  ].join('\n');
}

/** Targets missed, for the one-line summary at the end. */
export function missed(rows: readonly Row[]): string[] {
  return rows.filter((row) => mark(row.checks) === '✗').map((row) => row.figure);
}
