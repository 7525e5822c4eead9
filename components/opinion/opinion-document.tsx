import Link from 'next/link';
import type { ReactNode } from 'react';
import { Vote } from '@/components/ui/inspection-card';
import { LocalText } from '@/components/ui/local-text';
import { PartialDateText } from '@/components/ui/partial-date';
import { SourcesList } from '@/components/ui/sources-list';
import { VerdictBadge } from '@/components/ui/status-badge';
import { formatInstant, formatPartialDate } from '@/lib/domain/partial-date';
import { type Locale, listSeparator, localeHref, useReaderLocale } from '@/lib/i18n/locale';
import { getTranslator, pickText } from '@/lib/i18n/translator';
import type { OpinionDto } from '@/lib/server/opinions';
import { AmendmentNote } from './amendment-note';
import { CriteriaTable } from './criteria-table';
import { attendeeName, clause, documentName, opinionHref } from './format';
import { PanelList } from './panel-list';
import { PrintButton } from './print-button';
import { ProblemList } from './problem-list';
import { RecordLine } from './record-line';
import { RectificationTable } from './rectification-table';

/** "{project}{kind}意见", e.g. …办公楼本体保护修缮工程终期验收意见; in English "Final acceptance opinion: {project}". */
export function opinionTitle(o: OpinionDto, locale: Locale): string {
  const t = getTranslator(locale);
  const kind = t(`milestone.${o.kind}`);
  return t('opinion.title', {
    project: pickText(o.project.title, locale),
    kind: o.sequence > 1 ? t('opinion.kindWithSequence', { kind, sequence: o.sequence }) : kind,
  });
}

/**
 * A decided inspection laid out as the paper opinion is: the meeting, the conclusion, the criteria,
 * the problems found, what must be rectified, and the panel that signed. The same page prints on A4.
 */
export function OpinionDocument({ opinion: o, title, today }: { opinion: OpinionDto; title: string; today: string }) {
  const locale = useReaderLocale();
  const t = getTranslator(locale);
  const i = o.inspection;
  const notRecorded = i.historical;

  return (
    <div className="opinion">
      <div className="opinion-tools screen-only">
        <PrintButton label={t('opinion.print')} />
        <p className="small muted">{t('opinion.printNote')}</p>
      </div>

      <header className="opinion-head">
        <p className="opinion-kind">{documentName(t, o.kind)}</p>
        <h1>{title}</h1>
        <p className="opinion-status">
          {i.verdict && <VerdictBadge verdict={i.verdict} />}
          <RecordLine inspection={i} />
        </p>
      </header>

      {o.correctedBy && (
        <p className="opinion-banner corrected" role="note">
          <span aria-hidden="true">⚠ </span>
          {t('opinion.correctedBy', {
            date: o.correctedBy.signedAt
              ? formatInstant(o.correctedBy.signedAt, false, locale)
              : o.correctedBy.date
                ? formatPartialDate(o.correctedBy.date, locale)
                : t('common.undated'),
          })}
          {o.correctedBy.reason && t('opinion.correctedByReason', { reason: clause(o.correctedBy.reason) })}
          <Link href={localeHref(locale, opinionHref(o.project.slug, o.correctedBy.id))}>{t('opinion.correctedLink')}</Link>
        </p>
      )}
      {i.amends && (
        <div className="opinion-banner" role="note">
          <AmendmentNote projectSlug={o.project.slug} amends={i.amends} />
        </div>
      )}

      <Part id="basics" heading={t('opinion.basics')}>
        <dl className="facts opinion-facts">
          <div>
            <dt>{t('opinion.projectTitle')}</dt>
            <dd>
              <LocalText text={o.project.title} />
            </dd>
          </div>
          <div>
            <dt>{t('opinion.site')}</dt>
            <dd>
              <LocalText text={o.project.site.name} />
            </dd>
          </div>
          {o.project.buildings.length > 0 && (
            <div>
              <dt>{t('opinion.buildings')}</dt>
              <dd>
                {o.project.buildings.map((b, n) => (
                  <span key={b.slug}>
                    {n > 0 && listSeparator[locale]}
                    <LocalText text={b.name} />
                  </span>
                ))}
              </dd>
            </div>
          )}
          <div>
            <dt>{t('opinion.category')}</dt>
            <dd>{t(`projectCategory.${o.project.category ?? 'unknown'}`)}</dd>
          </div>
          <div>
            <dt>{t('opinion.meetingDate')}</dt>
            <dd>
              <PartialDateText date={i.date} fallback={t('common.undated')} />
            </dd>
          </div>
          <div>
            <dt>{t('opinion.organiser')}</dt>
            <dd>{i.organiser ? <LocalText text={i.organiser.name} /> : <span className="muted">{t('common.unknown')}</span>}</dd>
          </div>
          {i.attendees.length > 0 && (
            <div>
              <dt>{t('opinion.attendees')}</dt>
              <dd>{i.attendees.map((a) => attendeeName(t, a, locale)).join(listSeparator[locale])}</dd>
            </div>
          )}
        </dl>
      </Part>

      <Part id="conclusion" heading={t('opinion.conclusion')}>
        {i.conclusion && (
          <blockquote className="conclusion">
            <LocalText text={i.conclusion} />
          </blockquote>
        )}
        <dl className="facts opinion-facts">
          <div>
            <dt>{t('opinion.verdict')}</dt>
            <dd>{i.verdict ? <VerdictBadge verdict={i.verdict} /> : t('verdict.none')}</dd>
          </div>
          <Vote inspection={i} />
        </dl>
      </Part>

      <Part id="criteria" heading={t('opinion.criteria')}>
        {i.criteria.length ? <CriteriaTable criteria={i.criteria} /> : <p className="muted">{t('opinion.noCriteria')}</p>}
      </Part>

      <Part id="findings" heading={t('opinion.findings')}>
        {i.findings.length ? (
          <ProblemList findings={i.findings} />
        ) : (
          <p className="muted">{t(notRecorded ? 'opinion.findingsNotRecorded' : 'opinion.noFindings')}</p>
        )}
      </Part>

      <Part id="rectification" heading={t('opinion.rectification')}>
        {i.rectificationItems.length ? (
          <>
            <RectificationTable items={i.rectificationItems} today={today} frozen={o.correctedBy !== null} />
            {o.correctedBy && <p className="small muted">{t('opinion.itemsMoved')}</p>}
          </>
        ) : (
          <p className="muted">{t(notRecorded ? 'opinion.rectificationNotRecorded' : 'opinion.noRectification')}</p>
        )}
      </Part>

      <Part id="panel" heading={t('opinion.panel')}>
        {i.panel.length > 0 && <PanelList panel={i.panel} />}
        {i.historical ? (
          <p className="opinion-source">
            {t('opinion.panelHistorical')}
            {o.sources.length > 0 && (
              <>
                {t('opinion.citedFrom')}
                {o.sources.map((s, n) => (
                  <span key={s.key}>
                    {n > 0 && t('opinion.citationSeparator')}
                    <cite>
                      <LocalText text={s.citation ?? s.title} />
                    </cite>
                  </span>
                ))}
              </>
            )}
          </p>
        ) : (
          i.panel.length === 0 && <p className="muted">{t('opinion.panelEmpty')}</p>
        )}
        {i.signedAt && <p className="small muted">{t('opinion.signedAll', { time: formatInstant(i.signedAt, true, locale) })}</p>}
      </Part>

      <SourcesList sources={o.sources} />
    </div>
  );
}

function Part({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`opinion-${id}`} className="opinion-section">
      <h2 id={`opinion-${id}`}>{heading}</h2>
      {children}
    </section>
  );
}
