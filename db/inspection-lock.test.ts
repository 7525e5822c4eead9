import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from './open';
import { seedDatabase } from './seed/seed-database';

/**
 * The database itself refuses changes to a signed, locked inspection (migration 0003), whatever
 * code path tries: the service answers 409 first, and these triggers hold if it ever does not.
 */
let dir: string;
let db: Db;
let sqlite: ReturnType<typeof openDatabase>['sqlite'];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heritage-lock-'));
  ({ db, sqlite } = openDatabase(path.join(dir, 'heritage.db')));
  seedDatabase(db);
});
afterAll(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const run =
  (sql: string, ...params: unknown[]) =>
  () =>
    sqlite.prepare(sql).run(...params);
const lockedId = () =>
  sqlite.prepare('select id from inspections where locked_at is not null order by date desc limit 1').pluck().get() as number;

describe('a locked inspection', () => {
  it('cannot be updated or deleted', () => {
    const id = lockedId();
    expect(run("update inspections set verdict = 'unqualified' where id = ?", id)).toThrow(/inspection_locked/);
    expect(run('update inspections set locked_at = null where id = ?', id)).toThrow(/inspection_locked/);
    expect(run('delete from inspections where id = ?', id)).toThrow(/inspection_locked/);
    expect(sqlite.prepare('select verdict from inspections where id = ?').pluck().get(id)).toBe('qualified');
  });

  it('keeps what it decided: criteria, findings, attendees, panel, assessments and signatures', () => {
    const id = lockedId();
    expect(run("update inspection_criteria set grade = 'unqualified' where inspection_id = ?", id)).toThrow(/inspection_locked/);
    expect(run('delete from inspection_criteria where inspection_id = ?', id)).toThrow(/inspection_locked/);
    expect(run("insert into inspection_criteria (inspection_id, criterion, grade) values (?, 'safety_management', 'good')", id)).toThrow(
      /inspection_locked/,
    );
    expect(
      run("insert into inspection_findings (inspection_id, criterion, text_zh) values (?, 'engineering_quality', '补记')", id),
    ).toThrow(/inspection_locked/);
    expect(run('delete from inspection_attendees where inspection_id = ?', id)).toThrow(/inspection_locked/);
    expect(run("insert into panel_members (inspection_id, display_name) values (?, '后加的专家')", id)).toThrow(/inspection_locked/);
  });

  it('lets its rectification items move through their lifecycle, but not change what was required', () => {
    // An unlocked inspection gets an item, then is locked, as the signing service does.
    const milestone = sqlite.prepare("select id from milestones where kind = 'midterm_inspection' limit 1").pluck().get() as number;
    const id = Number(
      sqlite.prepare("insert into inspections (milestone_id, date, verdict) values (?, '2024-09-12', 'basically_qualified')").run(milestone)
        .lastInsertRowid,
    );
    const item = Number(
      sqlite
        .prepare("insert into rectification_items (inspection_id, description_zh, due) values (?, '补齐监理日志', '2024-10-31')")
        .run(id).lastInsertRowid,
    );
    sqlite.prepare('update inspections set locked_at = 1 where id = ?').run(id);

    run("update rectification_items set status = 'submitted', submission_note = '已补齐', version = version + 1 where id = ?", item)();
    run("update rectification_items set status = 'closed', verification_note = '核验通过' where id = ?", item)();
    expect(sqlite.prepare('select status from rectification_items where id = ?').pluck().get(item)).toBe('closed');

    expect(run("update rectification_items set description_zh = '改写的要求' where id = ?", item)).toThrow(/inspection_locked/);
    expect(run("update rectification_items set due = '2030-01-01' where id = ?", item)).toThrow(/inspection_locked/);
    expect(run('delete from rectification_items where id = ?', item)).toThrow(/inspection_locked/);
    expect(run("insert into rectification_items (inspection_id, description_zh) values (?, '新增')", id)).toThrow(/inspection_locked/);
  });

  it('leaves an unlocked draft free to change', () => {
    const milestone = sqlite.prepare("select id from milestones where kind = 'final_acceptance' limit 1").pluck().get() as number;
    const id = Number(
      sqlite.prepare("insert into inspections (milestone_id, date) values (?, '2025-01-01')").run(milestone).lastInsertRowid,
    );
    run("insert into inspection_criteria (inspection_id, criterion, grade) values (?, 'engineering_quality', 'good')", id)();
    run("update inspections set verdict = 'qualified' where id = ?", id)();
    run('delete from inspection_criteria where inspection_id = ?', id)();
    expect(sqlite.prepare('select verdict from inspections where id = ?').pluck().get(id)).toBe('qualified');
  });
});
