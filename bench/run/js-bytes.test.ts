import { describe, expect, it } from 'vitest';
import { assetKey, type MeasuredFile, nextRuntimeFiles, scriptsInHtml, splitScripts } from './js-bytes';

const PAGE = 'http://127.0.0.1:4700/projects/p';

// As `next start` renders a page: async module scripts, one noModule polyfill, one low-priority preload.
const HTML = `<html><head>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>
<link rel="stylesheet" href="/_next/static/chunks/a.css"/>
<link rel="modulepreload" href="/_next/static/chunks/lazy.js?dpl=1&amp;x=2"/>
<script src="/_next/static/chunks/framework.js" async=""></script>
<script src="/_next/static/chunks/layout.js" async=""></script>
<script src="/_next/static/chunks/polyfill.js" noModule=""></script>
<script src="/_next/static/chunks/main.js" id="_R_" async=""></script>
<script>self.__next_f.push([1,""])</script>
</head></html>`;

describe('scriptsInHtml', () => {
  it('finds script sources, module preloads and script preloads once each, as absolute URLs', () => {
    expect(scriptsInHtml(HTML, PAGE)).toEqual([
      { url: 'http://127.0.0.1:4700/_next/static/chunks/framework.js', noModule: false },
      { url: 'http://127.0.0.1:4700/_next/static/chunks/layout.js', noModule: false },
      { url: 'http://127.0.0.1:4700/_next/static/chunks/polyfill.js', noModule: true },
      { url: 'http://127.0.0.1:4700/_next/static/chunks/main.js', noModule: false },
      { url: 'http://127.0.0.1:4700/_next/static/chunks/lazy.js?dpl=1&x=2', noModule: false },
    ]);
  });
});

describe('assetKey', () => {
  it('names a file as the build manifests do, without origin or query', () => {
    expect(assetKey('http://127.0.0.1:4700/_next/static/chunks/a.js?dpl=1')).toBe('static/chunks/a.js');
    expect(assetKey('static/chunks/a.js')).toBe('static/chunks/a.js');
  });
});

describe('the runtime / app split', () => {
  const runtime = nextRuntimeFiles(
    { rootMainFiles: ['static/chunks/framework.js', 'static/chunks/main.js'], polyfillFiles: ['static/chunks/polyfill.js'] },
    {
      '[project]/node_modules/next/dist/client/components/builtin/global-error': ['static/chunks/router.js'],
      '[project]/app/[locale]/layout': ['static/chunks/router.js', 'static/chunks/layout.js'],
      '[project]/node_modules/next-intl/dist/provider': ['static/chunks/intl.js'],
    },
  );

  it("counts the root main files, polyfills and Next's own entries as runtime, and not the app's entries or other packages", () => {
    expect([...runtime].sort()).toEqual([
      'static/chunks/framework.js',
      'static/chunks/main.js',
      'static/chunks/polyfill.js',
      'static/chunks/router.js',
    ]);
  });

  const file = (name: string, transferredBytes: number, noModule = false): MeasuredFile => ({
    url: `http://127.0.0.1:4700/_next/static/chunks/${name}`,
    noModule,
    transferredBytes,
    encoding: 'gzip',
    rawBytes: transferredBytes * 3,
    gzip9Bytes: transferredBytes - 1,
  });

  it('sums each side, leaving out noModule files that modern browsers never load', () => {
    const split = splitScripts(
      [file('framework.js', 1000), file('router.js', 200), file('layout.js', 300), file('intl.js', 50), file('polyfill.js', 9000, true)],
      runtime,
    );
    expect(split.runtime).toEqual({ files: 2, transferredBytes: 1200, gzip9Bytes: 1198, rawBytes: 3600 });
    expect(split.app).toEqual({ files: 2, transferredBytes: 350, gzip9Bytes: 348, rawBytes: 1050 });
    expect(split.files.map((f) => f.kind)).toEqual(['runtime', 'runtime', 'app', 'app', 'runtime']);
  });
});
