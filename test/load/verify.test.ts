import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { seedDatabase } from '../../db/seed/seed-database';
import type { Answer } from './client';
import { Ledger } from './ledger';
import { verifyDatabase } from './verify';

/** A milestone of the seeded case without an inspection, whose note the tests write. */
const MILESTONE = 2;

let dir: string;
let file: string;
let since: number;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'load-verify-'));
  file = path.join(dir, 'test.db');
  const { db, sqlite } = openDatabase(file);
  seedDatabase(db);
  sqlite.close();
  since = Date.now();
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** What the server does for an acknowledged note save: the row, and an audit event under the request id. */
function store(options: { note?: string; audit?: { requestId: string; note: string }[] }) {
  const db = new Database(file);
  try {
    if (options.note !== undefined) db.prepare('update milestones set note_zh = ? where id = ?').run(options.note, MILESTONE);
    for (const a of options.audit ?? []) {
      db.prepare(
        "insert into audit_events (at, action, entity, entity_id, after, request_id) values (?, 'update', 'milestone', ?, ?, ?)",
      ).run(Date.now(), String(MILESTONE), JSON.stringify({ note: a.note }), a.requestId);
    }
  } finally {
    db.close();
  }
}

const ok = (requestId: string): Answer => ({ status: 200, ms: 1, requestId, body: null });
const refused = (requestId: string): Answer => ({ status: 409, ms: 1, requestId, body: null });

function noteSave(ledger: Ledger, answer: Answer, order: number) {
  const token = ledger.token();
  ledger.add('note', token, 'PATCH', `/api/v1/milestones/${MILESTONE}`, answer, {
    expect: [200, 409],
    audit: ['update'],
    places: [{ table: 'milestones', column: 'note_zh', id: MILESTONE }],
    slot: { key: `note:${MILESTONE}`, order },
  });
  return token;
}

describe('verifyDatabase', () => {
  it('checks a write stored once in its row and once in the audit trail', () => {
    const ledger = new Ledger('a1b2c3');
    const token = noteSave(ledger, ok('r1'), 2);
    store({ note: `${token} 备注`, audit: [{ requestId: 'r1', note: `${token} 备注` }] });
    expect(verifyDatabase(file, ledger, since)).toEqual({ acknowledged: 1, refused: 0, checked: 1, failures: [] });
  });

  it('finds a lost write: acknowledged, but in neither the row nor the audit trail', () => {
    const ledger = new Ledger('a1b2c3');
    noteSave(ledger, ok('r1'), 2);
    const { checked, failures } = verifyDatabase(file, ledger, since);
    expect(checked).toBe(0);
    expect(failures.join('\n')).toMatch(/audit events \[\] under its request id, want \[update\]/);
    expect(failures.join('\n')).toMatch(/in 0 rows of milestones\.note_zh, want 1/);
  });

  it('finds a write applied twice', () => {
    const ledger = new Ledger('a1b2c3');
    const token = noteSave(ledger, ok('r1'), 2);
    store({
      note: `${token} 备注`,
      audit: [
        { requestId: 'r1', note: token },
        { requestId: 'r1', note: token },
      ],
    });
    const { failures } = verifyDatabase(file, ledger, since);
    expect(failures.join('\n')).toMatch(/\[update, update\] under its request id, want \[update\]/);
    expect(failures.join('\n')).toMatch(/in 2 audit events, want exactly 1/);
  });

  it('expects only the latest of saves to one place in the row, every one of them in the audit trail', () => {
    const ledger = new Ledger('a1b2c3');
    const first = noteSave(ledger, ok('r1'), 2);
    const second = noteSave(ledger, ok('r2'), 3);
    store({
      note: second,
      audit: [
        { requestId: 'r1', note: first },
        { requestId: 'r2', note: second },
      ],
    });
    expect(verifyDatabase(file, ledger, since).failures).toEqual([]);

    store({ note: first });
    const { failures } = verifyDatabase(file, ledger, since);
    expect(failures.join('\n')).toMatch(/in 1 rows of milestones\.note_zh, want 0 \(a later write replaced it\)/);
    expect(failures.join('\n')).toMatch(/in 0 rows of milestones\.note_zh, want 1/);
  });

  it('finds a replaced text that the search index still holds', () => {
    const ledger = new Ledger('a1b2c3');
    const first = noteSave(ledger, ok('r1'), 2);
    const second = noteSave(ledger, ok('r2'), 3);
    store({
      note: second,
      audit: [
        { requestId: 'r1', note: first },
        { requestId: 'r2', note: second },
      ],
    });
    // The server's own connection: the index's triggers call a function it registers.
    const { sqlite: db } = openDatabase(file);
    db.prepare(
      "insert into search_documents (type, record_id, slug, path, title_zh, body_zh) values ('milestone', 999999, 'x', '/x', 'x', ?)",
    ).run(`${first} 备注`);
    db.close();
    expect(verifyDatabase(file, ledger, since).failures).toEqual([
      expect.stringMatching(
        new RegExp(`${first}.*a later write replaced it, but the search index still holds it in search_documents\\.body_zh#`),
      ),
    ]);
  });

  it('finds a refused write that left its token or an audit event', () => {
    const ledger = new Ledger('a1b2c3');
    const token = noteSave(ledger, refused('r9'), 0);
    store({ note: token, audit: [{ requestId: 'r9', note: token }] });
    const failures = verifyDatabase(file, ledger, since).failures.join('\n');
    expect(failures).toMatch(/was not acknowledged but wrote audit events: update/);
    expect(failures).toMatch(/was not acknowledged but its token is stored in .*milestones\.note_zh#2/);
  });

  it('finds tokens and audit events that no request of the run accounts for', () => {
    const ledger = new Ledger('a1b2c3');
    store({ note: 'LT-a1b2c3-000777 幽灵', audit: [{ requestId: 'never-sent', note: 'x' }] });
    const failures = verifyDatabase(file, ledger, since).failures.join('\n');
    expect(failures).toMatch(/token LT-a1b2c3-000777 is stored in milestones\.note_zh#2 but the run never sent it/);
    expect(failures).toMatch(/audit events \[update\] of request never-sent, which the run never sent/);
  });

  it('holds the final row checks', () => {
    const ledger = new Ledger('a1b2c3');
    ledger.finalChecks.push({ label: 'version', sql: 'select version from milestones where id = ?', params: [MILESTONE], want: 5 });
    expect(verifyDatabase(file, ledger, since).failures).toEqual(['version: found 1, want 5']);
  });
});
