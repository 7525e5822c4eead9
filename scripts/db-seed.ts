import { databasePath, openDatabase } from '../db/open';
import { seedDatabase } from '../db/seed/seed-database';
import { parseCli, runCli } from './cli';

const usage = `
Usage: npm run db:seed

Creates and migrates the database if needed, then writes the 二砂 demo case.
Idempotent: when the case is already there, nothing is written.
The database is data/heritage.db unless DATABASE_PATH is set.
`;

parseCli(usage, {});
runCli('db:seed', () => {
  const { db, sqlite, path } = openDatabase(databasePath());
  const result = seedDatabase(db);
  sqlite.close();
  console.log(
    result.seeded ? `db:seed: wrote ${result.records} records to ${path}` : `db:seed: the 二砂 case is already in ${path}; nothing written`,
  );
});
