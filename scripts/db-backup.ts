import path from 'node:path';
import { type BackupProgress, backupDatabase, datedBackupPath, pruneBackups } from '../db/backup/backup';
import { databasePath } from '../db/open';
import { parseCli, runCli } from './cli';

const usage = `
Usage: npm run db:backup -- --out FILE [--force] [--db PATH]
       npm run db:backup -- --dir DIR [--keep N] [--db PATH]

Copies the database while the server keeps running (SQLite's online backup API: one consistent
snapshot, whatever is written meanwhile), checks the copy (integrity_check, foreign keys, the
migrations), and only then gives it its name: FILE is never a half-written copy.

  --out FILE   the backup to write; refused if it exists, unless --force
  --force      replace FILE if it exists
  --dir DIR    write DIR/<database name>-<UTC date and time>.db instead, e.g. backups/heritage-2026-11-27T020000Z.db
  --keep N     with --dir, after a good backup: delete all but the N newest such backups in DIR
  --db PATH    the database to copy (default: DATABASE_PATH, else data/heritage.db)

The backup holds every record, account and audit event. Uploaded files (files/ beside the
database) and the auth secret (auth-secret) are separate files: copy them too.
Restore with: npm run db:restore -- FILE
`;

function refuse(message: string): never {
  console.error(`db:backup: ${message}\nRun \`npm run db:backup -- --help\` for usage.`);
  process.exit(2);
}

const args = parseCli(usage, {
  out: { type: 'string' },
  force: { type: 'boolean' },
  dir: { type: 'string' },
  keep: { type: 'string' },
  db: { type: 'string' },
});

/** Relative to the current folder when inside it, else absolute. */
const shown = (file: string) => (path.relative(process.cwd(), file).startsWith('..') ? file : path.relative(process.cwd(), file));
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A percentage on one line of a terminal; nothing when the output is a file or a pipe (cron). */
function progressLine(): ((p: BackupProgress) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return ({ totalPages, remainingPages, oneStep }) => {
    const done = Math.round((100 * (totalPages - remainingPages)) / Math.max(1, totalPages));
    const how = oneStep ? 'the database changed meanwhile: copying the rest in one step' : `${done}% of ${totalPages} pages`;
    process.stderr.write(`\r\x1b[Kdb:backup: copying, ${how}`);
  };
}

runCli('db:backup', async () => {
  if (!args.out === !args.dir) refuse('give either --out FILE or --dir DIR');
  if (args.force && !args.out) refuse('--force goes with --out');
  if (args.keep !== undefined && !args.dir) refuse('--keep goes with --dir');
  const keep = args.keep === undefined ? null : Number(args.keep);
  if (keep !== null && !(Number.isInteger(keep) && keep >= 1)) refuse(`--keep: "${args.keep}" is not a whole number of at least 1`);

  const source = args.db ? path.resolve(args.db) : databasePath();
  const out = args.out ? path.resolve(args.out) : datedBackupPath(path.resolve(args.dir as string), source, new Date());
  const onProgress = progressLine();
  let result: Awaited<ReturnType<typeof backupDatabase>>;
  try {
    result = await backupDatabase({ source, out, force: args.force, onProgress });
  } finally {
    if (onProgress) process.stderr.write('\r\x1b[K');
  }
  const pruned = keep === null ? [] : pruneBackups(path.dirname(out), source, keep);

  const notes = [
    `${megabytes(result.bytes)}, ${result.tables} tables, ${result.migrations} migrations up to ${result.latestMigration}`,
    'integrity and foreign keys ok',
    ...(result.restarted ? ['written meanwhile, copied as one snapshot'] : []),
    ...(keep === null ? [] : [`${pruned.length} older backup(s) removed, ${keep} kept at most`]),
  ];
  console.log(`db:backup: wrote ${shown(out)} (${notes.join('; ')}) in ${(result.ms / 1000).toFixed(1)} s`);
});
