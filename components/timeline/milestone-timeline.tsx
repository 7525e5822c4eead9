import { LocalText } from '@/components/ui/local-text';
import { PartialDateText } from '@/components/ui/partial-date';
import { VerdictBadge } from '@/components/ui/status-badge';
import type { MilestoneDto } from '@/lib/api/dto';
import { comparePartialDates, describeGap } from '@/lib/domain/partial-date';
import { type Locale, useReaderLocale } from '@/lib/i18n/locale';
import { getTranslator, type Translator } from '@/lib/i18n/translator';
import { AxisChart } from './axis-chart';
import { axisRange } from './time-axis';

/** Planned against actual: how far off plan a step was, in words. */
function slip(m: MilestoneDto, t: Translator, locale: Locale): string | null {
  if (!m.planned || !m.actual) return null;
  const order = comparePartialDates(m.actual, m.planned);
  if (order === 0) return t('project.onTime');
  const gap = order > 0 ? describeGap(m.planned, m.actual, locale) : describeGap(m.actual, m.planned, locale);
  return gap ? t(order > 0 ? 'project.late' : 'project.early', { gap }) : null;
}

/**
 * A project's steps in canonical order: the picture on top, then the ordered list that
 * carries every fact (dates planned and actual, time since the previous step, verdicts).
 */
export function MilestoneTimeline({ milestones }: { milestones: MilestoneDto[] }) {
  const locale = useReaderLocale();
  const t = getTranslator(locale);
  const dated = milestones.flatMap((m) => [m.actual, m.planned]).filter((d): d is string => d !== null);
  const range = axisRange(dated);
  let previous: MilestoneDto | null = null;

  return (
    <div className="milestone-timeline">
      {range && (
        <AxisChart
          range={range}
          rows={[
            {
              key: 'project',
              label: '',
              markers: milestones.flatMap((m) => [
                ...(m.actual
                  ? [
                      {
                        date: m.actual,
                        label: t(`milestone.${m.kind}`),
                        tone: m.inspection?.verdict === 'basically_qualified' ? 'warn' : 'done',
                      },
                    ]
                  : []),
                ...(m.planned && !m.actual ? [{ date: m.planned, label: t(`milestone.${m.kind}`), planned: true }] : []),
              ]),
            },
          ]}
        />
      )}
      <ol className="steps">
        {milestones.map((m) => {
          const gap = m.actual && previous?.actual ? describeGap(previous.actual, m.actual, locale) : null;
          const item = (
            <li key={m.id} className={`step${m.actual ? ' done' : ' pending'}`}>
              <div className="step-head">
                <h3 className="step-name">{t(`milestone.${m.kind}`)}</h3>
                {m.inspection?.verdict && <VerdictBadge verdict={m.inspection.verdict} />}
              </div>
              <dl className="step-dates">
                <div>
                  <dt>{t('project.actual')}</dt>
                  <dd>
                    <PartialDateText date={m.actual} fallback={t('project.notYet')} />
                  </dd>
                </div>
                {m.planned && (
                  <div>
                    <dt>{t('project.planned')}</dt>
                    <dd>
                      <PartialDateText date={m.planned} />
                      {slip(m, t, locale) && <span className="muted">{t('project.slip', { slip: slip(m, t, locale) ?? '' })}</span>}
                    </dd>
                  </div>
                )}
                {gap && (
                  <div>
                    <dt>{t('project.gap')}</dt>
                    <dd>{gap}</dd>
                  </div>
                )}
              </dl>
              {m.note && (
                <p className="step-note">
                  <LocalText text={m.note} />
                </p>
              )}
              {m.inspection?.conclusion && (
                <p className="step-note">
                  <LocalText text={m.inspection.conclusion} />
                </p>
              )}
            </li>
          );
          if (m.actual) previous = m;
          return item;
        })}
      </ol>
    </div>
  );
}
