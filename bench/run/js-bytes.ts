/**
 * The JavaScript a browser loads for a public project page, split into Next.js's own runtime and
 * the app's code beyond it (issue 6: at most 30 KB gzip beyond the runtime).
 *
 * Which files are the runtime, decided from the build's own manifests rather than by file name:
 * - `.next/build-manifest.json` rootMainFiles (the bundler runtime, React, the App Router client)
 *   and polyfillFiles, which Next puts on every App Router page whatever the app contains;
 * - the chunks of Next's built-in entries in the page's client reference manifest
 *   (`entryJSFiles` keys under node_modules/next/, e.g. its global-error boundary): these carry the
 *   layout router, error boundaries and client segments that every page needs, and no app module.
 * Everything else the page loads is the app's: its client components and what they import, even
 * packages (next-intl's provider, next/link) and even when every page shares it, because the app
 * chose to ship them.
 *
 * Sizes: what `next start` actually sends to a browser that accepts gzip, deflate, br and zstd (it
 * compresses with gzip), which is the judged figure, and gzip level 9 of each file beside it.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';
import { get } from './http';
import type { JsFigures, JsFile, JsTotals } from './results';

export interface ScriptRef {
  url: string;
  noModule: boolean;
}

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1]?.replaceAll('&amp;', '&');

/** Every `<script src>`, `<link rel=modulepreload>` and `<link rel=preload as=script>`, once each. */
export function scriptsInHtml(html: string, pageUrl: string): ScriptRef[] {
  const found = new Map<string, ScriptRef>();
  const add = (src: string | undefined, noModule: boolean) => {
    if (!src) return;
    const url = new URL(src, pageUrl).href;
    const seen = found.get(url);
    // A file both preloaded and loaded as a module script is a module script.
    found.set(url, { url, noModule: (seen?.noModule ?? true) && noModule });
  };
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) add(attribute(tag, 'src'), /\bnomodule\b/i.test(tag));
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel')?.toLowerCase();
    if (rel === 'modulepreload' || (rel === 'preload' && attribute(tag, 'as')?.toLowerCase() === 'script'))
      add(attribute(tag, 'href'), false);
  }
  return [...found.values()];
}

/** The build-relative name of an asset URL: `/_next/static/chunks/a.js?dpl=1` → `static/chunks/a.js`. */
export function assetKey(url: string): string {
  const pathname = new URL(url, 'http://x').pathname;
  const at = pathname.indexOf('/_next/');
  return at === -1 ? pathname.replace(/^\//, '') : pathname.slice(at + '/_next/'.length);
}

interface BuildManifest {
  rootMainFiles?: string[];
  polyfillFiles?: string[];
}

/** The runtime's files, as build-relative names (see the header for the rule). */
export function nextRuntimeFiles(buildManifest: BuildManifest, entryJSFiles: Record<string, string[]>): Set<string> {
  const files = [...(buildManifest.rootMainFiles ?? []), ...(buildManifest.polyfillFiles ?? [])];
  for (const [entry, chunks] of Object.entries(entryJSFiles)) {
    if (/(^|\/)node_modules\/next\//.test(entry)) files.push(...chunks);
  }
  return new Set(files.map(assetKey));
}

export type MeasuredFile = Omit<JsFile, 'kind'>;

const total = (files: JsFile[]): JsTotals => ({
  files: files.length,
  transferredBytes: files.reduce((s, f) => s + f.transferredBytes, 0),
  gzip9Bytes: files.reduce((s, f) => s + f.gzip9Bytes, 0),
  rawBytes: files.reduce((s, f) => s + f.rawBytes, 0),
});

/** Classifies each file and sums each side; noModule files are listed but not summed, since modern browsers never fetch them. */
export function splitScripts(measured: readonly MeasuredFile[], runtime: ReadonlySet<string>) {
  const files: JsFile[] = measured.map((f) => ({ ...f, kind: runtime.has(assetKey(f.url)) ? 'runtime' : 'app' }));
  const loaded = files.filter((f) => !f.noModule);
  return {
    files,
    runtime: total(loaded.filter((f) => f.kind === 'runtime')),
    app: total(loaded.filter((f) => f.kind === 'app')),
  };
}

const BROWSER_ENCODINGS = 'gzip, deflate, br, zstd';

async function measureFile(ref: ScriptRef): Promise<MeasuredFile> {
  const sent = await get(ref.url, { 'accept-encoding': BROWSER_ENCODINGS });
  const raw = await get(ref.url, { 'accept-encoding': 'identity' });
  if (sent.status !== 200 || raw.status !== 200) throw new Error(`${ref.url} answered ${sent.status}`);
  return {
    url: new URL(ref.url).pathname, // the path alone: the port of one run means nothing in the results
    noModule: ref.noModule,
    transferredBytes: sent.body.length,
    encoding: sent.headers['content-encoding'] ?? 'identity',
    rawBytes: raw.body.length,
    gzip9Bytes: zlib.gzipSync(raw.body, { level: 9 }).length,
  };
}

/** The `entryJSFiles` of a route's client reference manifest, e.g. route `/[locale]/projects/[slug]/page`. */
function entryJsFiles(route: string): Record<string, string[]> {
  const file = path.join('.next', 'server', 'app', `${route}_client-reference-manifest.js`);
  const context = vm.createContext({});
  vm.runInContext(fs.readFileSync(file, 'utf8'), context);
  const manifest = (context as { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> }).__RSC_MANIFEST?.[route];
  if (!manifest) throw new Error(`${file} has no manifest for ${route}`);
  return manifest.entryJSFiles ?? {};
}

export async function measureJs(baseUrl: string, pagePath: string, route: string): Promise<JsFigures> {
  const pageUrl = `${baseUrl}${pagePath}`;
  const page = await get(pageUrl, { 'accept-encoding': 'identity' });
  if (page.status !== 200) throw new Error(`${pagePath} answered ${page.status}`);
  const refs = scriptsInHtml(page.body.toString('utf8'), pageUrl);
  const measured: MeasuredFile[] = [];
  for (const ref of refs) measured.push(await measureFile(ref));
  const buildManifest = JSON.parse(fs.readFileSync(path.join('.next', 'build-manifest.json'), 'utf8')) as BuildManifest;
  const split = splitScripts(measured, nextRuntimeFiles(buildManifest, entryJsFiles(route)));
  return { page: pagePath, encodings: [...new Set(measured.map((f) => f.encoding))], ...split };
}
