'use client';

import { type FormEvent, useId, useRef, useState } from 'react';
import styles from './login.module.css';

/** The words the form shows, given by the page from messages/zh.auth.json. */
export interface LoginMessages {
  email: string;
  password: string;
  passwordHint: string;
  submit: string;
  submitting: string;
  errorTitle: string;
  emailInvalid: string;
  passwordShort: string;
  wrongCredentials: string;
  /** Contains `{seconds}`. */
  rateLimited: string;
  disabled: string;
  network: string;
  unknown: string;
}

const MIN_PASSWORD_LENGTH = 12;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type FieldErrors = { email?: string; password?: string };

/** Seconds to wait from a 429: Retry-After, else better-auth's X-Retry-After, else a minute. */
function retryAfterSeconds(response: Response): number {
  const value = Number(response.headers.get('retry-after') ?? response.headers.get('x-retry-after'));
  return Number.isFinite(value) && value > 0 ? Math.ceil(value) : 60;
}

/**
 * Email and password to better-auth's POST /api/auth/sign-in/email; on success a full navigation
 * to `next`, so the server renders the next page with the new session cookie.
 */
export function LoginForm({ next, messages }: { next: string; messages: LoginMessages }) {
  const id = useId();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const errors: FieldErrors = {};
    if (!EMAIL.test(email)) errors.email = messages.emailInvalid;
    if ([...password].length < MIN_PASSWORD_LENGTH) errors.password = messages.passwordShort;
    setFieldErrors(errors);
    setFormError(null);
    if (errors.email || errors.password) {
      (errors.email ? emailRef : passwordRef).current?.focus();
      return;
    }

    setPending(true);
    try {
      const response = await fetch('/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
        credentials: 'same-origin',
      });
      if (response.ok) {
        window.location.assign(next);
        return; // stay pending while the next page loads
      }
      const body = (await response.json().catch(() => null)) as { code?: string } | null;
      if (response.status === 429) setFormError(messages.rateLimited.replace('{seconds}', String(retryAfterSeconds(response))));
      else if (response.status === 401) setFormError(messages.wrongCredentials);
      else if (response.status === 403 && body?.code === 'BANNED_USER') setFormError(messages.disabled);
      else if (body?.code === 'INVALID_EMAIL') setFieldErrors({ email: messages.emailInvalid });
      else setFormError(messages.unknown);
    } catch {
      setFormError(messages.network);
    }
    setPending(false);
  }

  const described = (field: keyof FieldErrors, extra?: string) =>
    [fieldErrors[field] ? `${id}-${field}-error` : null, extra].filter(Boolean).join(' ') || undefined;

  return (
    // method="post": a submit before the script has loaded must never put the password in the URL.
    <form method="post" onSubmit={submit} noValidate aria-busy={pending}>
      {formError && (
        <div className={styles.alert} role="alert">
          <strong>{messages.errorTitle}</strong>
          {formError}
        </div>
      )}
      <div className={styles.field}>
        <label className={styles.label} htmlFor={`${id}-email`}>
          {messages.email}
        </label>
        <input
          ref={emailRef}
          id={`${id}-email`}
          className={styles.input}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={described('email')}
        />
        {fieldErrors.email && (
          <p id={`${id}-email-error`} className={styles.fieldError}>
            {fieldErrors.email}
          </p>
        )}
      </div>
      <div className={styles.field}>
        <div className={styles.labelRow}>
          <label className={styles.label} htmlFor={`${id}-password`}>
            {messages.password}
          </label>
          <span id={`${id}-password-hint`} className={styles.hint}>
            {messages.passwordHint}
          </span>
        </div>
        <input
          ref={passwordRef}
          id={`${id}-password`}
          className={styles.input}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={described('password', `${id}-password-hint`)}
        />
        {fieldErrors.password && (
          <p id={`${id}-password-error`} className={styles.fieldError}>
            {fieldErrors.password}
          </p>
        )}
      </div>
      <button className={styles.primary} type="submit" disabled={pending}>
        {pending ? messages.submitting : messages.submit}
      </button>
    </form>
  );
}
