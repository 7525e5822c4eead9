/**
 * What a database must be after the server was killed, read with a connection of our own while no
 * server runs: intact (integrity_check, foreign keys, the full-text index against its table), and
 * holding every write of the ledger as its outcome requires, each whole: the record, its one audit
 * event and, for what the public search shows, its search row, all three or none.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { OwnedMilestone, Write, WriteKind } from './ledger';

export interface Verification {
  failures: string[];
  /** Whether each write of the ledger is in the database. */
  found: Map<Write, boolean>;
}

interface AuditEvent {
  id: number;
  entityId: string;
  requestId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const CREATED: Record<
  Exclude<WriteKind, 'milestone'>,
  { table: string; column: string; key: 'slug' | 'documentNumber'; searched: boolean }
> = {
  site: { table: 'sites', column: 'slug', key: 'slug', searched: true },
  building: { table: 'buildings', column: 'slug', key: 'slug', searched: true },
  designation: { table: 'designations', column: 'document_number', key: 'documentNumber', searched: false },
};

function parse(json: string | null): Record<string, unknown> | null {
  return json === null ? null : (JSON.parse(json) as Record<string, unknown>);
}

function health(db: Database.Database): string[] {
  const failures: string[] = [];
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  if (integrity.join() !== 'ok') failures.push(`integrity_check: ${integrity.slice(0, 5).join('; ')}`);
  const orphans = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const o of orphans.slice(0, 5)) failures.push(`foreign_key_check: ${o.table} row ${o.rowid} points to a missing ${o.parent}`);
  try {
    // Rank 1: the index is also compared with the table it indexes (search_documents).
    db.prepare("insert into search_fts (search_fts, rank) values ('integrity-check', 1)").run();
  } catch (error) {
    failures.push(`search index integrity-check: ${(error as Error).message}`);
  }
  return failures;
}

function verifyMilestones(db: Database.Database, ledger: Write[], owned: OwnedMilestone[], v: Verification): void {
  const row = db.prepare('select version, note_zh as note from milestones where id = ?');
  const events = db.prepare(
    "select id, entity_id as entityId, request_id as requestId, before, after from audit_events where entity = 'milestone' and entity_id = ? and action = 'update' order by id",
  );
  for (const { id, startVersion } of owned) {
    const current = row.get(id) as { version: number; note: string | null } | undefined;
    if (!current) {
      v.failures.push(`milestone ${id}: gone`);
      continue;
    }
    const ours = (events.all(String(id)) as (AuditEvent & { before: string; after: string })[])
      .map((e) => ({ ...e, before: parse(e.before), after: parse(e.after) }))
      .filter((e) => Number(e.after?.version) > startVersion);
    // Every saved version has exactly one event, and the record is what the last event says.
    const versions = ours.map((e) => Number(e.after?.version));
    const expected = Array.from({ length: current.version - startVersion }, (_, i) => startVersion + 1 + i);
    if (versions.join() !== expected.join()) {
      v.failures.push(`milestone ${id}: at version ${current.version}, but its audit events carry versions [${versions.join(', ')}]`);
    }
    for (const e of ours) {
      if (Number(e.before?.version) !== Number(e.after?.version) - 1) {
        v.failures.push(`milestone ${id}: event ${e.id} goes from version ${e.before?.version} to ${e.after?.version}`);
      }
    }
    const last = ours[ours.length - 1];
    if (last && last.after?.note !== current.note) {
      v.failures.push(`milestone ${id}: its note is "${current.note}" but its last event says "${last.after?.note}"`);
    }
    const byNote = new Map<string, typeof ours>();
    for (const e of ours) byNote.set(String(e.after?.note), [...(byNote.get(String(e.after?.note)) ?? []), e]);
    const tokens = new Set<string>();
    for (const w of ledger.filter((x) => x.kind === 'milestone' && x.id === id)) {
      tokens.add(w.token);
      const found = byNote.get(w.token) ?? [];
      v.found.set(w, found.length > 0);
      if (found.length > 1) v.failures.push(`milestone ${id}: the save "${w.token}" has ${found.length} audit events`);
      if (w.outcome === 'acked') {
        const e = found[0];
        if (!e) v.failures.push(`milestone ${id}: the acknowledged save "${w.token}" (request ${w.requestId}) is missing`);
        else if (Number(e.after?.version) !== w.version || e.requestId !== w.requestId) {
          v.failures.push(
            `milestone ${id}: the save "${w.token}" was answered version ${w.version}, request ${w.requestId}; its event says version ${e.after?.version}, request ${e.requestId}`,
          );
        }
      }
      if ((w.outcome === 'not-sent' || w.outcome === 'refused') && found.length) {
        v.failures.push(`milestone ${id}: the save "${w.token}" (${w.outcome}) was written`);
      }
    }
    for (const note of byNote.keys()) if (!tokens.has(note)) v.failures.push(`milestone ${id}: a save nobody sent: "${note}"`);
  }
}

