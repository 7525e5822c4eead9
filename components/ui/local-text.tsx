import type { LocalizedText } from '@/lib/api/dto';
import { htmlLang, useReaderLocale } from '@/lib/i18n/locale';
import { isFallback, pickText } from '@/lib/i18n/translator';

/**
 * A record's own words in the reader's language. Where a record has no English yet, an English
 * reader gets the Chinese marked lang="zh-CN", so screen readers and fonts treat it as Chinese.
 * A plain string is record text that only exists in Chinese (aliases, names, document numbers).
 */
export function LocalText({ text }: { text: LocalizedText | string }) {
  const locale = useReaderLocale();
  const local = typeof text === 'string' ? { zh: text, en: null } : text;
  const shown = pickText(local, locale);
  return isFallback(local, locale) ? <span lang={htmlLang.zh}>{shown}</span> : shown;
}
