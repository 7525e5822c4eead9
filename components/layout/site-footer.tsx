import Link from 'next/link';
import { useReaderLocale } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';

export function SiteFooter() {
  const t = getTranslator(useReaderLocale());
  return (
    <footer className="site-footer">
      <div className="wrap">
        <p>{t('app.footer')}</p>
        <p>
          {/* The workspace is Chinese only, for the bureau's staff and experts. */}
          <Link href="/manage" hrefLang="zh-CN">
            {t('nav.staff')}
          </Link>
        </p>
      </div>
    </footer>
  );
}
