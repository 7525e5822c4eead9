import { describe, expect, it } from 'vitest';
import { describeRun, missed, renderTable, tableRows } from './report';
import type { BenchResults, LoadFigures, SearchFigures } from './results';

const load = (name: LoadFigures['name'], connections: number, rps: number, p99Ms: number, non2xx = 0): LoadFigures => ({
  name,
  connections,
  durationS: 10,
  requests: rps * 10,
  rps,
  p50Ms: p99Ms / 2,
  p99Ms,
  non2xx,
  errors: 0,
});

const search = (group: SearchFigures['group'], connections: number, p95Ms: number): SearchFigures => ({
  group,
  connections,
  durationS: 10,
  terms: ['车间', '砂'],
  requests: 500,
  p50Ms: p95Ms / 2,
  p95Ms,
  p99Ms: p95Ms * 1.5,
  non2xx: 0,
  errors: 0,
});

/** A run that meets every target. */
function passing(): BenchResults {
  return {
    machine: { cpu: 'AMD EPYC', cores: 2, ramGb: 23.5, node: 'v20.20.2', os: 'Debian', date: '2026-11-27T00:00:00.000Z', loadAverage: 0.1 },
    database: { source: 'data/bench.db', bytes: 1e9, counts: { sites: 50_000, milestones: 800_000 } },
    pages: {
      project: { slug: 'p', path: '/projects/p', milestones: 12, decidedInspections: 2 },
      site: { slug: 's', path: '/sites/s' },
      about: { path: '/about', servedAs: 'static, prerendered' },
      spreadProjects: 2000,
    },
    load: [load('project', 10, 2000, 10), load('project', 50, 2100, 45), load('about', 50, 2800, 30), load('project-spread', 50, 300, 900)],
    ratios: { projectToAbout: 0.75, siteToAbout: 0.5 },
    search: [search('long', 1, 20), search('long', 10, 49), search('short', 1, 100), search('short', 10, 150)],
    writes: { writers: 10, durationS: 10, saves: 4000, errors: 0, statuses: { 200: 4000 }, p50Ms: 8, p99Ms: 30 },
    freshness: { runs: 20, shownOnNextRequest: 20, medianMs: 20, maxMs: 40 },
    memory: { startMb: 180, afterMb: 399, processes: 1 },
    js: {
      page: '/projects/p',
      encodings: ['gzip'],
      runtime: { files: 6, transferredBytes: 135_000, gzip9Bytes: 134_000, rawBytes: 460_000 },
      app: { files: 2, transferredBytes: 30_000, gzip9Bytes: 29_000, rawBytes: 90_000 },
      files: [],
    },
    lighthouse: { url: '/projects/p', performance: 95, lcpMs: 1800, tbtMs: 40, cls: 0 },
  };
}

const markOf = (table: string, figure: string) => {
  const line = table.split('\n').find((l) => l.startsWith(`| ${figure}`));
  if (!line) throw new Error(`no row ${figure} in\n${table}`);
  return line.split('|').at(-2)?.trim();
};

describe('the table', () => {
  it('passes every target that is met exactly at its limit, and leaves figures without a target blank', () => {
    const table = renderTable(tableRows(passing()));
    expect(missed(tableRows(passing()))).toEqual([]);
    expect(markOf(table, 'Project page, 50 connections')).toBe('✓');
    expect(markOf(table, 'Search, 1–2 characters, 10 connections')).toBe('✓');
    expect(markOf(table, 'Milestone save')).toBe('✓');
    expect(markOf(table, 'About page (static, prerendered), 50 connections')).toBe('');
    expect(markOf(table, 'Project page ÷ about page')).toBe('✓');
    expect(markOf(table, 'Site page ÷ about page')).toBe('');
  });

  it('marks each missed target with ✗ and names it in the summary', () => {
    const r = passing();
    r.load[1] = load('project', 50, 2100, 51); // p99 over 50 ms
    r.load[3] = load('project-spread', 50, 300, 900, 3); // non-2xx on a first visit
    r.ratios.projectToAbout = 0.69;
    (r.search[3] as SearchFigures).p95Ms = 150.1;
    r.writes.errors = 1;
    r.freshness.shownOnNextRequest = 19;
    r.memory.afterMb = 401;
    r.js.app.transferredBytes = 30_001;
    r.lighthouse.performance = 94;
    const rows = tableRows(r);
    const table = renderTable(rows);
    for (const figure of [
      'Project page, 50 connections',
      'Project pages spread over 2,000',
      'Project page ÷ about page',
      'Search, 1–2 characters, 10 connections',
      'Milestone save',
      'Save → public project page',
      'Server RSS',
      'JavaScript of a project page beyond',
      'Lighthouse mobile performance',
    ])
      expect(markOf(table, figure), figure).toBe('✗');
    expect(markOf(table, 'Search, 3+ characters, 10 connections')).toBe('✓');
    expect(missed(rows)).toHaveLength(9);
  });

  it('does not pass the share of a static page when the about page was not served as one', () => {
    const r = passing();
    r.pages.about.servedAs = 'partial prerender';
    const table = renderTable(tableRows(r));
    expect(markOf(table, 'Project page ÷ about page')).toBe('✗');
    expect(table).toContain('75% (the about page was served as partial prerender)');
  });

  it('does not pass "0 errors" for a run in which no request completed', () => {
    const r = passing();
    r.load[3] = { ...load('project-spread', 50, 0, 0), requests: 0, p50Ms: null, p99Ms: null };
    expect(markOf(renderTable(tableRows(r)), 'Project pages spread over 2,000')).toBe('✗');
  });

  it('shows the target beside the figure and the measured values in the row', () => {
    const table = renderTable(tableRows(passing()));
    expect(table).toContain(
      '| Project page, 50 connections | 2,100 req/s · p50 23 ms · p99 45 ms · 0 non-2xx · 0 errors | ≥ 1,500 req/s · p99 ≤ 50 ms · 0 errors | ✓ |',
    );
    expect(table.split('\n').slice(0, 2)).toEqual(['| figure | measured | target | |', '|---|---|---|---|']);
  });

  it('keeps a pipe in a cell from breaking the row', () => {
    const rows = [{ figure: 'a | b', measured: '1', checks: [] }];
    expect(renderTable(rows).split('\n')[2]).toBe('| a \\| b | 1 | — |  |');
  });
});

describe('describeRun', () => {
  it('names the machine and the database size', () => {
    expect(describeRun(passing())).toContain('AMD EPYC, 2 cores, 23.5 GB RAM, Node v20.20.2');
    expect(describeRun(passing())).toContain('50,000 sites, 800,000 milestones');
  });
});
