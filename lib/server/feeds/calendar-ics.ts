import 'server-only';
import { publicBaseUrl } from '@/lib/i18n/public-url';
import { getTranslator } from '@/lib/i18n/translator';
import { InvalidInputError, NotFoundError } from '../errors';
import { toICalendar } from './ical';
import { getInspectionCalendar } from './inspection-calendar';

const PRODUCT_ID = '-//Heritage Tracker//Inspections and acceptances//ZH';

/**
 * The iCalendar feed of scheduled inspections: all published projects', or one project's
 * (`?project={slug}`). An unknown or unpublished project is a 404, an empty parameter a 400.
 */
export async function calendarIcs(projectSlug: string | null): Promise<string> {
  if (projectSlug !== null && !projectSlug.trim()) {
    const message = 'project：应为已发布工程的标识（slug），如 ersha-office-building-restoration；不需要时请去掉该参数';
    throw new InvalidInputError(message, { project: [message] });
  }
  const [base, calendar] = [publicBaseUrl(), await getInspectionCalendar(projectSlug)];
  if (!calendar) throw new NotFoundError('project', projectSlug as string);
  const t = getTranslator();
  const host = new URL(base).host;
  return toICalendar({
    productId: PRODUCT_ID,
    name: calendar.project
      ? t('sharing.calendar.projectName', { project: calendar.project.title.zh })
      : t('sharing.calendar.name', { app: t('app.name') }),
    events: calendar.events.map((s) => {
      const kind = t(`milestone.${s.kind}`);
      const url = `${base}/projects/${encodeURIComponent(s.project.slug)}`;
      return {
        // Stable per inspection and deployment: a subscriber's calendar updates the event, never duplicates it.
        uid: `inspection-${s.id}@${host}`,
        day: s.day,
        stamp: new Date(s.changed),
        sequence: s.version,
        summary: t('sharing.calendar.summary', { kind, project: s.project.title.zh }),
        description: [
          t('sharing.calendar.project', { project: s.project.title.zh }),
          t('sharing.calendar.site', { site: s.site.name.zh }),
          ...(s.organiser ? [t('sharing.calendar.organiser', { organiser: s.organiser.zh })] : []),
          t('sharing.calendar.link', { url }),
        ].join('\n'),
        location: s.site.name.zh,
        url,
        categories: [kind],
      };
    }),
  });
}
