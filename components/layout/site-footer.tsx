import Link from 'next/link';
import { localeHref, useReaderLocale } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';

export function SiteFooter() {
  const locale = useReaderLocale();
  const t = getTranslator(locale);
  return (
    <footer className="site-footer">
      <div className="wrap">
        <p>{t('app.footer')}</p>
        <p className="footer-links">
          <Link href={localeHref(locale, '/about')}>{t('nav.about')}</Link>
          {/* The workspace is Chinese only, for the bureau's staff and experts. */}
          <Link href="/manage" hrefLang="zh-CN">
            {t('nav.staff')}
          </Link>
        </p>
      </div>
    </footer>
  );
}
