/** The shape of bench/results.json: every figure of one run, with what it was measured on. */

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  os: string;
  date: string;
  /** The 1-minute load average before the run: anything else busy on the machine shows here. */
  loadAverage: number;
}

export interface DatabaseFacts {
  /** Where the measured copy came from (the copy itself is thrown away). */
  source: string;
  bytes: number;
  counts: Record<string, number>;
}

export type ServedAs = 'static, prerendered' | 'partial prerender' | 'rendered per request';

export interface ChosenPages {
  project: { slug: string; path: string; milestones: number; decidedInspections: number };
  site: { slug: string; path: string };
  /** How `next start` served it (its headers); the ratios need 'static, prerendered'. */
  about: { path: string; servedAs: ServedAs };
  /** How many published projects the spread row rotates over. */
  spreadProjects: number;
}

/** One autocannon run against one page (or a rotation of pages). */
export interface LoadFigures {
  name: 'project' | 'site' | 'about' | 'project-spread';
  connections: number;
  durationS: number;
  requests: number;
  /** autocannon's average of the per-second request counts. */
  rps: number;
  p50Ms: number | null;
  p99Ms: number | null;
  /** Responses outside 200–299. */
  non2xx: number;
  /** Connection errors and timeouts: requests that got no response at all. */
  errors: number;
}

export interface SearchFigures {
  group: 'long' | 'short';
  connections: number;
  durationS: number;
  terms: string[];
  requests: number;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  non2xx: number;
  errors: number;
}

export interface WriteFigures {
  writers: number;
  durationS: number;
  saves: number;
  /** Any answer outside 200–299, and any request that failed outright. */
  errors: number;
  statuses: Record<string, number>;
  p50Ms: number | null;
  p99Ms: number | null;
}

export interface FreshnessFigures {
  runs: number;
  /** Runs whose very next page request after the save's 200 showed the new note. */
  shownOnNextRequest: number;
  /** From the save's start to the page that shows it. */
  medianMs: number | null;
  maxMs: number | null;
}

export interface MemoryFigures {
  /** Summed VmRSS of the server and its child processes (shared pages count once per process). */
  startMb: number;
  afterMb: number;
  processes: number;
}

export interface JsFile {
  /** The file's path on the server. */
  url: string;
  kind: 'runtime' | 'app';
  /** A `<script noModule>`: fetched only by browsers without ES modules, so not counted. */
  noModule: boolean;
  /** Body bytes as the server sent them to a browser asking for gzip, deflate, br and zstd. */
  transferredBytes: number;
  encoding: string;
  rawBytes: number;
  /** zlib gzip at level 9 of the raw file: the smallest gzip, independent of the server's setting. */
  gzip9Bytes: number;
}

export interface JsTotals {
  files: number;
  transferredBytes: number;
  gzip9Bytes: number;
  rawBytes: number;
}

export interface JsFigures {
  page: string;
  /** What `next start` did to the JavaScript: the Content-Encoding it answered with. */
  encodings: string[];
  runtime: JsTotals;
  app: JsTotals;
  files: JsFile[];
}

export interface LighthouseFigures {
  /** The audited page's path. */
  url: string;
  performance: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

export interface BenchResults {
  machine: Machine;
  database: DatabaseFacts;
  pages: ChosenPages;
  load: LoadFigures[];
  /** Requests/s of each page over the static about page's, at 50 connections, same run. */
  ratios: { projectToAbout: number; siteToAbout: number };
  search: SearchFigures[];
  writes: WriteFigures;
  freshness: FreshnessFigures;
  memory: MemoryFigures;
  js: JsFigures;
  lighthouse: LighthouseFigures;
}
