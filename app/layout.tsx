import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { getTranslator, htmlLang } from '@/lib/i18n/translator';
import './globals.css';

const t = getTranslator();

export const metadata: Metadata = {
  title: { default: t('app.name'), template: `%s · ${t('app.name')}` },
  description: t('app.tagline'),
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#7a2418' };

/**
 * Every public page shows live records, so the app prerenders no shell: pages render whole at
 * request time (complete without JavaScript, no content streamed into a prerendered frame),
 * while the reads behind them are cached per record and revalidated by writes.
 */
export const instant = false;

export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang={htmlLang.zh}>
      <body>
        <a className="skip-link" href="#main">
          {t('app.skip')}
        </a>
        <header className="site-header">
          <div className="wrap header-inner">
            <Link href="/" className="brand">
              <span className="brand-seal" aria-hidden="true">
                文
              </span>
              <span className="brand-name">{t('app.name')}</span>
            </Link>
            <nav aria-label={t('nav.main')}>
              <ul className="nav-list">
                <li>
                  <Link href="/">{t('nav.home')}</Link>
                </li>
                <li>
                  <Link href="/timeline">{t('nav.timeline')}</Link>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>{t('app.footer')}</p>
            <p>
              <Link href="/manage">{t('nav.staff')}</Link>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
