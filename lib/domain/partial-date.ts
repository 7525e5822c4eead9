/**
 * Partial dates: real records give a day, a month or only a year, and a date must never claim more
 * precision than its source. A date is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; its precision is its length.
 */

export type PartialDate = string;
export type DatePrecision = 'year' | 'month' | 'day';
export type Locale = 'zh' | 'en';

export type ParseResult = { ok: true; value: PartialDate; precision: DatePrecision } | { ok: false; reason: 'format' | 'month' | 'day' };

// Years below 1000 would need a different width; no protected-site record here needs them.
const SHAPE = /^([1-9]\d{3})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const LENGTH: Record<DatePrecision, number> = { year: 4, month: 7, day: 10 };

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Strict: no trimming, no other separators, so a stored value always round-trips unchanged. */
export function parsePartialDate(input: string): ParseResult {
  const m = SHAPE.exec(input);
  if (!m) return { ok: false, reason: 'format' };
  const [, y, mo, d] = m;
  const year = Number(y);
  if (mo === undefined) return { ok: true, value: input, precision: 'year' };
  const month = Number(mo);
  if (month < 1 || month > 12) return { ok: false, reason: 'month' };
  if (d === undefined) return { ok: true, value: input, precision: 'month' };
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: 'day' };
  return { ok: true, value: input, precision: 'day' };
}

export function isPartialDate(x: unknown): x is PartialDate {
  return typeof x === 'string' && parsePartialDate(x).ok;
}

export function precisionOf(d: PartialDate): DatePrecision {
  if (d.length >= LENGTH.day) return 'day';
  return d.length >= LENGTH.month ? 'month' : 'year';
}

export function coarserPrecision(a: PartialDate, b: PartialDate): DatePrecision {
  return precisionOf(a.length <= b.length ? a : b);
}

/** Cuts a date down to a coarser precision; a date already coarser is returned unchanged. */
export function truncatePartialDate(d: PartialDate, precision: DatePrecision): PartialDate {
  return d.slice(0, LENGTH[precision]);
}

/**
 * Compares at the coarser precision of the two, so 2020-07 and 2020-07-15 are "the same time".
 * This "same time" is not transitive across precisions (2020-07-01 ~ 2020-07 ~ 2020-07-31), so the
 * function is not a total order: use it for rules, and `compareForTimeline` to sort mixed dates.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): -1 | 0 | 1 {
  const n = Math.min(a.length, b.length);
  // Fixed-width, zero-padded fields: string order is calendar order.
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * A total order for sorting: by the first day of each date's span, coarser first on a tie, so
 * 2020 < 2020-01 < 2020-01-01 < 2020-01-02 < 2020-02. Never contradicts `comparePartialDates`
 * when that one says -1 or 1.
 */
export function compareForTimeline(a: PartialDate, b: PartialDate): number {
  const x = toIsoRange(a).start;
  const y = toIsoRange(b).start;
  if (x !== y) return x < y ? -1 : 1;
  return a.length - b.length;
}

function fields(d: PartialDate): { year: number; month: number | null; day: number | null } {
  const [y, m, day] = d.split('-');
  return { year: Number(y), month: m ? Number(m) : null, day: day ? Number(day) : null };
}

export function formatPartialDate(d: PartialDate, locale: Locale): string {
  const { year, month, day } = fields(d);
  if (locale === 'zh') {
    if (month === null) return `${year}年`;
    return day === null ? `${year}年${month}月` : `${year}年${month}月${day}日`;
  }
  if (month === null) return String(year);
  const name = EN_MONTHS[month - 1];
  return day === null ? `${name} ${year}` : `${day} ${name} ${year}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The first and last day a date can stand for, for placing it on a time axis. */
export function toIsoRange(d: PartialDate): { start: string; end: string } {
  const { year, month, day } = fields(d);
  if (month === null) return { start: `${year}-01-01`, end: `${year}-12-31` };
  const ym = `${year}-${pad(month)}`;
  if (day === null) return { start: `${ym}-01`, end: `${ym}-${pad(daysInMonth(year, month))}` };
  return { start: d, end: d };
}

function dayNumber(d: PartialDate): number {
  const { year, month, day } = fields(d);
  return Date.UTC(year, (month ?? 1) - 1, day ?? 1) / 86_400_000;
}

function monthNumber(d: PartialDate): number {
  const { year, month } = fields(d);
  return year * 12 + (month ?? 1) - 1;
}

/**
 * The time between two dates, said only as precisely as the coarser of them allows: two days give
 * days, a month and a day give months, anything with a bare year gives years. Null when `to` is
 * before `from`. Zero is said in words ("same month") because "0 months" reads like missing data.
 */
export function describeGap(from: PartialDate, to: PartialDate, locale: Locale): string | null {
  if (comparePartialDates(from, to) > 0) return null;
  const precision = coarserPrecision(from, to);
  const a = truncatePartialDate(from, precision);
  const b = truncatePartialDate(to, precision);
  if (precision === 'day') return say(dayNumber(b) - dayNumber(a), locale, ['天', '同日'], ['day', 'same day']);
  if (precision === 'month') {
    return say(monthNumber(b) - monthNumber(a), locale, ['个月', '同月'], ['month', 'same month']);
  }
  return say(fields(b).year - fields(a).year, locale, ['年', '同年'], ['year', 'same year']);
}

function say(n: number, locale: Locale, zh: [string, string], en: [string, string]): string {
  if (locale === 'zh') return n === 0 ? zh[1] : `${n}${zh[0]}`;
  if (n === 0) return en[1];
  return `${n} ${en[0]}${n === 1 ? '' : 's'}`;
}

/**
 * Today as YYYY-MM-DD in the bureaus' time zone (China has one), whatever the server's zone:
 * "overdue" and "not yet held" are measured against it.
 */
export function bureauToday(now: Date = new Date()): PartialDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** China keeps UTC+8 all year (no daylight saving), so the bureau's midnight is a fixed offset. */
const BUREAU_OFFSET_SECONDS = 8 * 3600;

/** Seconds from `now` until the next midnight in the bureaus' time zone: when "today" turns. */
export function secondsUntilBureauMidnight(now: Date = new Date()): number {
  const intoDay = (Math.floor(now.getTime() / 1000) + BUREAU_OFFSET_SECONDS) % 86_400;
  return 86_400 - intoDay;
}

/** Signing times are instants; a reader in China reads them on Beijing time, whatever the server's zone. */
const SHANGHAI = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** 2024年9月12日 or 12 September 2024, with the time (14:05) when asked: Beijing time in both languages. */
export function formatInstant(iso: string, withTime = false, locale: Locale = 'zh'): string {
  const parts = Object.fromEntries(SHANGHAI.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  const day = `${parts.year}-${parts.month?.padStart(2, '0')}-${parts.day?.padStart(2, '0')}`;
  const date = formatPartialDate(day, locale);
  return withTime ? `${date} ${parts.hour}:${parts.minute}` : date;
}
