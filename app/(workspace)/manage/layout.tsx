import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { LogoutButton } from '@/components/auth/logout-button';
import { ManageNav } from '@/components/manage/manage-nav';
import { QueryProvider } from '@/components/manage/query-provider';
import { SignInRedirect } from '@/components/manage/sign-in-redirect';
import { getTranslator } from '@/lib/i18n/translator';
import { currentActor } from '@/lib/server/actor';
import './manage.css';

const t = getTranslator();

function Logout() {
  return (
    <LogoutButton
      className="button button-quiet"
      label={t('auth.logout.submit')}
      pendingLabel={t('auth.logout.submitting')}
      failedLabel={t('auth.logout.failed')}
    />
  );
}

export const metadata: Metadata = {
  title: { default: t('manage.dashboard.title'), template: `%s · ${t('manage.area')}` },
  robots: { index: false, follow: false },
};

/**
 * The staff workspace's chrome. The guard here is convenience (a clear page instead of a screen of
 * 401s); every API call behind these pages is authorized again, per record, by its service.
 * The workspace layout has already made rendering request-time (connection()), so
 * the session is read here, blocking, before anything of the workspace renders.
 * An anonymous visitor gets SignInRedirect, which knows the URL (a layout does not) and so sends
 * them back to the very page after signing in. Either way (it, or redirect() here) the answer is
 * a 200 whose script redirects, since the response has started; a true 307 would take proxy.ts.
 */
export default async function ManageLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor(await headers());
  if (!actor) return <SignInRedirect />;

  if (actor.role === 'expert') {
    return (
      <section className="not-found" aria-labelledby="forbidden-heading">
        <p className="not-found-code" aria-hidden="true">
          {t('manage.forbidden.code')}
        </p>
        <h1 id="forbidden-heading">{t('manage.forbidden.title')}</h1>
        <p>{t('review.toReview.body')}</p>
        <p className="manage-actions-center">
          <Link href="/review" className="button button-primary">
            {t('review.toReview.link')}
          </Link>
          <Link href="/">{t('manage.forbidden.home')}</Link>
          <Logout />
        </p>
      </section>
    );
  }

  return (
    <div className="manage">
      <div className="manage-bar">
        <p className="manage-area">{t('manage.area')}</p>
        <ManageNav />
        <div className="manage-user">
          <span className="small">{t('manage.nav.signedInAs', { name: actor.name, role: t(`manage.role.${actor.role}`) })}</span>
          <Logout />
        </div>
      </div>
      <QueryProvider>{children}</QueryProvider>
    </div>
  );
}
