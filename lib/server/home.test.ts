/**
 * The home page counts accepted projects in SQL (lib/server/home.ts); the project pages derive each
 * status from the whole history (lib/domain/project-status.ts). Both must give the same answer.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Next's cache bookkeeping has no meaning outside a render; the reads under it are real.
vi.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: () => {}, revalidateTag: () => {} }));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heritage-home-'));
process.env.DATABASE_PATH = path.join(dir, 'heritage.db');

const { getDb } = await import('@/db/client');
const { getHome } = await import('./home');
const { summarizeProjects } = await import('./projects');
const { milestones, projects } = await import('@/db/schema');

afterAll(() => {
  (getDb() as unknown as { $client: Database.Database }).$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function derivedAccepted(): number {
  const db = getDb();
  const rows = db.select().from(projects).where(eq(projects.published, true)).all();
  return summarizeProjects(db, rows).summaries.filter((p) => p.status === 'accepted' || p.status === 'archived').length;
}

describe('the home page', () => {
  it('counts accepted projects as their pages derive them', async () => {
    const home = await getHome();
    expect(home.counts.accepted).toBe(1); // the office building, accepted in 2021
    expect(home.counts.accepted).toBe(derivedAccepted());
  });

  it('counts an archived project too, once', async () => {
    const db = getDb();
    const rubber = db.select().from(projects).where(eq(projects.slug, 'ersha-rubber-workshop-and-warehouse-restoration')).get();
    if (!rubber) throw new Error('the seed has the rubber workshop project');
    db.insert(milestones).values({ projectId: rubber.id, kind: 'archived', actual: '2024-05-01' }).run();
    const home = await getHome();
    expect(home.counts.accepted).toBe(2);
    expect(home.counts.accepted).toBe(derivedAccepted());
  });

  it('lists the sites where the latest progress happened', async () => {
    const home = await getHome();
    expect(home.recent.length).toBeGreaterThan(0);
    expect(home.sites.map((s) => s.slug)).toEqual([...new Set(home.recent.map((r) => r.site.slug))]);
  });
});
