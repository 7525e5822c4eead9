/**
 * A staff account for the writers, made the way a bureau makes one (`npm run user:add`, password on
 * standard input) in the database copy, and a session from the real sign-in endpoint.
 */
import crypto from 'node:crypto';
import { runCommand } from './child';

export interface Account {
  email: string;
  password: string;
}

export async function createStaff(databasePath: string): Promise<Account> {
  const account = { email: 'bench@bench.example', password: crypto.randomBytes(18).toString('base64url') };
  await runCommand('npm', ['run', '--silent', 'user:add', '--', '--email', account.email, '--name', '基准测试', '--role', 'staff'], {
    env: { ...process.env, DATABASE_PATH: databasePath },
    input: `${account.password}\n`,
  });
  return account;
}

/** Signs in and returns the Cookie header that carries the session. */
export async function signIn(baseUrl: string, account: Account): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    // The auth library refuses a cookie-setting request whose Origin is not the server's own.
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify(account),
  });
  if (!response.ok) throw new Error(`sign-in as ${account.email} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (!cookies.length) throw new Error('sign-in answered without a session cookie');
  return cookies.join('; ');
}
