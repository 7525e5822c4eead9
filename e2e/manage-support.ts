/**
 * What the workspace specs share: accounts made with the CLI, a signed-in browser context, a test
 * project of their own, and how a milestone's form is found on the board.
 */
import { randomBytes } from 'node:crypto';
import { type APIRequestContext, type Browser, type BrowserContext, expect, type Page, type TestInfo } from '@playwright/test';
import { createUser, PASSWORD, signInPage } from './accounts';

export { PASSWORD };

/** An account made the way an administrator makes one (the CLI, the password on standard input). */
export function createAccount(name: string, role: 'staff' | 'expert' = 'staff'): { email: string; name: string } {
  return createUser(role, name);
}

export const signIn = signInPage;

export interface StaffPage {
  context: BrowserContext;
  page: Page;
  name: string;
}

/** A new staff member's own browser context, signed in. */
export async function staffPage(browser: Browser, name: string): Promise<StaffPage> {
  const user = createAccount(name);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user.email);
  return { context, page, name: user.name };
}

/** A milestone's form on the board, found by its name (开工, 完工 …). */
export const milestone = (page: Page, name: string) => page.getByRole('form', { name, exact: true });

export const isPhone = (info: TestInfo) => info.project.use.isMobile === true;

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

export interface OwnProject {
  slug: string;
  title: string;
  editor: string;
}

/**
 * A project of a spec's own, unpublished: construction started 2021-03, completion planned 2021-10,
 * final acceptance planned 2023-06 (overdue) and archiving planned 30 days ahead (upcoming).
 * Fresh names per call: a worker that restarts after a failure sets its project up again.
 */
export async function createOwnProject(api: APIRequestContext, label: string): Promise<OwnProject> {
  const run = randomBytes(3).toString('hex');
  const site = `manage-e2e-site-${run}`;
  const building = `manage-e2e-hall-${run}`;
  const project: OwnProject = { slug: `manage-e2e-project-${run}`, title: `${label} ${run}`, editor: '' };
  project.editor = `/manage/projects/${project.slug}`;
  const ok = async (response: Awaited<ReturnType<APIRequestContext['post']>>) => {
    expect(response.ok(), await response.text()).toBe(true);
  };
  await ok(await api.post('/api/v1/sites', { data: { slug: site, name: { zh: `工作区测试单位 ${run}` }, category: 'modern_historic' } }));
  await ok(await api.post(`/api/v1/sites/${site}/buildings`, { data: { slug: building, name: { zh: '工作区测试楼' } } }));
  await ok(
    await api.post('/api/v1/projects', {
      data: { site, slug: project.slug, title: { zh: project.title }, category: 'repair', buildings: [building], published: false },
    }),
  );
  for (const data of [
    { kind: 'construction_start', actual: '2021-03' },
    { kind: 'construction_complete', planned: '2021-10' },
    { kind: 'final_acceptance', planned: '2023-06' },
    { kind: 'archived', planned: isoDay(30) },
  ]) {
    await ok(await api.post(`/api/v1/projects/${project.slug}/milestones`, { data }));
  }
  return project;
}
