import type Database from 'better-sqlite3';

/** Distinct statements kept compiled; the app sends a few hundred different ones. */
const CAPACITY = 1000;

/**
 * Drizzle asks better-sqlite3 to compile every query it runs, even one it ran a moment ago; on a
 * milestone save that compiling cost more than running the SQL. This keeps compiled statements by
 * their SQL text (least recently used dropped first) and hands them back reset to plain rows, so a
 * query run again is only bound and stepped. A statement still iterating is never handed out twice.
 */
export function reuseStatements(sqlite: Database.Database): void {
  const compile = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  const prepare = (source: string): Database.Statement => {
    const kept = cache.get(source);
    if (kept && !kept.busy) {
      cache.delete(source);
      cache.set(source, kept);
      // Drizzle switches some statements to raw (array) rows; the next user expects the default.
      if (kept.reader) kept.raw(false);
      return kept;
    }
    const statement = compile(source);
    if (!kept) {
      cache.set(source, statement);
      if (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string);
    }
    return statement;
  };
  sqlite.prepare = prepare as Database.Database['prepare'];
}
