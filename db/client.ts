import 'server-only';
import { ensureSearchIndex } from '@/lib/server/search-index';
import { type Db, openDatabase } from './open';
import { seedDatabase } from './seed/seed-database';
import { keepServerConnection, serverConnection } from './server-connection';

/**
 * The server's one connection. better-sqlite3 is synchronous and one connection per process
 * is its intended use; db/server-connection.ts says where it is kept and who closes it.
 */

function connect(): Db {
  const { db } = openDatabase();
  seedDatabase(db); // an empty database starts with the 二砂 case; a seeded one is left alone
  ensureSearchIndex(db); // built after the seed, and again whenever it is missing or stale
  return db;
}

export function getDb(): Db {
  return serverConnection() ?? keepServerConnection(connect());
}
