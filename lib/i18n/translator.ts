/**
 * The UI's strings come from messages/*.json through next-intl's translator, one per language.
 * Components take the language from `useReaderLocale()` (lib/i18n/locale.ts); plain functions
 * take it as an argument.
 */
import { createTranslator } from 'next-intl';
import type { LocalizedText } from '@/lib/api/dto';
import { defaultLocale, htmlLang, type Locale } from './locale';
import { messages } from './messages';

export { defaultLocale, htmlLang, type Locale } from './locale';

function makeTranslator(locale: Locale) {
  return createTranslator({ locale: htmlLang[locale], messages: messages[locale] });
}

export type Translator = ReturnType<typeof makeTranslator>;

const translators = new Map<Locale, Translator>();

export function getTranslator(locale: Locale = defaultLocale): Translator {
  let t = translators.get(locale);
  if (!t) {
    t = makeTranslator(locale);
    translators.set(locale, t);
  }
  return t;
}

/**
 * A record's own text in the reader's language. English falls back to the Chinese, which
 * `<LocalText>` then marks lang="zh"; use this for attributes and titles, where no mark fits.
 */
export function pickText(text: LocalizedText, locale: Locale = defaultLocale): string {
  return locale === 'en' ? (text.en ?? text.zh) : text.zh;
}

/** Whether `pickText` gave the Chinese to an English reader. */
export function isFallback(text: LocalizedText, locale: Locale): boolean {
  return locale === 'en' && !text.en;
}

export function formatNumber(n: number, locale: Locale = defaultLocale): string {
  return new Intl.NumberFormat(htmlLang[locale]).format(n);
}
