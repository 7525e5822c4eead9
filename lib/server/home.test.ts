/**
 * The home page counts accepted projects in SQL (lib/server/home.ts); the project pages derive each
 * status from the whole history (lib/domain/project-status.ts). Both must give the same answer.
 */
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { serverDatabase } from '@/test/server-database';

// Next's cache bookkeeping has no meaning outside a render; the reads under it are real.
vi.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: () => {}, revalidateTag: () => {} }));

const database = serverDatabase('home');

const { getDb } = await import('@/db/client');
const { getHome } = await import('./home');
const { summarizeProjects } = await import('./projects');
const { milestones, projects } = await import('@/db/schema');

afterAll(() => database.remove(getDb()));

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
