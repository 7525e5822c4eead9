import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../open';
import { seedDatabase } from './seed-database';

let dir: string;
let db: Db;
let sqlite: Database.Database;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heritage-seed-'));
  ({ db, sqlite } = openDatabase(path.join(dir, 'heritage.db')));
});
afterEach(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const count = (table: string) => sqlite.prepare(`select count(*) from ${table}`).pluck().get();
const rows = (query: string) => sqlite.prepare(query).all();

describe('seedDatabase', () => {
  it('writes the 二砂 case once; a second run writes nothing', () => {
    const first = seedDatabase(db);
    expect(first.seeded).toBe(true);
    const counts = () =>
      Object.fromEntries(
        [
          'sites',
          'designations',
          'buildings',
          'organisations',
          'projects',
          'project_buildings',
          'approvals',
          'approval_buildings',
          'milestones',
          'inspections',
          'rectification_items',
          'sources',
          'audit_events',
        ].map((t) => [t, count(t)]),
      );
    const before = counts();
    expect(before).toMatchObject({
      sites: 1,
      designations: 2,
      buildings: 7,
      projects: 3,
      project_buildings: 7,
      approvals: 1,
      approval_buildings: 2,
      milestones: 8,
      inspections: 3,
      rectification_items: 0,
      sources: 4,
    });
    // One audit event per record written, in the same transaction.
    expect(before.audit_events).toBe(first.records);

    expect(seedDatabase(db)).toEqual({ seeded: false, records: 0 });
    expect(counts()).toEqual(before);
  });

  it('records the dated events and verdicts as the article gives them', () => {
    seedDatabase(db);
    expect(
      rows(
        "select kind, actual, planned from milestones m join projects p on p.id = m.project_id where p.slug = 'ersha-office-building-restoration' order by m.id",
      ),
    ).toEqual([
      { kind: 'plan_approval', actual: '2019-05-07', planned: null },
      { kind: 'construction_start', actual: '2020-07', planned: null },
      { kind: 'midterm_inspection', actual: '2020-08-13', planned: null },
      { kind: 'construction_complete', actual: '2020-09', planned: null },
      { kind: 'preliminary_acceptance', actual: '2020-12-09', planned: null },
      { kind: 'final_acceptance', actual: '2022-05-18', planned: null },
    ]);
    expect(rows('select date, verdict, historical, unanimous from inspections order by date')).toEqual([
      { date: '2020-08-13', verdict: 'basically_qualified', historical: 1, unanimous: null },
      { date: '2020-12-09', verdict: 'qualified', historical: 1, unanimous: null },
      { date: '2022-05-18', verdict: 'qualified', historical: 1, unanimous: 1 },
    ]);
    expect(rows('select level, batch, date, document_number as doc from designations order by date')).toEqual([
      { level: 'provincial', batch: 7, date: '2016', doc: null },
      { level: 'national', batch: 8, date: '2019-10-07', doc: '国发〔2019〕22号' },
    ]);
  });

  it('invents nothing the sources do not say', () => {
    seedDatabase(db);
    // No planned dates, no approval document number, no named owner, designer, contractor or supervisor.
    expect(count('milestones where planned is not null')).toBe(0);
    expect(count('approvals where document_number is not null')).toBe(0);
    expect(count("project_participants where role in ('owner', 'designer', 'contractor', 'supervisor')")).toBe(0);
    expect(
      count("inspection_attendees where role in ('owner', 'designer', 'contractor', 'supervisor') and organisation_id is not null"),
    ).toBe(0);
    expect(count('buildings where built_year is not null')).toBe(0);
    // Every seeded site, building, project, milestone and inspection cites a source.
    for (const [table, entity] of [
      ['sites', 'site'],
      ['buildings', 'building'],
      ['projects', 'project'],
      ['milestones', 'milestone'],
      ['inspections', 'inspection'],
      ['designations', 'designation'],
      ['approvals', 'approval'],
    ]) {
      expect(
        count(`${table} t where not exists (select 1 from source_links l where l.entity = '${entity}' and l.entity_id = t.id)`),
        table,
      ).toBe(0);
    }
  });

  it('keeps the audit trail append-only', () => {
    seedDatabase(db);
    expect(() => sqlite.prepare("update audit_events set action = 'forged'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('delete from audit_events').run()).toThrow(/append-only/);
  });
});
