/**
 * The crash test's checks (test/crash/verify.ts) must be able to fail: a database written through
 * the real services passes, and each way a write can be lost, doubled or left half-done is named.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OwnedMilestone, Write } from '@/test/crash/ledger';
import { verifyDatabase } from '@/test/crash/verify';
import { serverDatabase } from '@/test/server-database';

vi.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: () => {}, revalidateTag: () => {} }));

const { getDb } = await import('@/db/client');
const { closeServerConnection } = await import('@/db/server-connection');
const { createBuilding, createDesignation, createSite } = await import('@/lib/server/services/sites');
const { updateMilestone } = await import('@/lib/server/services/milestones');

const staff = { id: 'crash-staff', name: '崩溃测试', email: 'crash@example.org', role: 'staff' } as const;
const sqlite = () => (getDb() as unknown as { $client: import('better-sqlite3').Database }).$client;

let ledger: Write[];
let owned: OwnedMilestone[];
const site = 'crash-t1';

/**
 * A database of its own for each test (audit events cannot be deleted, so damage done by one would
 * show in the next): a site with one building and one designation, and two saves of a seeded
 * milestone, all written by the services and acknowledged.
 */
beforeEach(() => {
  closeServerConnection();
  serverDatabase('crash-verify');
  sqlite()
    .prepare("insert into user (id, name, email, email_verified, role, created_at, updated_at) values (?, ?, ?, 0, 'staff', 0, 0)")
    .run(staff.id, staff.name, staff.email);
  const s = createSite(staff, { slug: site, name: { zh: '测试单位' }, category: 'modern_historic' }, 'req-s');
  const b = createBuilding(staff, site, { slug: `${site}-b1`, name: { zh: '测试建筑' } }, 'req-b');
  const d = createDesignation(staff, site, { level: 'county', documentNumber: `${site}-d2` }, 'req-d');
  const m = sqlite().prepare('select id, version from milestones order by id limit 1').get() as { id: number; version: number };
  owned = [{ id: m.id, startVersion: m.version }];
  ledger = [
    { kind: 'site', token: site, round: 1, outcome: 'acked', requestId: 'req-s', id: s.id },
    { kind: 'building', token: `${site}-b1`, round: 1, outcome: 'acked', requestId: 'req-b', id: b.id },
    { kind: 'designation', token: `${site}-d2`, round: 1, outcome: 'acked', requestId: 'req-d', id: d.id },
  ];
  let version = m.version;
  for (const k of [1, 2]) {
    const token = `crash-r1-m1-n${k}`;
    const saved = updateMilestone(staff, m.id, { note: token, version }, `req-m${k}`);
    version = saved.milestone.version;
    ledger.push({ kind: 'milestone', token, round: 1, outcome: 'acked', requestId: `req-m${k}`, id: m.id, version });
  }
});

afterEach(() => {
  const file = process.env.DATABASE_PATH as string;
  closeServerConnection();
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

const verify = () => verifyDatabase(process.env.DATABASE_PATH as string, ledger, owned, 'crash-').failures;

describe('verifyDatabase', () => {
  it('passes what the services wrote, and tells which writes it found', () => {
    const cut: Write = { kind: 'building', token: `${site}-b9`, round: 1, outcome: 'in-flight' };
    ledger.push(cut);
    const result = verifyDatabase(process.env.DATABASE_PATH as string, ledger, owned, 'crash-');
    expect(result.failures).toEqual([]);
    expect(ledger.map((w) => result.found.get(w))).toEqual([true, true, true, true, true, false]);
  });

  it('names an acknowledged record that is missing, and the audit event left without it', () => {
    const building = ledger[1] as Write;
    sqlite().prepare('delete from buildings where id = ?').run(building.id);
    const failures = verify();
    expect(failures).toContainEqual(
      expect.stringMatching(new RegExp(`building ${building.token} .*acknowledged as id ${building.id} but not in the database`)),
    );
    expect(failures).toContainEqual(expect.stringMatching(/no record, yet 1 audit event/));
  });

  it('names a record written without its audit event (half a write), even one cut off by a kill', () => {
    const token = `${site}-b3`;
    sqlite()
      .prepare("insert into buildings (site_id, slug, name_zh, position) values (?, ?, '半条记录', 9)")
      .run((ledger[0] as Write).id, token);
    ledger.push({ kind: 'building', token, round: 1, outcome: 'in-flight' });
    expect(verify()).toContainEqual(expect.stringMatching(new RegExp(`building ${token} .*has 0 audit event`)));
  });

  it('names a record without its search row', () => {
    sqlite()
      .prepare("delete from search_documents where type = 'building' and record_id = ?")
      .run((ledger[1] as Write).id);
    expect(verify()).toContainEqual(expect.stringMatching(/building crash-t1-b1 .*has no search row/));
  });

  it('names a write that was never sent, or that the server refused, yet is there', () => {
    (ledger[2] as Write).outcome = 'not-sent';
    expect(verify()).toContainEqual(expect.stringMatching(/designation crash-t1-d2 \(not-sent.*written .*never accepted/));
    (ledger[2] as Write).outcome = 'refused';
    expect(verify()).toContainEqual(expect.stringMatching(/designation crash-t1-d2 \(refused.*written .*never accepted/));
  });

  it('names a record and an audit event nobody sent', () => {
    ledger.splice(2, 1);
    const failures = verify();
    expect(failures).toContainEqual('designation crash-t1-d2: in the database, but never sent');
    expect(failures).toContainEqual('designation crash-t1-d2: an audit event for a write never sent');
  });

  it('names a milestone changed without its audit event, and a save whose answer and event disagree', () => {
    const m = owned[0] as OwnedMilestone;
    sqlite().prepare('update milestones set version = version + 1 where id = ?').run(m.id);
    expect(verify()).toContainEqual(
      expect.stringMatching(new RegExp(`milestone ${m.id}: at version \\d+, but its audit events carry versions`)),
    );
    sqlite().prepare('update milestones set version = version - 1 where id = ?').run(m.id);
    expect(verify()).toEqual([]);

    const last = ledger[ledger.length - 1] as Write;
    last.requestId = 'another-request';
    expect(verify()).toContainEqual(expect.stringMatching(/was answered version \d+, request another-request; its event says/));
    last.requestId = 'req-m2';
    sqlite().prepare("update milestones set note_zh = 'changed behind the audit trail' where id = ?").run(m.id);
    expect(verify()).toContainEqual(expect.stringMatching(/its note is "changed behind the audit trail" but its last event says/));
  });

  it('names an acknowledged save that is missing, and a save nobody sent', () => {
    const m = owned[0] as OwnedMilestone;
    ledger.push({ kind: 'milestone', token: 'crash-never-saved', round: 1, outcome: 'acked', requestId: 'req-x', id: m.id, version: 99 });
    expect(verify()).toContainEqual(expect.stringMatching(/the acknowledged save "crash-never-saved" \(request req-x\) is missing/));
    ledger.splice(3, 1);
    expect(verify()).toContainEqual(`milestone ${m.id}: a save nobody sent: "crash-r1-m1-n1"`);
  });

  it('names rows pointing to records that do not exist', () => {
    sqlite().pragma('foreign_keys = OFF');
    sqlite().prepare('update designations set site_id = 999999 where document_number = ?').run(`${site}-d2`);
    expect(verify()).toContainEqual(expect.stringMatching(/foreign_key_check: designations row \d+ points to a missing sites/));
  });
});
