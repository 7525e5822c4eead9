/**
 * The UI's strings come from messages/*.json through next-intl's translator. The public side
 * is Chinese for now; English arrives with i18n routing, and every string is already in one place.
 */
import { createTranslator } from 'next-intl';
import type { LocalizedText } from '@/lib/api/dto';
import zhAuth from '@/messages/zh.auth.json';
import zhDocuments from '@/messages/zh.documents.json';
import zhForms from '@/messages/zh.forms.json';
import zh from '@/messages/zh.json';
import zhManage from '@/messages/zh.manage.json';
import zhOpinion from '@/messages/zh.opinion.json';
import zhReview from '@/messages/zh.review.json';
import zhSearch from '@/messages/zh.search.json';
import zhSharing from '@/messages/zh.sharing.json';

export type Locale = 'zh';
export const defaultLocale: Locale = 'zh';
/** BCP 47 tag for <html lang> and Intl formatters. */
export const htmlLang: Record<Locale, string> = { zh: 'zh-CN' };

export function getTranslator(locale: Locale = defaultLocale) {
  return createTranslator({
    locale: htmlLang[locale],
    messages: { ...zh, ...zhAuth, ...zhForms, ...zhManage, ...zhReview, ...zhOpinion, ...zhSearch, ...zhDocuments, ...zhSharing },
  });
}

export type Translator = ReturnType<typeof getTranslator>;

/** A record's own text in the reader's language, falling back to Chinese. */
export function pickText(text: LocalizedText, _locale: Locale = defaultLocale): string {
  // English readers get text.en ?? text.zh (marked lang="zh") once English pages exist.
  return text.zh;
}

export function formatNumber(n: number, locale: Locale = defaultLocale): string {
  return new Intl.NumberFormat(htmlLang[locale]).format(n);
}
