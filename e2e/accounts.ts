import { execFileSync } from 'node:child_process';
import { type APIRequestContext, request as playwrightRequest } from '@playwright/test';

export type Role = 'admin' | 'staff' | 'expert';
export const PASSWORD = 'correct horse battery staple';

/** The throwaway database the e2e server runs on (set by playwright.config.ts). */
export function e2eDatabase(): string {
  const file = process.env.E2E_DATABASE_PATH;
  if (!file) throw new Error('E2E_DATABASE_PATH is not set: run the suite through playwright.config.ts');
  return file;
}

/** A user made the way an administrator makes one: with the CLI, the password on standard input. */
export function createUser(
  role: Role,
  tag = `${role}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}`,
): { email: string; name: string } {
  const email = `${tag}@bureau.example`;
  const name = `${role} ${tag}`;
  execFileSync('npx', ['tsx', 'scripts/user-add.ts', '--email', email, '--name', name, '--role', role], {
    input: `${PASSWORD}\n`,
    env: { ...process.env, DATABASE_PATH: e2eDatabase() },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return { email, name };
}

let addresses = 0;
/** A documentation-range address (RFC 5737), new for each client in this worker. */
export function freshAddress(): string {
  addresses += 1;
  return `198.51.${process.pid % 250}.${addresses % 250}`;
}

/** An API client signed in as a new user of that role (or anonymous). */
export async function apiAs(baseURL: string, role: Role | 'anonymous'): Promise<APIRequestContext> {
  // Its own address, so the suite's many sign-ins do not share one per-address rate limit.
  const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
  if (role === 'anonymous') return context;
  const { email } = createUser(role);
  const response = await context.post('/api/auth/sign-in/email', { data: { email, password: PASSWORD } });
  if (!response.ok()) throw new Error(`sign-in as ${role} failed: ${response.status()} ${await response.text()}`);
  return context;
}
