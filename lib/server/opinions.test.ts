import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '@/db/open';
import {
  inspectionCriteria,
  inspectionFindings,
  inspections,
  milestones,
  panelMembers,
  projects,
  rectificationItems,
  signatures,
} from '@/db/schema';
import { seedDatabase } from '@/db/seed/seed-database';
import { readOpinion } from './opinions';

const OFFICE = 'ersha-office-building-restoration';
let dir: string;
let db: Db;
let sqlite: Database.Database;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heritage-opinion-'));
  ({ db, sqlite } = openDatabase(path.join(dir, 'heritage.db')));
  seedDatabase(db);
});
afterEach(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function inspectionOf(kind: 'midterm_inspection' | 'preliminary_acceptance' | 'final_acceptance') {
  const row = db
    .select({ inspection: inspections })
    .from(inspections)
    .innerJoin(milestones, eq(milestones.id, inspections.milestoneId))
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .where(and(eq(projects.slug, OFFICE), eq(milestones.kind, kind)))
    .get();
  if (!row) throw new Error(`no ${kind}`);
  return row.inspection;
}

/** A correction decided through the panel: one chair, criteria, a finding, an item, signed and locked. */
function signedAmendment(original: { id: number; milestoneId: number }, lock = true) {
  const a = db
    .insert(inspections)
    .values({
      milestoneId: original.milestoneId,
      date: '2020-08-13',
      verdict: 'basically_qualified',
      unanimous: false,
      dissent: '一位专家认为应评为不合格',
      amendsId: original.id,
      amendmentReason: '原记录漏列整改事项',
    })
    .returning()
    .get();
  const chair = db.insert(panelMembers).values({ inspectionId: a.id, displayName: '王组长', chair: true }).returning().get();
  const member = db.insert(panelMembers).values({ inspectionId: a.id, displayName: '李专家' }).returning().get();
  db.insert(inspectionCriteria).values({ inspectionId: a.id, criterion: 'engineering_quality', grade: 'basically_qualified' }).run();
  db.insert(inspectionFindings)
    .values([
      { inspectionId: a.id, criterion: 'archive_completeness', textZh: '施工日志不全', position: 1 },
      { inspectionId: a.id, criterion: 'engineering_quality', textZh: '屋面局部渗水', position: 0 },
    ])
    .run();
  db.insert(rectificationItems).values({ inspectionId: a.id, descriptionZh: '补做屋面防水', due: '2020-10', status: 'open' }).run();
  const at = new Date('2020-08-20T06:30:00Z');
  for (const m of [member, chair]) {
    db.insert(signatures).values({ inspectionId: a.id, panelMemberId: m.id, signedAt: at, contentHash: 'x' }).run();
  }
  if (lock) db.update(inspections).set({ signedAt: at, lockedAt: at }).where(eq(inspections.id, a.id)).run();
  return a;
}

describe('readOpinion', () => {
  it('reads the 二砂 final acceptance as a historical opinion with its criteria and source', () => {
    const final = inspectionOf('final_acceptance');
    const o = readOpinion(db, OFFICE, final.id);
    expect(o?.kind).toBe('final_acceptance');
    expect(o?.project.title.zh).toBe('郑州第二砂轮厂办公楼本体保护修缮工程');
    expect(o?.project.buildings.map((b) => b.name.zh)).toEqual(['厂部办公大楼']);
    expect(o?.inspection).toMatchObject({ verdict: 'qualified', historical: true, unanimous: true, signedAt: null, panel: [] });
    expect(o?.inspection.criteria.map((c) => c.criterion)).toEqual([
      'engineering_quality',
      'archive_completeness',
      'overall_effect',
      'protection_objective',
    ]);
    expect(o?.sources.map((s) => s.key)).toContain('article-2022');
    expect(o?.correctedBy).toBeNull();
  });

  it('has no opinion for another project, an unknown id, an unpublished project or an undecided inspection', () => {
    const final = inspectionOf('final_acceptance');
    expect(readOpinion(db, 'ersha-rubber-workshop-and-warehouse-restoration', final.id)).toBeNull();
    expect(readOpinion(db, OFFICE, 999_999)).toBeNull();
    expect(readOpinion(db, 'no-such-project', final.id)).toBeNull();

    const draft = db.insert(inspections).values({ milestoneId: final.milestoneId, date: '2024-09-12' }).returning().get();
    expect(readOpinion(db, OFFICE, draft.id)).toBeNull();

    db.update(projects).set({ published: false }).where(eq(projects.slug, OFFICE)).run();
    expect(readOpinion(db, OFFICE, final.id)).toBeNull();
  });

  it('links an original and its decided correction both ways, and keeps the original readable', () => {
    const midterm = inspectionOf('midterm_inspection');
    const a = signedAmendment(midterm);

    const original = readOpinion(db, OFFICE, midterm.id);
    expect(original?.inspection).toMatchObject({ id: midterm.id, verdict: 'basically_qualified', historical: true, amends: null });
    expect(original?.correctedBy).toMatchObject({ id: a.id, reason: '原记录漏列整改事项', signedAt: '2020-08-20T06:30:00.000Z' });

    const correction = readOpinion(db, OFFICE, a.id);
    expect(correction?.correctedBy).toBeNull();
    expect(correction?.inspection.amends).toMatchObject({ id: midterm.id, date: '2020-08-13', reason: '原记录漏列整改事项' });
    expect(correction?.inspection).toMatchObject({ unanimous: false, dissent: '一位专家认为应评为不合格', historical: false });
    // Findings in the criteria's order, the panel as signed, the items with their state.
    expect(correction?.inspection.findings.map((f) => f.criterion)).toEqual(['engineering_quality', 'archive_completeness']);
    expect(correction?.inspection.panel).toEqual([
      { name: '王组长', chair: true, signedAt: '2020-08-20T06:30:00.000Z' },
      { name: '李专家', chair: false, signedAt: '2020-08-20T06:30:00.000Z' },
    ]);
    expect(correction?.inspection.rectificationItems).toMatchObject([
      { description: { zh: '补做屋面防水' }, due: '2020-10', status: 'open' },
    ]);
  });

  it('a draft correction changes nothing: the original is not marked corrected and the draft has no page', () => {
    const midterm = inspectionOf('midterm_inspection');
    const draft = signedAmendment(midterm, false);
    expect(readOpinion(db, OFFICE, midterm.id)?.correctedBy).toBeNull();
    expect(readOpinion(db, OFFICE, draft.id)).toBeNull();
  });
});
