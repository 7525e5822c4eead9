import type { CSSProperties } from 'react';
import type { PartialDate } from '@/lib/domain/partial-date';
import { type AxisRange, midpointOf, percentAt, spanOf, yearTicks } from './time-axis';

export interface AxisMarker {
  date: PartialDate;
  label: string;
  /** Done milestones are filled; planned ones are outlined. */
  planned?: boolean;
  tone?: string;
}

export interface AxisRow {
  key: string;
  label: string;
  markers: AxisMarker[];
  /** A project still under way runs on to today. */
  openEnded?: boolean;
}

/**
 * The picture of a timeline, drawn in HTML and CSS on the server. It is hidden from screen
 * readers: every page that shows it also gives the same facts as a list or a table.
 */
export function AxisChart({ rows, range, today }: { rows: AxisRow[]; range: AxisRange; today?: string }) {
  const ticks = yearTicks(range);
  // Label every year on wide axes only when they would not crowd each other.
  const step = Math.ceil(ticks.length / 8);
  const todayAt = today ? percentAt(Date.parse(`${today}T12:00:00Z`), range) : null;
  return (
    <div className={`axis-chart${rows.length > 1 ? ' multi' : ''}`} aria-hidden="true">
      <div className="axis-ticks">
        {ticks.map((tick, i) => (
          <span key={tick.year} className="axis-tick" style={{ left: `${tick.percent}%` }}>
            {i % step === 0 ? tick.year : ''}
          </span>
        ))}
      </div>
      {rows.map((row) => {
        const done = row.markers.filter((m) => !m.planned);
        const first = done[0] ?? row.markers[0];
        const last = done.at(-1);
        const from = first ? percentAt(spanOf(first.date).start, range) : null;
        const to = row.openEnded && todayAt !== null ? todayAt : last ? percentAt(spanOf(last.date).end, range) : null;
        return (
          <div key={row.key} className="axis-row">
            {rows.length > 1 && <div className="axis-row-label">{row.label}</div>}
            <div className="axis-track">
              {ticks.map((tick) => (
                <span key={tick.year} className="axis-gridline" style={{ left: `${tick.percent}%` }} />
              ))}
              {from !== null && to !== null && to > from && (
                <span className={`axis-bar${row.openEnded ? ' open' : ''}`} style={{ left: `${from}%`, width: `${to - from}%` }} />
              )}
              {row.markers.map((m) => (
                <span
                  key={`${m.label}-${m.date}-${m.planned ? 'p' : 'a'}`}
                  className={`axis-marker${m.planned ? ' planned' : ''} tone-${m.tone ?? 'active'}`}
                  style={{ left: `${percentAt(midpointOf(m.date), range)}%` } as CSSProperties}
                  title={m.label}
                />
              ))}
              {todayAt !== null && <span className="axis-today" style={{ left: `${todayAt}%` }} />}
            </div>
          </div>
        );
      })}
    </div>
  );
}
