import type { RuleFinding } from '@/lib/domain/milestones';
import { formatPartialDate, isPartialDate } from '@/lib/domain/partial-date';
import { getTranslator, type Translator } from '@/lib/i18n/translator';

/**
 * A finding carries codes and raw dates, so it stays language-free in the API and the log.
 * Here each value is put into words with the same labels as the rest of the page.
 */
const VALUE_LABELS: Record<string, string> = {
  kind: 'milestone',
  otherKind: 'milestone',
  verdict: 'verdict',
  level: 'level',
  expected: 'adminLevel',
  actual: 'adminLevel',
  subject: 'approvalSubject',
};
const DATE_VALUES = new Set(['date', 'otherDate', 'start', 'end']);

function inWords(t: Translator, finding: RuleFinding): Record<string, string> {
  const words: Record<string, string> = {};
  for (const [name, raw] of Object.entries(finding.message.values)) {
    const value = String(raw);
    const namespace = VALUE_LABELS[name];
    if (namespace) words[name] = t(`${namespace}.${value}` as 'milestone.archived');
    // An empty date means "not recorded yet" (no completion date when checking a window).
    else if (DATE_VALUES.has(name)) words[name] = isPartialDate(value) ? formatPartialDate(value, 'zh') : '—';
    else words[name] = value;
  }
  return words;
}

/** What the rule checks found in the record, shown to readers as notes, never hidden. */
export function RuleFindings({ findings }: { findings: RuleFinding[] }) {
  if (!findings.length) return null;
  const t = getTranslator();
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
            {t(`rules.${f.rule}`, inWords(t, f))}
          </li>
        ))}
      </ul>
    </section>
  );
}
