import type { ReactNode } from 'react';
import { htmlLang, type Locale } from '@/lib/i18n/locale';

/** Han characters and CJK punctuation; digits and spaces between them stay in the run (国发〔2019〕22号). */
const CHINESE_RUN = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60]+(?:[\s\d]+[\p{Script=Han}\u3000-\u303f\uff01-\uff60]+)*/gu;

/**
 * Text in another language that quotes Chinese (a reader's search term, an example in a hint, an
 * alias in a snippet): each Chinese run is marked lang="zh-CN", so a screen reader reads it with
 * a Chinese voice and the CJK faces set it. Text that is itself Chinese comes back as it is.
 */
export function markChinese(text: string, textLocale: Locale): ReactNode {
  if (textLocale === 'zh') return text;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const match of text.matchAll(CHINESE_RUN)) {
    if (match.index > at) parts.push(text.slice(at, match.index));
    parts.push(
      <span key={match.index} lang={htmlLang.zh}>
        {match[0]}
      </span>,
    );
    at = match.index + match[0].length;
  }
  if (!parts.length) return text;
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
