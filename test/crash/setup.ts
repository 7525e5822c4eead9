/**
 * What the crash test starts from: a throwaway database prepared as `npm start` prepares one, a staff
 * account, and milestones that accept a note (a seeded milestone whose data breaks a rule the
 * service enforces is refused with 422 and passed over).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../db/open';
import { seedDatabase } from '../../db/seed/seed-database';
import { ensureSearchIndex } from '../../lib/server/search-index';
import type { OwnedMilestone, Write } from './ledger';
import { type Session, send } from './writes';

export interface Workspace {
  dir: string;
  database: string;
  remove(): void;
}

export function prepareDatabase(): Workspace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heritage-crash-'));
  const database = path.join(dir, 'heritage.db');
  const { db, sqlite } = openDatabase(database);
  seedDatabase(db);
  ensureSearchIndex(db);
  sqlite.close();
  return { dir, database, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Every milestone with its version, read before the server starts. */
function candidates(database: string): OwnedMilestone[] {
  const db = new Database(database, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('select id, version as startVersion from milestones order by id').all() as OwnedMilestone[];
  } finally {
    db.close();
  }
}

/** Claims `count` milestones with a first save each (round 0 of the ledger). */
export async function claimMilestones(
  session: Session,
  database: string,
  count: number,
  ledger: Write[],
): Promise<(OwnedMilestone & { version: number })[]> {
  const claimed: (OwnedMilestone & { version: number })[] = [];
  const passed: string[] = [];
  for (const candidate of candidates(database)) {
    if (claimed.length === count) break;
    const token = `crash-r0-claim-${candidate.id}`;
    const sent = await send(session, 'PATCH', `/api/v1/milestones/${candidate.id}`, { note: token, version: candidate.startVersion });
    const version = (sent.body?.milestone as { version?: number } | undefined)?.version;
    if (sent.outcome === 'acked' && typeof version === 'number') {
      ledger.push({ kind: 'milestone', token, round: 0, outcome: 'acked', requestId: sent.requestId, id: candidate.id, version });
      claimed.push({ ...candidate, version });
    } else if (sent.outcome === 'refused' && sent.detail?.startsWith('422')) {
      passed.push(`${candidate.id}`);
    } else {
      throw new Error(`the first save of milestone ${candidate.id} failed: ${sent.outcome} ${sent.detail ?? ''}`);
    }
  }
  if (claimed.length < count)
    throw new Error(`only ${claimed.length} of ${count} milestones accept a note (passed over: ${passed.join(', ')})`);
  return claimed;
}
