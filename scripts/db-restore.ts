import path from 'node:path';
import { restoreDatabase } from '../db/backup/restore';
import { databasePath } from '../db/open';
import { parseCliWithPositionals, runCli } from './cli';

const usage = `
Usage: npm run db:restore -- FILE [--db PATH]

Puts a backup made by db:backup back in place of the database. Stop the server first.

FILE is checked before anything is touched: it must be a SQLite database that passes
integrity_check and foreign_key_check, carry this app's migrations table, and have no migration
newer than this version of the app knows (an older one is migrated when the server starts).
The restore refuses while another process (a running server) has the database open.
The current database is kept beside it as <name>.before-restore-<UTC date and time>, and the
backup takes its name in one rename: the path never holds a half-written file.

  --db PATH   the database to replace (default: DATABASE_PATH, else data/heritage.db)
`;

function refuse(message: string): never {
  console.error(`db:restore: ${message}\nRun \`npm run db:restore -- --help\` for usage.`);
  process.exit(2);
}

const { values: args, positionals: positional } = parseCliWithPositionals(usage, { db: { type: 'string' } });

runCli('db:restore', () => {
  if (positional.length !== 1) refuse(positional.length ? `one backup file, not ${positional.length}` : 'which backup? give its FILE');
  const file = path.resolve(positional[0] as string);
  const target = args.db ? path.resolve(args.db) : databasePath();
  const result = restoreDatabase({ file, target });
  const rel = (p: string) => (path.relative(process.cwd(), p).startsWith('..') ? p : path.relative(process.cwd(), p));
  const kept = result.aside
    ? `; the previous database is kept as ${rel(result.aside)}${result.asideUnreadable ? ' (it could not be opened as a database)' : ''}`
    : '';
  console.log(
    `db:restore: restored ${rel(file)} to ${rel(target)} (${(result.bytes / 1024 / 1024).toFixed(1)} MB, ${result.tables} tables, migrations up to ${result.latestMigration}; integrity and foreign keys ok)${kept} in ${(result.ms / 1000).toFixed(1)} s`,
  );
});
