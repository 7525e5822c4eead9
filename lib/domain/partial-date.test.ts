import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bureauToday,
  compareForTimeline,
  comparePartialDates,
  type DatePrecision,
  daysInMonth,
  describeGap,
  formatPartialDate,
  isPartialDate,
  parsePartialDate,
  precisionOf,
  secondsUntilBureauMidnight,
  toIsoRange,
  truncatePartialDate,
} from './partial-date';

const pad = (n: number) => String(n).padStart(2, '0');

/** A valid date of any precision, with its parts. */
const validDate = fc
  .record({
    year: fc.integer({ min: 1000, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    dayFraction: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    precision: fc.constantFrom<DatePrecision>('year', 'month', 'day'),
  })
  .map(({ year, month, dayFraction, precision }) => {
    const day = 1 + Math.floor(dayFraction * daysInMonth(year, month));
    if (precision === 'year') return String(year);
    if (precision === 'month') return `${year}-${pad(month)}`;
    return `${year}-${pad(month)}-${pad(day)}`;
  });

/** Dates close together, so equal and near-equal cases come up often. */
const nearDate = fc
  .record({
    year: fc.integer({ min: 2019, max: 2021 }),
    month: fc.integer({ min: 1, max: 3 }),
    day: fc.integer({ min: 1, max: 3 }),
    precision: fc.constantFrom<DatePrecision>('year', 'month', 'day'),
  })
  .map(({ year, month, day, precision }) => truncatePartialDate(`${year}-${pad(month)}-${pad(day)}`, precision));

const anyDate = fc.oneof(validDate, nearDate);

describe('parsePartialDate', () => {
  it('accepts the three precisions', () => {
    expect(parsePartialDate('2020')).toEqual({ ok: true, value: '2020', precision: 'year' });
    expect(parsePartialDate('2020-07')).toEqual({ ok: true, value: '2020-07', precision: 'month' });
    expect(parsePartialDate('2020-08-13')).toEqual({ ok: true, value: '2020-08-13', precision: 'day' });
  });

  it('checks the calendar, leap years included', () => {
    expect(parsePartialDate('2020-02-29').ok).toBe(true);
    expect(parsePartialDate('2000-02-29').ok).toBe(true);
    expect(parsePartialDate('2019-02-29')).toEqual({ ok: false, reason: 'day' });
    expect(parsePartialDate('1900-02-29')).toEqual({ ok: false, reason: 'day' });
    expect(parsePartialDate('2020-02-30')).toEqual({ ok: false, reason: 'day' });
    expect(parsePartialDate('2020-04-31')).toEqual({ ok: false, reason: 'day' });
    expect(parsePartialDate('2020-01-00')).toEqual({ ok: false, reason: 'day' });
    expect(parsePartialDate('2020-13-45')).toEqual({ ok: false, reason: 'month' });
    expect(parsePartialDate('2020-00')).toEqual({ ok: false, reason: 'month' });
  });

  it('refuses other shapes and years outside 1000–9999', () => {
    for (const bad of ['', '999', '0999', '10000', '2020-7', '2020-07-1', '2020/07/01', ' 2020', '2020-07-01T00:00', '二〇二〇']) {
      expect(parsePartialDate(bad)).toEqual({ ok: false, reason: 'format' });
    }
    expect(parsePartialDate('1000').ok).toBe(true);
    expect(parsePartialDate('9999-12-31').ok).toBe(true);
  });

  it('round-trips every valid generated date', () => {
    fc.assert(
      fc.property(validDate, (d) => {
        const r = parsePartialDate(d);
        expect(r).toEqual({ ok: true, value: d, precision: precisionOf(d) });
        expect(isPartialDate(d)).toBe(true);
      }),
    );
  });

  it('refuses every month outside 1–12', () => {
    const badMonth = fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 }));
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), badMonth, fc.boolean(), (year, month, withDay) => {
        const s = `${year}-${pad(month)}${withDay ? '-01' : ''}`;
        expect(parsePartialDate(s)).toEqual({ ok: false, reason: 'month' });
      }),
    );
  });

  it('refuses every day past the end of its month, and day 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.nat(60), (year, month, extra) => {
        const day = extra === 0 ? 0 : daysInMonth(year, month) + extra;
        fc.pre(day <= 99);
        expect(parsePartialDate(`${year}-${pad(month)}-${pad(day)}`)).toEqual({ ok: false, reason: 'day' });
      }),
    );
  });

  it('isPartialDate rejects non-strings', () => {
    expect(isPartialDate(2020)).toBe(false);
    expect(isPartialDate(null)).toBe(false);
    expect(isPartialDate('2020-02-30')).toBe(false);
  });
});

