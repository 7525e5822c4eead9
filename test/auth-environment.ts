/**
 * For tests that call the server's auth (lib/server/auth.ts) or a route that looks up a session: its
 * instance opens DATABASE_PATH and reads BETTER_AUTH_SECRET on first use, so both point at throwaway
 * values before the module under test is imported; `restore` drops the instances and puts them back.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const TEST_AUTH_SECRET = 'a-test-secret-that-is-long-enough-0123456789';

export function authEnvironment(name: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `heritage-${name}-`));
  const saved = { DATABASE_PATH: process.env.DATABASE_PATH, BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET };
  process.env.DATABASE_PATH = path.join(dir, 'heritage.db');
  process.env.BETTER_AUTH_SECRET = TEST_AUTH_SECRET;
  return {
    restore() {
      const globals = globalThis as { heritageDb?: unknown; heritageAuth?: unknown };
      delete globals.heritageAuth;
      delete globals.heritageDb;
      for (const [variable, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[variable];
        else process.env[variable] = value;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
