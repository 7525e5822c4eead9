import 'server-only';

/**
 * An Atom 1.0 feed (RFC 4287). Written here rather than with a feed library: the feed holds one
 * kind of entry with plain-text fields, so escaping the five XML specials and dropping the
 * control characters XML 1.0 forbids is the whole job, and it needs no new dependency.
 */
export interface AtomEntry {
  /** A tag: URI (RFC 4151) that never changes for this entry. */
  id: string;
  title: string;
  updated: Date;
  link: string;
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  /** The feed's own address (rel="self") and the site it describes (rel="alternate"). */
  self: string;
  home: string;
  author: string;
  /** BCP 47 language of the text, e.g. zh-CN. */
  lang: string;
  /** When nothing has happened yet: the feed still needs an updated date. */
  updatedWhenEmpty: Date;
  entries: AtomEntry[];
}

/** Characters XML 1.0 does not allow at all, even escaped (C0 controls but tab, CR, LF; U+FFFE, U+FFFF). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

const entryXml = (e: AtomEntry) =>
  [
    '  <entry>',
    `    <id>${escapeXml(e.id)}</id>`,
    `    <title type="text">${escapeXml(e.title)}</title>`,
    `    <updated>${e.updated.toISOString()}</updated>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
    `    <summary type="text">${escapeXml(e.summary)}</summary>`,
    '  </entry>',
  ].join('\n');

export function toAtom(feed: AtomFeed): string {
  const updated = feed.entries.length ? new Date(Math.max(...feed.entries.map((e) => e.updated.getTime()))) : feed.updatedWhenEmpty;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    `  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.home)}"/>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
