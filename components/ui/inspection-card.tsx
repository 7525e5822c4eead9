import Link from 'next/link';
import { AmendmentNote } from '@/components/opinion/amendment-note';
import { CriteriaTable } from '@/components/opinion/criteria-table';
import { attendeeName, documentName, opinionHref } from '@/components/opinion/format';
import { PanelList } from '@/components/opinion/panel-list';
import { ProblemList } from '@/components/opinion/problem-list';
import { RecordLine } from '@/components/opinion/record-line';
import { RectificationTable } from '@/components/opinion/rectification-table';
import type { InspectionDto, MilestoneDto } from '@/lib/api/dto';
import { formatPartialDate } from '@/lib/domain/partial-date';
import { listSeparator, localeHref, useReaderLocale } from '@/lib/i18n/locale';
import { getTranslator, pickText } from '@/lib/i18n/translator';
import { LocalText } from './local-text';
import { PartialDateText } from './partial-date';
import { VerdictBadge } from './status-badge';

interface CardProps {
  projectSlug: string;
  milestone: MilestoneDto;
  inspection: InspectionDto;
  /** YYYY-MM-DD in the bureau's time zone, taken when the page renders: what "overdue" means. */
  today: string;
}

/** One decided inspection or acceptance as the public may read it: no private remarks or drafts. */
export function InspectionCard({ projectSlug, milestone, inspection, today }: CardProps) {
  const locale = useReaderLocale();
  const t = getTranslator(locale);
  const headingId = `inspection-${inspection.id}`;
  return (
    <article className="inspection" aria-labelledby={headingId}>
      <header className="inspection-head">
        <h3 id={headingId}>
          {t(`milestone.${milestone.kind}`)} · <PartialDateText date={inspection.date} fallback={t('common.undated')} />
        </h3>
        {inspection.verdict ? <VerdictBadge verdict={inspection.verdict} /> : <span className="muted">{t('verdict.none')}</span>}
      </header>
      {inspection.amends && <AmendmentNote projectSlug={projectSlug} amends={inspection.amends} />}
      {inspection.conclusion && (
        <blockquote className="conclusion">
          <LocalText text={inspection.conclusion} />
        </blockquote>
      )}
      <dl className="facts">
        {inspection.organiser && (
          <div>
            <dt>{t('project.organiser')}</dt>
            <dd>
              <LocalText text={inspection.organiser.name} />
            </dd>
          </div>
        )}
        {inspection.attendees.length > 0 && (
          <div>
            <dt>{t('project.attendees')}</dt>
            <dd>{inspection.attendees.map((a) => attendeeName(t, a, locale)).join(listSeparator[locale])}</dd>
          </div>
        )}
        <Vote inspection={inspection} />
      </dl>
      {inspection.criteria.length > 0 && <CriteriaTable criteria={inspection.criteria} caption={t('project.criteria')} />}
      {inspection.findings.length > 0 && (
        <div className="inspection-part">
          <h4>{t('opinion.findings')}</h4>
          <ProblemList findings={inspection.findings} />
        </div>
      )}
      {(inspection.rectificationItems.length > 0 || (inspection.verdict && inspection.verdict !== 'qualified')) && (
        <div className="inspection-part rectification">
          <h4>{t('project.rectification')}</h4>
          {inspection.rectificationItems.length ? (
            <RectificationTable items={inspection.rectificationItems} today={today} />
          ) : (
            <p className="muted">{t('project.noRectification')}</p>
          )}
        </div>
      )}
      {inspection.panel.length > 0 && (
        <div className="inspection-part">
          <h4>{t('opinion.panel')}</h4>
          <PanelList panel={inspection.panel} />
        </div>
      )}
      <footer className="inspection-foot">
        <RecordLine inspection={inspection} />
        <Link href={localeHref(locale, opinionHref(projectSlug, inspection.id))} className="opinion-link">
          {t('opinion.open', { document: documentName(t, milestone.kind) })}
        </Link>
      </footer>
    </article>
  );
}

/** Unanimous, or the dissent the panel recorded; nothing when the record does not say. */
export function Vote({ inspection }: { inspection: Pick<InspectionDto, 'unanimous' | 'dissent'> }) {
  const t = getTranslator(useReaderLocale());
  if (inspection.unanimous === null && !inspection.dissent) return null;
  return (
    <div>
      <dt>{t('opinion.vote')}</dt>
      <dd>
        {inspection.unanimous ? t('opinion.unanimous') : t('opinion.notUnanimous')}
        {inspection.dissent && (
          <div className="dissent">
            {t('opinion.dissentLabel')}
            <LocalText text={inspection.dissent} />
          </div>
        )}
      </dd>
    </div>
  );
}

/** A scheduled inspection shows only when, what and by whom: never a draft's content. */
export function ScheduledInspection({ milestone, inspection }: { milestone: MilestoneDto; inspection: InspectionDto }) {
  const locale = useReaderLocale();
  const t = getTranslator(locale);
  const kind = t(`milestone.${milestone.kind}`);
  const text = !inspection.date
    ? t('opinion.scheduledUndated', { kind })
    : inspection.organiser
      ? t('opinion.scheduled', {
          kind,
          date: formatPartialDate(inspection.date, locale),
          organiser: pickText(inspection.organiser.name, locale),
        })
      : t('opinion.scheduledNoOrganiser', { kind, date: formatPartialDate(inspection.date, locale) });
  return (
    <p className="scheduled">
      <span aria-hidden="true">◷ </span>
      {text}
    </p>
  );
}
