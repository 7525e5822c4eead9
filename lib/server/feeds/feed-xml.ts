import 'server-only';
import { publicBaseUrl } from '@/lib/i18n/public-url';
import { getTranslator, htmlLang } from '@/lib/i18n/translator';
import { toAtom } from './atom';
import { getPublicUpdates } from './public-updates';

/** The year in every tag: URI's date: fixed, so an entry's id never changes (RFC 4151 section 2.4). */
const TAG_DATE = '2025';

/** The Atom feed: cached updates, with absolute links to this request's (or the configured) host. */
export async function feedXml(): Promise<string> {
  const [base, updates] = [publicBaseUrl(), await getPublicUpdates()];
  const t = getTranslator();
  // The authority of a tag: URI is a bare host name, never a port.
  const tag = (specific: string) => `tag:${new URL(base).hostname},${TAG_DATE}:${specific}`;
  return toAtom({
    id: tag('feed'),
    title: t('sharing.feed.title', { app: t('app.name') }),
    subtitle: t('sharing.feed.subtitle'),
    self: `${base}/feed.xml`,
    home: `${base}/`,
    author: t('app.name'),
    lang: htmlLang.zh,
    updatedWhenEmpty: new Date('2025-01-01T00:00:00Z'),
    entries: updates.map((u) => ({
      id: tag(u.key),
      title: u.title,
      updated: new Date(u.updated),
      link: `${base}${u.path}`,
      summary: u.summary,
    })),
  });
}
