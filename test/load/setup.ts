/**
 * The throwaway world of one load run: a database seeded with the 二砂 case (as `npm start` makes
 * one) and the accounts the workload signs in with (bench/run/account.ts signs them in).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadAuthSecret } from '../../db/auth-secret';
import { openDatabase } from '../../db/open';
import { seedDatabase } from '../../db/seed/seed-database';
import { createAuth } from '../../lib/auth/create-auth';
import type { UserRole } from '../../lib/domain/codes';
import { ensureSearchIndex } from '../../lib/server/search-index';

export interface Workspace {
  dir: string;
  database: string;
  remove(): void;
}

/** A fresh folder with a migrated, seeded, indexed database, removed at exit whatever happens. */
export function prepareWorkspace(): Workspace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heritage-load-'));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  process.once('exit', remove);
  const database = path.join(dir, 'load.db');
  const { db, sqlite } = openDatabase(database);
  try {
    seedDatabase(db);
    ensureSearchIndex(db);
  } finally {
    sqlite.close();
  }
  return { dir, database, remove };
}

export interface Account {
  email: string;
  name: string;
  role: UserRole;
  password: string;
}

/**
 * The accounts, made with the same auth configuration as `npm run user:add` (scripts/user-add.ts)
 * but in this process: a dozen CLI runs would take longer than the whole quick run.
 */
export async function createAccounts(database: string, wanted: { role: UserRole; name: string }[], runId: string): Promise<Account[]> {
  const { db, sqlite } = openDatabase(database);
  try {
    const auth = createAuth({ db, secret: loadAuthSecret(database), baseURL: 'http://localhost' });
    const accounts: Account[] = [];
    for (const [index, { role, name }] of wanted.entries()) {
      const account = {
        email: `load-${runId}-${role}-${index}@bureau.example`,
        name,
        role,
        password: crypto.randomBytes(18).toString('base64url'),
      };
      await auth.api.createUser({ body: { email: account.email, name, password: account.password, role } });
      accounts.push(account);
    }
    return accounts;
  } finally {
    sqlite.close();
  }
}
