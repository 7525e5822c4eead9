import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { seedDatabase } from '../../db/seed/seed-database';
import { diffFingerprints, openFingerprinter } from './fingerprint';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heritage-fingerprint-'));
const file = path.join(dir, 'heritage.db');
const files = path.join(dir, 'files');
const { db, sqlite } = openDatabase(file);
seedDatabase(db);
const prints = openFingerprinter(file, files);

afterAll(() => {
  prints.close();
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the database fingerprint', () => {
  it('stays the same when nothing changed', () => {
    expect(diffFingerprints(prints.take(), prints.take())).toEqual([]);
  });

  it('names the table a change touched, even one that keeps the row count', () => {
    const before = prints.take();
    sqlite.prepare("update sites set name_en = 'changed' where id = 1").run();
    const diff = diffFingerprints(before, prints.take());
    expect(diff).toHaveLength(1);
    expect(diff[0]).toMatch(/^sites: 1 rows \w+ → 1 rows \w+$/);
  });

  it('counts audit events and stored files', () => {
    const before = prints.take();
    sqlite.prepare("insert into audit_events (at, actor_label, action, entity, entity_id) values (1, 'test', 'create', 'site', '1')").run();
    fs.mkdirSync(path.join(files, 'ab'), { recursive: true });
    fs.writeFileSync(path.join(files, 'ab', 'abcdef'), 'x');
    expect(diffFingerprints(before, prints.take()).map((d) => d.split(':')[0])).toEqual(['audit_events', 'files']);
  });

  it('reads the version of a record, for a body that must carry it', () => {
    expect(prints.version('milestones', 1)).toBe(1);
    expect(prints.version('milestones', 999_999)).toBeNull();
  });
});
