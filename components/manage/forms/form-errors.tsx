import Link from 'next/link';
import type { RefObject } from 'react';
import { isApiProblem } from '@/lib/api/fetcher';
import styles from './form.module.css';
import { t } from './options';

/** The problem in words a clerk can act on; the server's Chinese detail when it has one. */
function problemMessage(error: Error, forbidden?: string): string {
  if (!isApiProblem(error)) return t('forms.problem.server', { requestId: '—' });
  switch (error.status) {
    case 401:
      return t('forms.problem.unauthenticated');
    case 403:
      return forbidden ?? error.detail;
    case 404:
      return t('forms.problem.notFound');
    case 0:
    case 400:
    case 409:
    case 422:
      return error.detail;
    default:
      return t('forms.problem.server', { requestId: error.requestId ?? '—' });
  }
}

interface Refusal {
  problem: Error | null;
  serverSummary(): { path: string; message: string }[];
  summaryRef: RefObject<HTMLDivElement | null>;
  idFor(path: string): string;
}

/**
 * After a refused save: what went wrong, then each field's message linked to its input. Focused
 * when it appears, so a screen reader hears it and a keyboard user starts from it.
 */
export function FormErrors({ form, forbidden }: { form: Refusal; forbidden?: string }) {
  const error = form.problem;
  if (!error) return null;
  const items = form.serverSummary();
  return (
    <div ref={form.summaryRef} tabIndex={-1} role="alert" className={styles.summary}>
      <p className={styles.summaryTitle}>{problemMessage(error, forbidden)}</p>
      {isApiProblem(error) && error.status === 401 && (
        <p>
          <Link href="/login">{t('forms.problem.login')}</Link>
        </p>
      )}
      {items.length > 0 && (
        <ul>
          {items.map(({ path, message }) => (
            <li key={`${path}:${message}`}>
              <a href={`#${form.idFor(path)}`}>{message}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
