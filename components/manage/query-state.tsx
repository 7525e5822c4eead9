'use client';

import { usePathname } from 'next/navigation';
import { isApiProblem } from '@/lib/api/fetcher';
import { t } from './i18n';

/** A query still loading: announced politely, no layout jump beyond one line. */
export function Loading() {
  return (
    <p className="muted" role="status">
      {t('manage.common.loading')}
    </p>
  );
}

/** A query that failed: the problem's own words, a way to sign in again when the session ended, and a retry. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const pathname = usePathname();
  const detail = isApiProblem(error) ? error.detail : String(error);
  const signedOut = isApiProblem(error) && error.status === 401;
  return (
    <div className="notice tone-bad" role="alert">
      <p>{t('manage.common.loadFailed', { detail })}</p>
      {signedOut ? (
        <a href={`/login?next=${encodeURIComponent(pathname)}`}>{t('manage.common.signIn')}</a>
      ) : (
        <button type="button" className="button" onClick={onRetry}>
          {t('manage.common.retry')}
        </button>
      )}
    </div>
  );
}
