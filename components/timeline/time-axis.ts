/**
 * Placing partial dates on a horizontal axis. A partial date covers a span (2020-07 is all of
 * July), so a marker sits at the middle of its span and a bar runs from the start of the first
 * span to the end of the last.
 */
import { type PartialDate, toIsoRange } from '@/lib/domain/partial-date';

export interface AxisRange {
  start: number;
  end: number;
}

const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function spanOf(date: PartialDate): AxisRange {
  const { start, end } = toIsoRange(date);
  return { start: ms(start), end: ms(end) + DAY };
}

export function midpointOf(date: PartialDate): number {
  const { start, end } = spanOf(date);
  return (start + end) / 2;
}

/** Whole years around every date given (and today, when shown), so ticks fall on 1 January. */
export function axisRange(dates: PartialDate[], today?: string): AxisRange | null {
  const spans = dates.map(spanOf);
  if (today) spans.push({ start: ms(today), end: ms(today) + DAY });
  if (!spans.length) return null;
  const first = new Date(Math.min(...spans.map((s) => s.start))).getUTCFullYear();
  const last = new Date(Math.max(...spans.map((s) => s.end)) - 1).getUTCFullYear();
  return { start: Date.UTC(first, 0, 1), end: Date.UTC(last + 1, 0, 1) };
}

/** Percent from the left edge. */
export function percentAt(time: number, range: AxisRange): number {
  return ((time - range.start) / (range.end - range.start)) * 100;
}

export function yearTicks(range: AxisRange): { year: number; percent: number }[] {
  const ticks = [];
  for (let year = new Date(range.start).getUTCFullYear(); Date.UTC(year, 0, 1) < range.end; year += 1) {
    ticks.push({ year, percent: percentAt(Date.UTC(year, 0, 1), range) });
  }
  return ticks;
}
