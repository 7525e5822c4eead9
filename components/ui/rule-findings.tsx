import type { RuleFinding } from '@/lib/domain/milestones';
import { useReaderLocale } from '@/lib/i18n/locale';
import { describeFinding } from '@/lib/i18n/rule-text';
import { getTranslator } from '@/lib/i18n/translator';

/** What the rule checks found in the record, shown to readers as notes, never hidden. */
export function RuleFindings({ findings }: { findings: RuleFinding[] }) {
  const locale = useReaderLocale();
  if (!findings.length) return null;
  const t = getTranslator(locale);
  return (
    <section aria-labelledby="findings-heading" className="panel findings">
      <h2 id="findings-heading">{t('project.findings')}</h2>
      <ul>
        {findings.map((f) => (
          <li key={`${f.rule}-${f.milestoneIds.join('-')}`}>
            <span className={`badge tone-${f.severity === 'error' ? 'bad' : 'warn'}`}>
              <span aria-hidden="true">{f.severity === 'error' ? '✗' : '!'}</span>
              {t(`project.${f.severity}`)}
            </span>{' '}
            {describeFinding(f, t, locale)}
          </li>
        ))}
      </ul>
    </section>
  );
}
