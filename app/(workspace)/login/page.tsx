import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { connection } from 'next/server';
import styles from '@/components/auth/login.module.css';
import { LoginForm, type LoginMessages } from '@/components/auth/login-form';
import { LogoutButton } from '@/components/auth/logout-button';
import { getTranslator } from '@/lib/i18n/translator';
import { currentActor } from '@/lib/server/actor';

export const metadata: Metadata = { title: getTranslator()('auth.login.title'), robots: { index: false } };

const DEFAULT_NEXT = '/manage';

/** Where to go after signing in: a path on this site only, never another origin. */
function nextPath(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value?.startsWith('/') || value.startsWith('//') || value.includes('\\')) return DEFAULT_NEXT;
  return value;
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  await connection(); // request time: who is signed in
  const t = getTranslator();
  const next = nextPath((await searchParams).next);
  // Signed in already: say so rather than redirect, so a page that refuses this role cannot loop back here.
  const actor = await currentActor(await headers());

  if (actor) {
    return (
      <section className={styles.card} aria-labelledby="signed-in-heading">
        <h1 id="signed-in-heading">{t('auth.signedIn.title')}</h1>
        <p>{t('auth.signedIn.as', { name: actor.name, role: t(`auth.role.${actor.role}`) })}</p>
        <div className={styles.actions}>
          <Link className={styles.primary} href={next}>
            {next === DEFAULT_NEXT ? t('auth.signedIn.workspace') : t('auth.signedIn.continue')}
          </Link>
          <LogoutButton
            className={styles.secondary}
            label={t('auth.logout.submit')}
            pendingLabel={t('auth.logout.submitting')}
            failedLabel={t('auth.logout.failed')}
          />
        </div>
        <p className={styles.note}>{t('auth.signedIn.switch')}</p>
      </section>
    );
  }

  const messages: LoginMessages = {
    email: t('auth.login.email'),
    password: t('auth.login.password'),
    passwordHint: t('auth.login.passwordHint'),
    submit: t('auth.login.submit'),
    submitting: t('auth.login.submitting'),
    errorTitle: t('auth.errors.title'),
    emailInvalid: t('auth.errors.emailInvalid'),
    passwordShort: t('auth.errors.passwordShort'),
    wrongCredentials: t('auth.errors.wrongCredentials'),
    rateLimited: t.raw('auth.errors.rateLimited') as string,
    disabled: t('auth.errors.disabled'),
    network: t('auth.errors.network'),
    unknown: t('auth.errors.unknown'),
  };

  return (
    <section className={styles.card} aria-labelledby="login-heading">
      <h1 id="login-heading">{t('auth.login.title')}</h1>
      <p className={styles.lead}>{t('auth.login.lead')}</p>
      <LoginForm next={next} messages={messages} />
      <p className={styles.note}>{t('auth.login.noAccount')}</p>
    </section>
  );
}