function verifyCreated(db: Database.Database, ledger: Write[], prefix: string, v: Verification): void {
  for (const [kind, spec] of Object.entries(CREATED) as [keyof typeof CREATED, (typeof CREATED)[keyof typeof CREATED]][]) {
    const rows = new Map(
      (
        db.prepare(`select ${spec.column} as token, id from ${spec.table} where ${spec.column} like ?`).all(`${prefix}%`) as {
          token: string;
          id: number;
        }[]
      ).map((r) => [r.token, r.id]),
    );
    const events = new Map<string, AuditEvent[]>();
    const all = db
      .prepare(
        `select id, entity_id as entityId, request_id as requestId, after from audit_events
         where entity = ? and action = 'create' and json_extract(after, '$.${spec.key}') like ?`,
      )
      .all(kind, `${prefix}%`) as (AuditEvent & { after: string })[];
    for (const e of all) {
      const token = String(parse(e.after)?.[spec.key]);
      events.set(token, [...(events.get(token) ?? []), { ...e, after: parse(e.after) }]);
    }
    const searched = new Set(
      spec.searched ? (db.prepare('select record_id from search_documents where type = ?').pluck().all(kind) as number[]) : [],
    );

    const sent = new Set<string>();
    for (const w of ledger.filter((x) => x.kind === kind)) {
      sent.add(w.token);
      const id = rows.get(w.token);
      const mine = events.get(w.token) ?? [];
      v.found.set(w, id !== undefined);
      const name = `${kind} ${w.token} (${w.outcome}${w.requestId ? `, request ${w.requestId}` : ''})`;
      if (id === undefined) {
        if (w.outcome === 'acked') v.failures.push(`${name}: acknowledged as id ${w.id} but not in the database`);
        if (mine.length) v.failures.push(`${name}: no record, yet ${mine.length} audit event(s) for it`);
        continue;
      }
      if (w.outcome === 'not-sent' || w.outcome === 'refused')
        v.failures.push(`${name}: written (id ${id}) though the server never accepted it`);
      if (mine.length !== 1 || mine[0]?.entityId !== String(id)) {
        v.failures.push(
          `${name}: record ${id} has ${mine.length} audit event(s) [${mine.map((e) => `#${e.id} for ${e.entityId}`).join(', ')}], not one`,
        );
      }
      if (w.outcome === 'acked' && (id !== w.id || mine[0]?.requestId !== w.requestId)) {
        v.failures.push(`${name}: answered id ${w.id}; the database has id ${id}, its event request ${mine[0]?.requestId}`);
      }
      if (spec.searched && !searched.has(id)) v.failures.push(`${name}: record ${id} has no search row`);
    }
    for (const token of rows.keys()) if (!sent.has(token)) v.failures.push(`${kind} ${token}: in the database, but never sent`);
    for (const token of events.keys()) if (!sent.has(token)) v.failures.push(`${kind} ${token}: an audit event for a write never sent`);
  }
}

/**
 * A copy of the database and its write-ahead log exactly as the kill left them (no process has them
 * open now). The checks read the copy, so the server itself has to recover the live files from their
 * log at its next start, as it would after a real crash; the next round's checks then prove that
 * recovery lost nothing. The copy's folder is removed by the caller.
 */
export function snapshotOf(file: string): { copy: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heritage-crash-check-'));
  const copy = path.join(dir, path.basename(file));
  fs.copyFileSync(file, copy);
  // Not the -shm file: it is an index of the log that the first connection rebuilds (the recovery).
  if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
  return { copy, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Checks the database at `file` against the ledger. `prefix` starts every token of a created
 * record (slugs and document numbers), so that records of the seed are not taken for ours.
 */
export function verifyDatabase(file: string, ledger: Write[], owned: OwnedMilestone[], prefix: string): Verification {
  const db = new Database(file, { fileMustExist: true, timeout: 5000 });
  try {
    const v: Verification = { failures: health(db), found: new Map() };
    verifyMilestones(db, ledger, owned, v);
    verifyCreated(db, ledger, prefix, v);
    return v;
  } finally {
    db.close();
  }
}
