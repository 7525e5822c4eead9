import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, toICalendar } from './ical';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks (RFC 5545 3.3.11)', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds at 75 octets with CRLF and a space, never splitting a Chinese character', () => {
    const line = `SUMMARY:${'终期验收'.repeat(20)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    // No replacement characters: every part is whole UTF-8.
    for (const part of parts) expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
    // Unfolding (remove CRLF + one space) gives the line back.
    expect(folded.replaceAll('\r\n ', '')).toBe(line);
  });
});

describe('toICalendar', () => {
  const ics = toICalendar({
    productId: '-//Test//Test//ZH',
    name: '检查与验收日程',
    events: [
      {
        uid: 'inspection-7@example.org',
        day: '2024-12-31',
        stamp: new Date('2024-09-01T08:30:00Z'),
        sequence: 3,
        summary: '中期检查：某工程, 一期; 二期（全角，不转义）',
        description: '项目：某工程\n组织单位：省文物局',
        location: '郑州第二砂轮厂旧址',
        url: 'https://example.org/projects/x?a=1,2',
        categories: ['中期检查'],
      },
    ],
  });

  it('is a VCALENDAR of VEVENTs with CRLF line ends only', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('writes an all-day event: DTSTART as a DATE and an exclusive DTEND on the next day, across a year end', () => {
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20241231\r\n');
    expect(ics).toContain('\r\nDTEND;VALUE=DATE:20250101\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20240901T083000Z\r\n');
    expect(ics).toContain('\r\nUID:inspection-7@example.org\r\n');
    expect(ics).toContain('\r\nSEQUENCE:3\r\n');
  });

  it('escapes text values but not the URL', () => {
    expect(ics).toContain('SUMMARY:中期检查：某工程\\, 一期\\; 二期（全角，不转义）');
    expect(ics).toContain('DESCRIPTION:项目：某工程\\n组织单位：省文物局');
    expect(ics).toContain('URL:https://example.org/projects/x?a=1,2');
  });

  it('keeps every physical line within 75 octets', () => {
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });
});
