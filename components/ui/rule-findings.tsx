import { createTranslator } from 'next-intl';
import type { RuleFinding } from '@/lib/domain/milestones';
import { ruleMessages, ruleMessageValues } from '@/lib/domain/rule-messages';
import { getTranslator, htmlLang } from '@/lib/i18n/translator';

/** What the rule checks found in the record, shown to readers as notes, never hidden. */
export function RuleFindings({ findings }: { findings: RuleFinding[] }) {
  if (!findings.length) return null;
  const t = getTranslator();
  const rules = createTranslator({ locale: htmlLang.zh, messages: { rules: ruleMessages.zh } });
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
            {rules(`rules.${f.rule}`, ruleMessageValues(f, 'zh'))}
          </li>
        ))}
      </ul>
    </section>
  );
}
