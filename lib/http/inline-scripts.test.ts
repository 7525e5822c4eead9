import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScripts, isFrameworkScript } from './inline-scripts';

const hash = (source: string) => `'sha256-${createHash('sha256').update(source).digest('base64')}'`;

// As Next 16 writes them into a page (seen in the production build's HTML).
const NEXT_SCRIPTS = [
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});',
  '(self.__next_f=self.__next_f||[]).push([0])',
  'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[\\u003c/script\\u003e]"])',
];

describe('inlineScripts', () => {
  it("hashes each of the framework's scripts, once", () => {
    const html = `<html><head>${NEXT_SCRIPTS.map((s) => `<script>${s}</script>`).join('')}<script>${NEXT_SCRIPTS[1]}</script></head></html>`;
    const { hashes, refused } = inlineScripts(html);
    expect(hashes).toEqual(NEXT_SCRIPTS.map(hash));
    expect(refused).toEqual([]);
  });

  it('gives no hash to any other inline script, however it is dressed', () => {
    const injected = [
      'alert(1)',
      'self.__next_f.push([1]);alert(1);(0)',
      'self.__next_f.push([1,"x"]);fetch("//evil")//)',
      '(self.__next_f=self.__next_f||[]).push([0]);alert(1)//)',
    ];
    const html = injected.map((s) => `<script>${s}</script>`).join('');
    const { hashes, refused } = inlineScripts(html);
    expect(hashes).toEqual([]);
    expect(refused).toHaveLength(injected.length);
  });

  it('leaves external scripts and data blocks alone', () => {
    const html = '<script src="/_next/static/chunks/a.js" async></script><script type="application/ld+json">{"name":"alert(1)"}</script>';
    expect(inlineScripts(html)).toEqual({ hashes: [], refused: [] });
  });

  it('treats module scripts and uppercase tags as scripts', () => {
    const { refused } = inlineScripts('<SCRIPT type="module">alert(1)</SCRIPT >');
    expect(refused).toEqual(['alert(1)']);
  });

  it('recognises a push only when its argument is one JSON value', () => {
    expect(isFrameworkScript('self.__next_f.push([1,"a"])')).toBe(true);
    expect(isFrameworkScript('self.__next_f.push([1,"a"]),alert(1),([1])')).toBe(false);
    expect(isFrameworkScript('self.__next_f.push(alert(1))')).toBe(false);
  });
});
