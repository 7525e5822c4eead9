import 'server-only';
import type { TextRange } from '@/lib/api/dto';
import { SEARCH_QUERY_MAX_CHARS } from '@/lib/api/search-schema';

/**
 * Text rules of the search, shared by the indexer and the queries: what a query becomes, how its
 * terms reach FTS5, and how matches become plain text plus highlight ranges (never HTML).
 */

/** A lone surrogate (broken UTF-16) cannot be stored or matched: it is dropped. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** C0 and C1 controls and DEL, NUL included: FTS5 refuses a NUL inside a string, and none is ever text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

/** Text as stored in the index: no broken characters, and controls (our highlight markers among them) as spaces. */
export function cleanText(text: string): string {
  return text.replace(LONE_SURROGATE, '').replace(CONTROL, ' ');
}

export interface SearchTerms {
  /** The query as searched: cleaned, cut, trimmed. */
  text: string;
  truncated: boolean;
  /** Terms of three or more characters: the trigram index finds them. */
  long: string[];
  /** Terms of one or two characters (二砂, 车间): trigrams cannot, so they are scanned for. */
  short: string[];
}

const characters = (s: string) => Array.from(s).length;

/** Any string becomes terms or nothing; nothing here throws. */
export function parseQuery(raw: string): SearchTerms {
  const clean = cleanText(raw);
  const chars = Array.from(clean);
  const truncated = chars.length > SEARCH_QUERY_MAX_CHARS;
  const text = (truncated ? chars.slice(0, SEARCH_QUERY_MAX_CHARS).join('') : clean).trim();
  const seen = new Set<string>();
  const long: string[] = [];
  const short: string[] = [];
  // A double quote separates like a space: "砂轮厂" means the words inside. (Every term is quoted for
  // FTS5 below all the same, so a quote could never reach it as syntax.)
  for (const term of text.split(/[\s"]+/u)) {
    const key = foldCase(term);
    if (!term || seen.has(key)) continue;
    seen.add(key);
    (characters(term) >= 3 ? long : short).push(term);
  }
  return { text, truncated, long, short };
}

/**
 * ASCII letters only, as SQLite's lower() and instr() see them, so a position found here is a
 * position in the stored text (the length never changes). The trigram tokenizer folds case itself.
 */
export function foldCase(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/**
 * An FTS5 MATCH expression in which every term is a quoted string (an FTS5 phrase, `"` doubled),
 * so no user text is ever read as syntax (NEAR, OR, *, ^, -, parentheses, column filters).
 */
export function matchExpression(terms: string[]): string {
  return terms.map((t) => `"${t.replaceAll('"', '""')}"`).join(' AND ');
}

/** Highlight markers: control characters, which cleanText keeps out of the indexed text. */
export const MARK_OPEN = '\u0002';
export const MARK_CLOSE = '\u0003';
export const ELLIPSIS = '…';

export interface MarkedText {
  text: string;
  ranges: TextRange[];
}

/** The output of FTS5 highlight()/snippet() with our markers, as plain text and ranges. */
export function unmark(marked: string): MarkedText {
  let text = '';
  const ranges: TextRange[] = [];
  let start = -1;
  for (const ch of marked) {
    if (ch === MARK_OPEN) start = text.length;
    else if (ch === MARK_CLOSE) {
      if (start >= 0 && text.length > start) ranges.push([start, text.length]);
      start = -1;
    } else text += ch;
  }
  return { text, ranges };
}

/** Every place a term occurs in the text (ASCII case folded), as ranges. */
export function findRanges(text: string, terms: string[]): TextRange[] {
  const folded = foldCase(text);
  const ranges: TextRange[] = [];
  for (const term of terms) {
    const needle = foldCase(term);
    if (!needle) continue;
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
      ranges.push([at, at + needle.length]);
    }
  }
  return mergeRanges(ranges);
}

/** Sorted, with overlapping ranges joined (adjacent ones stay apart: 二砂|办公楼 are two terms). */
export function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: TextRange[] = [];
  for (const [start, end] of sorted) {
    const last = out.at(-1);
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Moves a cut off the middle of a surrogate pair, so an emoji is never split. */
function safeCut(text: string, at: number): number {
  return at > 0 && at < text.length && isLowSurrogate(text.charCodeAt(at)) ? at - 1 : at;
}

const WORD_SLACK = 15;
const LATIN = /[A-Za-z0-9\u00C0-\u024F]/;
/** Whether a cut at this position would split a Latin word. */
const inWord = (text: string, at: number) => at > 0 && at < text.length && LATIN.test(text[at - 1] ?? '') && LATIN.test(text[at] ?? '');

/** How much text a snippet shows around its first match, in UTF-16 units (one per Chinese character). */
export const SNIPPET_BEFORE = 20;
export const SNIPPET_LENGTH = 72;

/**
 * A window of the text around its first highlighted range, cut with ellipses, the ranges moved
 * with it. Without ranges, the text's opening words.
 */
export function cutAround(text: string, ranges: TextRange[]): MarkedText {
  const first = ranges[0];
  let from = safeCut(text, first ? Math.max(0, Math.min(first[0] - SNIPPET_BEFORE, text.length - SNIPPET_LENGTH)) : 0);
  let to = safeCut(text, Math.min(text.length, from + SNIPPET_LENGTH));
  // English is not cut mid-word: a cut inside a word moves to the nearest space (Chinese cuts anywhere).
  if (inWord(text, from)) {
    const space = text.slice(from, from + WORD_SLACK).search(/\s/);
    if (space >= 0 && (!first || from + space < first[0])) from += space + 1;
  }
  if (inWord(text, to)) {
    const space = text.slice(Math.max(from, to - WORD_SLACK), to).search(/\s\S*$/);
    if (space >= 0 && Math.max(from, to - WORD_SLACK) + space > (first?.[1] ?? from)) to = Math.max(from, to - WORD_SLACK) + space;
  }
  // No white space (a line break between fields) just inside an ellipsis.
  while (from < (first?.[0] ?? to) && /\s/.test(text[from] ?? '')) from += 1;
  while (to > (first?.[1] ?? from) && /\s/.test(text[to - 1] ?? '')) to -= 1;
  const head = from > 0 ? ELLIPSIS : '';
  const tail = to < text.length ? ELLIPSIS : '';
  const shift = head.length - from;
  const kept = ranges.flatMap(([s, e]): TextRange[] => {
    const start = Math.max(s, from);
    const end = Math.min(e, to);
    return start < end ? [[start + shift, end + shift]] : [];
  });
  return { text: `${head}${text.slice(from, to)}${tail}`, ranges: kept };
}