describe('comparePartialDates', () => {
  it('compares at the coarser precision', () => {
    expect(comparePartialDates('2020-07', '2020-07-15')).toBe(0);
    expect(comparePartialDates('2020-07', '2020-08-01')).toBe(-1);
    expect(comparePartialDates('2020-08-13', '2020-07')).toBe(1);
    expect(comparePartialDates('2020', '2020-12-31')).toBe(0);
    expect(comparePartialDates('2019-12-31', '2020')).toBe(-1);
    expect(comparePartialDates('2020-12-09', '2022-05-18')).toBe(-1);
  });

  it('is reflexive', () => {
    fc.assert(fc.property(anyDate, (a) => comparePartialDates(a, a) === 0));
  });

  it('is antisymmetric', () => {
    fc.assert(fc.property(anyDate, anyDate, (a, b) => comparePartialDates(a, b) === -comparePartialDates(b, a)));
  });

  it('agrees with comparing both dates cut to the coarser precision', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        const p = precisionOf(a.length <= b.length ? a : b);
        const x = truncatePartialDate(a, p);
        const y = truncatePartialDate(b, p);
        const expected = x === y ? 0 : new Date(toIsoRange(x).start) < new Date(toIsoRange(y).start) ? -1 : 1;
        expect(comparePartialDates(a, b)).toBe(expected);
        expect(comparePartialDates(a, b)).toBe(comparePartialDates(x, y));
      }),
    );
  });

  it('is transitive on dates of one precision', () => {
    const samePrecision = fc.constantFrom<DatePrecision>('year', 'month', 'day').chain((p) => {
      const of = anyDate.filter((d) => precisionOf(d) === p);
      return fc.tuple(of, of, of);
    });
    fc.assert(
      fc.property(samePrecision, ([a, b, c]) => {
        if (comparePartialDates(a, b) <= 0 && comparePartialDates(b, c) <= 0) {
          expect(comparePartialDates(a, c)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });

  it('is not transitive across precisions, which is why compareForTimeline exists', () => {
    expect(comparePartialDates('2020-07-01', '2020-07')).toBe(0);
    expect(comparePartialDates('2020-07', '2020-07-31')).toBe(0);
    expect(comparePartialDates('2020-07-01', '2020-07-31')).toBe(-1);
    expect(['2020-07-31', '2020-07', '2020', '2020-07-01'].sort(compareForTimeline)).toEqual([
      '2020',
      '2020-07',
      '2020-07-01',
      '2020-07-31',
    ]);
  });

  it('compareForTimeline never contradicts a strict comparison', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        const c = comparePartialDates(a, b);
        if (c !== 0) expect(Math.sign(compareForTimeline(a, b))).toBe(c);
      }),
    );
  });
});

describe('formatPartialDate', () => {
  it('writes each precision in both languages', () => {
    expect(formatPartialDate('2020', 'zh')).toBe('2020年');
    expect(formatPartialDate('2020-07', 'zh')).toBe('2020年7月');
    expect(formatPartialDate('2020-08-13', 'zh')).toBe('2020年8月13日');
    expect(formatPartialDate('2020', 'en')).toBe('2020');
    expect(formatPartialDate('2020-07', 'en')).toBe('July 2020');
    expect(formatPartialDate('2020-08-13', 'en')).toBe('13 August 2020');
    expect(formatPartialDate('2022-05-01', 'en')).toBe('1 May 2022');
  });
});

