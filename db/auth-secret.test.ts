import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { authSecretPath, loadAuthSecret } from './auth-secret';

const dirs: string[] = [];
function databaseIn(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heritage-secret-'));
  dirs.push(dir);
  return path.join(dir, 'data', 'heritage.db');
}

let saved: string | undefined;
beforeEach(() => {
  saved = process.env.BETTER_AUTH_SECRET;
  delete process.env.BETTER_AUTH_SECRET;
});
afterEach(() => {
  if (saved === undefined) delete process.env.BETTER_AUTH_SECRET;
  else process.env.BETTER_AUTH_SECRET = saved;
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('loadAuthSecret', () => {
  it('makes a random secret beside the database, readable by its owner only, and keeps it', () => {
    const database = databaseIn();
    const secret = loadAuthSecret(database);
    const file = authSecretPath(database);
    expect(file).toBe(path.join(path.dirname(database), 'auth-secret'));
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(loadAuthSecret(database)).toBe(secret);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['auth-secret']); // no temporary file left behind
    expect(loadAuthSecret(databaseIn())).not.toBe(secret);
  });

  it('prefers BETTER_AUTH_SECRET and then writes no file', () => {
    const database = databaseIn();
    process.env.BETTER_AUTH_SECRET = 'x'.repeat(40);
    expect(loadAuthSecret(database)).toBe('x'.repeat(40));
    expect(fs.existsSync(authSecretPath(database))).toBe(false);
  });

  it('refuses a secret file that is too short to be safe', () => {
    const database = databaseIn();
    fs.mkdirSync(path.dirname(database), { recursive: true });
    fs.writeFileSync(authSecretPath(database), 'short\n');
    expect(() => loadAuthSecret(database)).toThrow(/shorter than 32 characters/);
  });
});
