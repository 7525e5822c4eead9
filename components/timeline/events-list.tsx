import Link from 'next/link';
import { LocalText } from '@/components/ui/local-text';
import { PartialDateText } from '@/components/ui/partial-date';
import { VerdictBadge } from '@/components/ui/status-badge';
import type { TimelineEvent } from '@/lib/api/dto';
import { localeHref, useReaderLocale } from '@/lib/i18n/locale';
import { getTranslator, type Translator } from '@/lib/i18n/translator';
import { AxisChart } from './axis-chart';
import { axisRange } from './time-axis';

function eventTitle(e: TimelineEvent, t: Translator): string {
  switch (e.kind) {
    case 'designation':
      return t('site.designatedAs', { level: t(`level.${e.code as 'national'}`) });
    case 'approval':
      return t(`approvalSubject.${e.code as 'plan'}`);
    default:
      return t(`milestone.${e.code as 'construction_start'}`);
  }
}

/** A site's or building's dated history: a picture, then the list that says it all. */
export function EventsTimeline({ events }: { events: TimelineEvent[] }) {
  const locale = useReaderLocale();
  const t = getTranslator(locale);
  if (!events.length) return <p className="muted">{t('common.noRecords')}</p>;
  const range = axisRange(events.map((e) => e.date));
  return (
    <div className="events-timeline">
      {range && (
        <AxisChart
          range={range}
          rows={[
            {
              key: 'events',
              label: '',
              markers: events.map((e) => ({ date: e.date, label: eventTitle(e, t), tone: e.kind === 'milestone' ? 'done' : 'pending' })),
            },
          ]}
        />
      )}
      <ol className="events">
        {events.map((e) => (
          <li key={`${e.kind}-${e.code}-${e.date}-${e.project?.slug ?? ''}`} className={`event event-${e.kind}`}>
            <PartialDateText date={e.date} />
            <div className="event-body">
              <strong>{eventTitle(e, t)}</strong>
              {e.verdict && <VerdictBadge verdict={e.verdict} />}
              {e.detail && (
                <span className="event-detail">
                  <LocalText text={e.detail} />
                </span>
              )}
              {e.project && (
                <span className="event-project">
                  <Link href={localeHref(locale, `/projects/${encodeURIComponent(e.project.slug)}`)}>
                    <LocalText text={e.project.title} />
                  </Link>
                </span>
              )}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
