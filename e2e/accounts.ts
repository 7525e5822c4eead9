/**
 * Accounts for the staff specs: made with the CLI the way an administrator makes them, and signed
 * in each from an address of its own, so the suite's many sign-ins share no per-address rate limit.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { type APIRequestContext, expect, type Page, request as playwrightRequest } from '@playwright/test';

export type Role = 'admin' | 'staff' | 'expert';
export const PASSWORD = 'correct horse battery staple';

/** The throwaway database the staff server runs on (set by playwright.config.ts). */
export function e2eDatabase(): string {
  const file = process.env.E2E_DATABASE_PATH;
  if (!file) throw new Error('E2E_DATABASE_PATH is not set: run the suite through playwright.config.ts');
  return file;
}

/** A client address of its own: a random /64 in the IPv6 documentation range. */
export function freshAddress(): string {
  const hex = randomBytes(4).toString('hex');
  return `2001:db8:${hex.slice(0, 4)}:${hex.slice(4)}::1`;
}

/** A user made with `npm run user:add`, the password on standard input. */
export function createUser(role: Role, name?: string): { email: string; name: string } {
  const tag = `${role}-${Date.now()}-${randomBytes(3).toString('hex')}`;
  const email = `${tag}@bureau.example`;
  const displayName = name ?? `${role} ${tag}`;
  execFileSync('npx', ['tsx', 'scripts/user-add.ts', '--email', email, '--name', displayName, '--role', role], {
    input: `${PASSWORD}\n`,
    env: { ...process.env, DATABASE_PATH: e2eDatabase() },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return { email, name: displayName };
}

/** Signs a page's browser context in: the session cookie lands in the context. */
export async function signInPage(page: Page, email: string): Promise<void> {
  const response = await page.request.post('/api/auth/sign-in/email', {
    data: { email, password: PASSWORD },
    headers: { 'x-forwarded-for': freshAddress() },
  });
  expect(response.ok(), await response.text()).toBe(true);
}

/** An API client signed in as an existing account. */
export async function apiFor(baseURL: string, email: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
  const response = await context.post('/api/auth/sign-in/email', { data: { email, password: PASSWORD } });
  if (!response.ok()) throw new Error(`sign-in as ${email} failed: ${response.status()} ${await response.text()}`);
  return context;
}

/** An API client signed in as a new user of that role (or anonymous). */
export async function apiAs(baseURL: string, role: Role | 'anonymous'): Promise<APIRequestContext> {
  if (role === 'anonymous') return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
  return apiFor(baseURL, createUser(role).email);
}
