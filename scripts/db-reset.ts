import fs from 'node:fs';
import { databasePath, openDatabase } from '../db/open';
import { seedDatabase } from '../db/seed/seed-database';
import { parseCli, runCli } from './cli';

const usage = `
Usage: npm run db:reset -- --yes

Deletes the database (and its WAL files) and creates it anew with the 二砂 demo case.
Every record, account and audit event in it is lost: stop the server first.
The database is data/heritage.db unless DATABASE_PATH is set.
`;

const args = parseCli(usage, { yes: { type: 'boolean' } });
runCli('db:reset', () => {
  const file = databasePath();
  if (!args.yes) throw new Error(`this deletes every record in ${file}; run again with --yes to confirm`);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const { db, sqlite } = openDatabase(file);
  const result = seedDatabase(db);
  sqlite.close();
  console.log(`db:reset: new database at ${file} with ${result.records} records`);
});