describe('toIsoRange', () => {
  it('spans the first to the last day the date can stand for', () => {
    expect(toIsoRange('2020')).toEqual({ start: '2020-01-01', end: '2020-12-31' });
    expect(toIsoRange('2020-02')).toEqual({ start: '2020-02-01', end: '2020-02-29' });
    expect(toIsoRange('2019-02')).toEqual({ start: '2019-02-01', end: '2019-02-28' });
    expect(toIsoRange('2020-09')).toEqual({ start: '2020-09-01', end: '2020-09-30' });
    expect(toIsoRange('2020-08-13')).toEqual({ start: '2020-08-13', end: '2020-08-13' });
  });

  it('always gives valid days with start ≤ end, both comparing equal to the date', () => {
    fc.assert(
      fc.property(validDate, (d) => {
        const { start, end } = toIsoRange(d);
        expect(parsePartialDate(start).ok && parsePartialDate(end).ok).toBe(true);
        expect(start <= end).toBe(true);
        expect(comparePartialDates(start, d)).toBe(0);
        expect(comparePartialDates(end, d)).toBe(0);
      }),
    );
  });
});

describe('describeGap', () => {
  it('counts days between two days', () => {
    expect(describeGap('2020-08-13', '2020-12-09', 'zh')).toBe('118天');
    expect(describeGap('2020-08-13', '2020-12-09', 'en')).toBe('118 days');
    expect(describeGap('2020-02-28', '2020-03-01', 'en')).toBe('2 days');
    expect(describeGap('2020-12-31', '2021-01-01', 'en')).toBe('1 day');
    expect(describeGap('2020-12-09', '2022-05-18', 'en')).toBe('525 days');
    expect(describeGap('2020-08-13', '2020-08-13', 'zh')).toBe('同日');
    expect(describeGap('2020-08-13', '2020-08-13', 'en')).toBe('same day');
  });

  it('counts months when the coarser date is a month', () => {
    expect(describeGap('2020-07', '2020-09', 'zh')).toBe('2个月');
    expect(describeGap('2020-07', '2020-09', 'en')).toBe('2 months');
    expect(describeGap('2020-07', '2020-08-13', 'en')).toBe('1 month');
    expect(describeGap('2020-09', '2020-12-09', 'zh')).toBe('3个月');
    expect(describeGap('2019-11', '2020-02', 'en')).toBe('3 months');
    expect(describeGap('2020-07', '2020-07-31', 'zh')).toBe('同月');
    expect(describeGap('2020-07-01', '2020-07', 'en')).toBe('same month');
  });

  it('counts years when the coarser date is a year', () => {
    expect(describeGap('2016', '2019-10', 'zh')).toBe('3年');
    expect(describeGap('2020', '2022-05-18', 'en')).toBe('2 years');
    expect(describeGap('2021-12-31', '2022', 'en')).toBe('1 year');
    expect(describeGap('2020', '2020-05', 'zh')).toBe('同年');
  });

  it('is null when the second date is before the first', () => {
    expect(describeGap('2020-09', '2020-07', 'zh')).toBeNull();
    expect(describeGap('2020-08-14', '2020-08-13', 'en')).toBeNull();
    expect(describeGap('2021', '2020-12-31', 'en')).toBeNull();
  });

  it('is null exactly when compare says "after"', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        expect(describeGap(a, b, 'en') === null).toBe(comparePartialDates(a, b) > 0);
      }),
    );
  });
});

describe('bureauToday', () => {
  it('is the date in China, not the server zone', () => {
    expect(bureauToday(new Date('2024-09-11T16:30:00Z'))).toBe('2024-09-12');
    expect(bureauToday(new Date('2024-09-11T15:59:00Z'))).toBe('2024-09-11');
  });
});

describe('secondsUntilBureauMidnight', () => {
  it('counts to midnight in Beijing, whatever the server zone', () => {
    // 23:59:30 in Beijing is 15:59:30 UTC.
    expect(secondsUntilBureauMidnight(new Date('2024-09-11T15:59:30Z'))).toBe(30);
    // Midnight itself starts a whole new day.
    expect(secondsUntilBureauMidnight(new Date('2024-09-11T16:00:00Z'))).toBe(86_400);
    // 20:00 in Beijing.
    expect(secondsUntilBureauMidnight(new Date('2024-09-12T12:00:00Z'))).toBe(4 * 3600);
  });

  it('lands on the moment bureauToday turns', () => {
    const now = new Date('2024-02-28T09:17:41Z');
    const turn = new Date(now.getTime() + secondsUntilBureauMidnight(now) * 1000);
    expect(bureauToday(new Date(turn.getTime() - 1000))).toBe(bureauToday(now));
    expect(bureauToday(turn)).not.toBe(bureauToday(now));
  });
});
