import { formatPartialDate, isPartialDate } from '@/lib/domain/partial-date';
import type { RuleFinding } from '@/lib/domain/rule-finding';
import { defaultLocale, getTranslator, type Locale, type Translator } from './translator';

/**
 * A finding carries codes and raw dates, so it stays language-free in the data and the log.
 * Here each value is put into words with the same labels as the rest of the UI.
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

function inWords(t: Translator, finding: RuleFinding, locale: Locale): Record<string, string> {
  const words: Record<string, string> = {};
  for (const [name, raw] of Object.entries(finding.message.values)) {
    const value = String(raw);
    const namespace = VALUE_LABELS[name];
    if (namespace) {
      const label = t(`${namespace}.${value}` as 'milestone.archived');
      // English labels are capitalised for headings and badges; a verdict sits mid-sentence here.
      words[name] = name === 'verdict' && locale === 'en' ? label.toLowerCase() : label;
    }
    // An empty date means "not recorded yet" (no completion date when checking a window).
    else if (DATE_VALUES.has(name)) words[name] = isPartialDate(value) ? formatPartialDate(value, locale) : '—';
    else words[name] = value;
  }
  return words;
}

/**
 * The finding as one sentence for a reader, in the translator's language; `locale` must match it
 * (dates are worded per language). The services' messages are Chinese, the default.
 */
export function describeFinding(finding: RuleFinding, t: Translator = getTranslator(), locale: Locale = defaultLocale): string {
  return t(`rules.${finding.rule}`, inWords(t, finding, locale));
}
