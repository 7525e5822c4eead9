import type { ReactNode } from 'react';
import { markChinese } from '@/components/ui/chinese-runs';
import type { TextRange } from '@/lib/api/dto';
import { htmlLang, type Locale } from '@/lib/i18n/locale';

interface Props {
  text: string;
  ranges: TextRange[];
  /** The text's language; marked on the element when it is not the page's (an English reader's Chinese fallback). */
  lang: Locale;
  pageLocale: Locale;
}

/**
 * Plain text with its matches in <mark>. React escapes every piece: the text is never read as
 * HTML, whatever a record holds. Ranges out of order or out of bounds are skipped, not trusted.
 */
export function HighlightedText({ text, ranges, lang, pageLocale }: Props) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) parts.push(markChinese(text.slice(at, start), lang));
    parts.push(<mark key={start}>{markChinese(text.slice(start, end), lang)}</mark>);
    at = end;
  }
  // English text can quote Chinese (a site's aliases before its address): those runs are marked too.
  if (at < text.length) parts.push(markChinese(text.slice(at), lang));
  return lang === pageLocale ? parts : <span lang={htmlLang[lang]}>{parts}</span>;
}
