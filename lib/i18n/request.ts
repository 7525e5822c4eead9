import { getRequestConfig } from 'next-intl/server';
import { toLocale } from './locale';
import { messages } from './messages';

/**
 * next-intl's configuration per request. The locale comes from the [locale] segment (pages
 * and the layout call setRequestLocale) or the proxy's header; a request outside [locale]
 * (the staff workspace) has none and reads Chinese.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const locale = toLocale(await requestLocale);
  // Records are dated on Beijing time, whatever the server's zone.
  return { locale, messages: messages[locale], timeZone: 'Asia/Shanghai' };
});
