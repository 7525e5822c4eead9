import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, cutAround, findRanges, MARK_CLOSE, MARK_OPEN, matchExpression, parseQuery, unmark } from './search-text';

describe('parseQuery', () => {
  it('splits on any white space (the ideographic space too), by length: trigrams need three characters', () => {
    expect(parseQuery(' 二砂\u3000办公大楼  grinding 车 ')).toMatchObject({ long: ['办公大楼', 'grinding'], short: ['二砂', '车'] });
  });

  it('counts characters, not UTF-16 units: an emoji is one', () => {
    expect(parseQuery('😀😀').short).toEqual(['😀😀']);
    expect(parseQuery('😀😀😀').long).toEqual(['😀😀😀']);
  });

  it('drops repeated terms, ASCII case folded', () => {
    expect(parseQuery('Grinding grinding GRINDING').long).toEqual(['Grinding']);
  });

  it('treats controls and double quotes as spaces, and drops broken surrogates', () => {
    expect(parseQuery('"砂轮厂"\u0000车间\u001f').long).toEqual(['砂轮厂']);
    expect(parseQuery('"砂轮厂"\u0000车间\u001f').short).toEqual(['车间']);
    expect(parseQuery('\uD800砂轮\uDC00').short).toEqual(['砂轮']);
  });

  it('cuts at 100 characters, never inside a surrogate pair, and says so', () => {
    const r = parseQuery('😀'.repeat(150));
    expect(r.truncated).toBe(true);
    expect(r.text).toBe('😀'.repeat(100));
    expect(parseQuery('砂'.repeat(100)).truncated).toBe(false);
  });
});

describe('matchExpression', () => {
  it('quotes every term as an FTS5 string, doubling quotes, and ANDs them', () => {
    expect(matchExpression(['NEAR(', 'a"b', 'OR'])).toBe('"NEAR(" AND "a""b" AND "OR"');
  });
});

describe('highlights', () => {
  it('unmark turns FTS5 markers into plain text and ranges', () => {
    expect(unmark(`厂部${MARK_OPEN}办公大楼${MARK_CLOSE}`)).toEqual({ text: '厂部办公大楼', ranges: [[2, 6]] });
  });

  it('findRanges finds every occurrence, ASCII case folded, and keeps adjacent terms apart', () => {
    expect(findRanges('二砂办公楼 Grinding grinding', ['二砂', '办公楼', 'GRINDING'])).toEqual([
      [0, 2],
      [2, 5],
      [6, 14],
      [15, 23],
    ]);
  });

  it('cleanText keeps the markers out of indexed text', () => {
    expect(cleanText(`a${MARK_OPEN}b${MARK_CLOSE}c\u0000`)).toBe('a b c ');
  });
});

describe('cutAround', () => {
  const long = `${'前'.repeat(50)}二砂${'后'.repeat(100)}`;

  it('shows the first match with some text before it, ellipses at both cuts, ranges moved along', () => {
    const cut = cutAround(long, [[50, 52]]);
    expect(cut.text.startsWith('…')).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(cut.ranges.map(([s, e]) => cut.text.slice(s, e))).toEqual(['二砂']);
    expect(cut.text.indexOf('二砂')).toBe(21);
  });

  it('keeps a short text whole', () => {
    expect(cutAround('厂部办公大楼', [[2, 6]])).toEqual({ text: '厂部办公大楼', ranges: [[2, 6]] });
  });

  it('does not cut an English word in half', () => {
    const text =
      'Restoration of the fabric of the Ersha factory office building. Work started in July 2020 and was complete in September 2020; final acceptance passed.';
    const at = text.indexOf('July');
    const cut = cutAround(text, [[at, at + 4]]);
    expect(cut.text).toMatch(/^…[A-Z]?[a-z]+ /);
    expect(text.includes(cut.text.slice(1, -1))).toBe(true);
    const words = cut.text.slice(1, -1).split(' ');
    for (const w of [words[0], words.at(-1)]) expect(text.split(/[\s;.]+/)).toContain(w?.replace(/[;.]$/, ''));
  });

  it('property: the window holds the first match, its ranges mark the same words, and no surrogate pair is split', () => {
    const broken = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.nat(), fc.integer({ min: 1, max: 4 }), (text, seed, size) => {
        const chars = Array.from(text);
        if (!chars.length) return;
        const at = seed % chars.length;
        const start = chars.slice(0, at).join('').length;
        const end = start + chars.slice(at, at + size).join('').length;
        const cut = cutAround(text, [[start, end]]);
        expect(cut.ranges).toHaveLength(1);
        const [s, e] = cut.ranges[0] ?? [0, 0];
        expect(text.slice(start, end).startsWith(cut.text.slice(s, e))).toBe(true);
        expect(broken.test(cut.text)).toBe(false);
      }),
    );
  });
});
