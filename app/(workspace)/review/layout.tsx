import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { LogoutButton } from '@/components/auth/logout-button';
import { QueryProvider } from '@/components/manage/query-provider';
import { SignInRedirect } from '@/components/manage/sign-in-redirect';
import { getTranslator } from '@/lib/i18n/translator';
import { currentActor } from '@/lib/server/actor';
import '../manage/manage.css';
import './review.css';

const t = getTranslator();

export const metadata: Metadata = {
  title: { default: t('review.list.title'), template: `%s · ${t('review.area')}` },
  robots: { index: false, follow: false },
};

/**
 * The expert panels' workspace. Any signed-in role may enter: an expert sees the panels they sit
 * on, staff see theirs (usually none). The guard is convenience, as in /manage: every read and
 * write behind these pages is authorized again, per inspection, by its service.
 */
export default async function ReviewLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor(await headers());
  if (!actor) return <SignInRedirect />;

  return (
    <div className="manage review">
      <div className="manage-bar">
        <p className="manage-area">{t('review.area')}</p>
        <div className="manage-user">
          <span className="small">{t('review.signedInAs', { name: actor.name, role: t(`review.role.${actor.role}`) })}</span>
          <LogoutButton
            className="button button-quiet"
            label={t('auth.logout.submit')}
            pendingLabel={t('auth.logout.submitting')}
            failedLabel={t('auth.logout.failed')}
          />
        </div>
      </div>
      <QueryProvider>{children}</QueryProvider>
    </div>
  );
}
