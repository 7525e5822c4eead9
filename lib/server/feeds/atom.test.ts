import { describe, expect, it } from 'vitest';
import { escapeXml, toAtom } from './atom';

const feed = (title: string) =>
  toAtom({
    id: 'tag:example.org,2025:feed',
    title: '公开动态',
    subtitle: 'a & b',
    self: 'https://example.org/feed.xml',
    home: 'https://example.org/',
    author: '文物保护工程档案',
    lang: 'zh-CN',
    updatedWhenEmpty: new Date('2025-01-01T00:00:00Z'),
    entries: [
      {
        id: 'tag:example.org,2025:milestone-1',
        title,
        updated: new Date('2022-05-18T00:00:00+08:00'),
        link: 'https://example.org/projects/x?a=1&b=2',
        summary: '<b>合格</b>',
      },
      {
        id: 'tag:example.org,2025:inspection-2',
        title: '较新',
        updated: new Date('2024-01-02T03:04:05Z'),
        link: 'https://example.org/projects/x/inspections/2',
        summary: '',
      },
    ],
  });

describe('escapeXml', () => {
  it('escapes the five XML specials, ampersand first', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    expect(escapeXml('&lt;')).toBe('&amp;lt;');
  });

  it('drops control characters XML 1.0 cannot hold, keeps tab and line breaks', () => {
    expect(escapeXml('a\u0000b\u001Fc\td\ne')).toBe('abc\td\ne');
  });
});

describe('toAtom', () => {
  const xml = feed('郑州<二砂> & "办公楼"');

  it('escapes titles, summaries and link attributes', () => {
    expect(xml).toContain('<title type="text">郑州&lt;二砂&gt; &amp; &quot;办公楼&quot;</title>');
    expect(xml).toContain('<summary type="text">&lt;b&gt;合格&lt;/b&gt;</summary>');
    expect(xml).toContain('href="https://example.org/projects/x?a=1&amp;b=2"');
    expect(xml).toContain('<subtitle type="text">a &amp; b</subtitle>');
  });

  it('dates the feed by its newest entry, in RFC 3339', () => {
    expect(xml).toMatch(/<feed [^>]*>\n {2}<id>tag:example\.org,2025:feed<\/id>/);
    expect(xml).toContain('  <updated>2024-01-02T03:04:05.000Z</updated>\n  <link rel="self"');
    expect(xml).toContain('<updated>2022-05-17T16:00:00.000Z</updated>');
  });

  it('leaves no bare ampersand or angle bracket in text', () => {
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    expect(text).not.toMatch(/[<>]/);
  });

  it('still has an updated date without entries', () => {
    const empty = toAtom({
      id: 'i',
      title: 't',
      subtitle: 's',
      self: 'x',
      home: 'y',
      author: 'a',
      lang: 'zh-CN',
      updatedWhenEmpty: new Date(0),
      entries: [],
    });
    expect(empty).toContain('<updated>1970-01-01T00:00:00.000Z</updated>');
    expect(empty).not.toContain('<entry>');
  });
});
