import { describe, expect, it } from 'vitest';
import { formatInstant } from '@/lib/domain/partial-date';
import { finding } from '@/lib/domain/rule-finding';
import { isLocale, localeHref, toLocale } from './locale';
import { shorten } from './page-metadata';
import { describeFinding } from './rule-text';
import { getTranslator, isFallback, pickText } from './translator';

describe('localeHref', () => {
  it('keeps Chinese paths unprefixed and puts English under /en', () => {
    expect(localeHref('zh', '/projects/x')).toBe('/projects/x');
    expect(localeHref('en', '/projects/x')).toBe('/en/projects/x');
    expect(localeHref('zh', '/')).toBe('/');
    expect(localeHref('en', '/')).toBe('/en');
  });
});

describe('toLocale', () => {
  it('accepts the two languages and reads anything else as Chinese', () => {
    expect(isLocale('en')).toBe(true);
    expect(isLocale('favicon.ico')).toBe(false);
    expect(toLocale('en')).toBe('en');
    expect(toLocale(undefined)).toBe('zh');
    expect(toLocale('fr')).toBe('zh');
  });
});

describe('pickText', () => {
  const both = { zh: '厂部办公大楼', en: 'Factory office building' };
  const chineseOnly = { zh: '二砂', en: null };
  it("gives each reader the record's own words, English falling back to the Chinese", () => {
    expect(pickText(both, 'zh')).toBe('厂部办公大楼');
    expect(pickText(both, 'en')).toBe('Factory office building');
    expect(pickText(chineseOnly, 'en')).toBe('二砂');
  });
  it('says when an English reader got the Chinese', () => {
    expect(isFallback(chineseOnly, 'en')).toBe(true);
    expect(isFallback(both, 'en')).toBe(false);
    expect(isFallback(chineseOnly, 'zh')).toBe(false);
  });
});

describe('dates in each language', () => {
  it('words an instant on Beijing time', () => {
    // 16:30 UTC is past midnight in Beijing: the next day.
    expect(formatInstant('2024-09-11T16:30:00Z', false, 'zh')).toBe('2024年9月12日');
    expect(formatInstant('2024-09-11T16:30:00Z', true, 'en')).toBe('12 September 2024 00:30');
  });

  it("words a rule finding's dates and codes in the reader's language", () => {
    const f = finding('midterm_window', 'warning', [1], { date: '2020-08-13', start: '2020-07', end: '' });
    expect(describeFinding(f, getTranslator('zh'), 'zh')).toBe('中期检查（2020年8月13日）应在开工（2020年7月）与完工（—）之间');
    expect(describeFinding(f, getTranslator('en'), 'en')).toBe(
      'The mid-term inspection (13 August 2020) should fall between construction start (July 2020) and completion (—)',
    );
  });

  it('puts a verdict in lower case mid-sentence in English, as it is in Chinese', () => {
    const f = finding('rectification_required', 'warning', [1], {
      kind: 'midterm_inspection',
      date: '2020-08-13',
      verdict: 'basically_qualified',
    });
    expect(describeFinding(f, getTranslator('en'), 'en')).toMatch(/^Mid-term inspection \(13 August 2020\) was found basically qualified/);
    expect(describeFinding(f, getTranslator('zh'), 'zh')).toContain('“基本合格”');
  });
});

describe('shorten', () => {
  it('leaves a short description alone and ends a long one on a whole sentence', () => {
    expect(shorten('A short one.')).toBe('A short one.');
    const long = `${'甲'.repeat(120)}。${'乙'.repeat(120)}。`;
    expect(shorten(long)).toBe(`${'甲'.repeat(120)}。`);
    const unbroken = 'x'.repeat(300);
    expect(shorten(unbroken)).toHaveLength(160);
    expect(shorten(unbroken).endsWith('…')).toBe(true);
  });
});
