import 'server-only';

/**
 * iCalendar (RFC 5545) text for all-day events: CRLF line ends, TEXT values escaped (3.3.11),
 * and content lines folded at 75 octets of UTF-8 (3.1) without splitting a character, since a
 * Chinese character takes three octets and a calendar app rejects a broken one.
 */
export interface AllDayEvent {
  uid: string;
  /** YYYY-MM-DD: the day the event takes. */
  day: string;
  /** When this information was last revised (DTSTAMP). */
  stamp: Date;
  /** Grows whenever the event changes, so subscribers replace their copy. */
  sequence: number;
  summary: string;
  description: string | null;
  location: string | null;
  url: string | null;
  categories: string[];
}

export interface Calendar {
  /** PRODID: who made the calendar. */
  productId: string;
  name: string;
  events: AllDayEvent[];
}

const MAX_OCTETS = 75;

export function escapeText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** One content line, folded: each continuation line starts with a space, which counts toward its 75 octets. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (day: string) => day.replaceAll('-', '');

/** The day after a YYYY-MM-DD day: an all-day DTEND is exclusive. */
function nextDay(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** UTC date-time in the basic format, e.g. 20240912T083000Z. */
function utcStamp(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function eventLines(e: AllDayEvent): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${utcStamp(e.stamp)}`,
    `SEQUENCE:${e.sequence}`,
    `DTSTART;VALUE=DATE:${basicDate(e.day)}`,
    `DTEND;VALUE=DATE:${basicDate(nextDay(e.day))}`,
    `SUMMARY:${escapeText(e.summary)}`,
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
    // A URI value is not TEXT: its commas and semicolons stay as they are.
    ...(e.url ? [`URL:${e.url}`] : []),
    ...(e.categories.length ? [`CATEGORIES:${e.categories.map(escapeText).join(',')}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export function toICalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    // RFC 7986 NAME, and the older X-WR-CALNAME that most calendar apps still read.
    `NAME:${escapeText(calendar.name)}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
