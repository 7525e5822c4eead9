/**
 * The staff dashboard at a national bureau's scale: lists bounded, totals exact. Next's cache
 * bookkeeping (revalidateTag) is replaced; the reads are real, on a seeded database.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { serverDatabase } from '@/test/server-database';

vi.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: () => {}, revalidateTag: () => {} }));

const database = serverDatabase('dashboard');

const { getDb } = await import('@/db/client');
const { getDashboard } = await import('./dashboard');
const { DASHBOARD_LIST } = await import('@/lib/api/manage-dto');

const sqlite = () => database.raw(getDb());
const staff = { id: 'dash', name: '值班', email: 'dash@example.org', role: 'staff' } as const;

afterAll(() => database.remove(getDb()));

describe('the dashboard', () => {
  it('lists the first late steps and counts them all', () => {
    const db = sqlite();
    const project = db.prepare("select id from projects where slug = 'ersha-four-buildings-initiation'").get() as { id: number };
    const before = getDashboard(staff, '2026-11-27').totals.overdue;
    const add = db.prepare("insert into milestones (project_id, kind, sequence, planned) values (?, 'midterm_inspection', ?, ?)");
    db.transaction(() => {
      // 150 steps planned in 2001 and never done; one planned for this month, not late until it ends.
      for (let n = 0; n < 150; n++) add.run(project.id, 100 + n, '2001-03');
      add.run(project.id, 99, '2026-11');
    })();

    const d = getDashboard(staff, '2026-11-27');
    expect(d.totals.overdue).toBe(before + 150);
    expect(d.overdue).toHaveLength(DASHBOARD_LIST);
    expect(d.overdue.every((m) => m.planned < '2026-11')).toBe(true);
    expect(d.upcoming.map((m) => m.planned)).toContain('2026-11');
    expect(d.totals.upcoming).toBe(d.upcoming.length);
    expect(d.projects.length).toBe(d.totals.projects); // three projects, all listed
  });
});
