import { expect, test } from '@playwright/test';
import { expectNoHorizontalScroll, OFFICE_PROJECT } from './fixtures';
import {
  createAccount,
  createOwnProject,
  isPhone,
  milestone,
  type OwnProject,
  PASSWORD,
  type StaffPage,
  signIn,
  staffPage,
} from './manage-support';

/**
 * The staff workspace as a clerk uses it: signing in, the dashboard, and the office project's
 * milestone board (saving, a broken rule, a mistyped date, the history). These run on the staff
 * server (playwright.config.ts); what they change on the office project is put back at once.
 * Two people editing one milestone: manage-conflict.spec.ts.
 */
const OFFICE_TITLE = '郑州第二砂轮厂办公楼本体保护修缮工程';
const OFFICE_EDITOR = `/manage${OFFICE_PROJECT}`;

// One worker, in order: the tests share the office project.
test.describe.configure({ mode: 'default' });

let zhang: StaffPage;
let own: OwnProject;

test.describe('the workspace', () => {
  test.beforeAll(async ({ browser }, testInfo) => {
    test.skip(isPhone(testInfo), 'the workspace flows do not depend on the screen');
    zhang = await staffPage(browser, '张三');
    own = await createOwnProject(zhang.page.request, '工作台测试工程');
  });

  test.afterAll(async () => {
    await zhang?.context.close();
  });

  test('an anonymous visitor to the workspace is sent to the sign-in page and back', async ({ page, request }) => {
    // A real redirect, before any page is rendered: it works without JavaScript.
    const bare = await request.get(OFFICE_EDITOR, { maxRedirects: 0 });
    expect(bare.status()).toBe(307);
    const location = new URL(bare.headers().location as string, 'http://host');
    expect(`${location.pathname}${location.search}`).toBe(`/login?next=${encodeURIComponent(OFFICE_EDITOR)}`);
    await page.goto('/manage');
    await expect(page).toHaveURL(/\/login\?next=%2Fmanage$/);
    await page.goto(OFFICE_EDITOR);
    await expect(page).toHaveURL(`/login?next=${encodeURIComponent(OFFICE_EDITOR)}`);
    await expect(page.getByRole('heading', { level: 1, name: '登录' })).toBeVisible();
  });

  test('an expert is told the workspace is for bureau staff', async ({ page }) => {
    await signIn(page, createAccount('专家甲', 'expert').email);
    await page.goto('/manage');
    await expect(page.getByRole('heading', { level: 1, name: '此区域仅限文物局工作人员' })).toBeVisible();
    await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: '工作区导航' })).toHaveCount(0);
  });

  test('a new staff member signs in on the sign-in page and lands on the dashboard with every project', async ({ page }) => {
    const user = createAccount('王五');
    await page.goto('/manage');
    await page.getByLabel('邮箱').fill(user.email);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page).toHaveURL('/manage');
    await expect(page.getByRole('heading', { level: 1, name: '工作台' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: '工作区导航' }).getByRole('link', { name: '工作台' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.getByText('王五（工作人员）')).toBeVisible();

    const projects = page.getByRole('region', { name: '最近修改的工程' });
    const office = projects.getByRole('row', { name: new RegExp(OFFICE_TITLE) });
    await expect(office).toContainText('已验收');
    await expect(office).toContainText('已公开');
    await expect(projects.getByRole('row', { name: new RegExp(own.title) })).toContainText('未公开');
    expect(await projects.getByRole('row').count()).toBeGreaterThanOrEqual(5);

    // Late steps stand out in words, not only in colour; coming ones are listed with their date.
    const overdue = page.getByRole('region', { name: '已逾期的节点' });
    const late = overdue.getByRole('listitem').filter({ hasText: `终期验收 · ${own.title}` });
    await expect(late).toContainText('已逾期');
    await expect(late.getByRole('link')).toHaveText(`终期验收 · ${own.title}`);
    await expect(late).toContainText('计划 2023年6月');
    await expect(page.getByRole('region', { name: '90 天内到期的节点' }).getByRole('link', { name: `归档 · ${own.title}` })).toBeVisible();
    await expect(page.getByRole('region', { name: '最近修改' }).getByRole('listitem').first()).toBeVisible();

    await office.getByRole('link', { name: OFFICE_TITLE }).click();
    await expect(page).toHaveURL(OFFICE_EDITOR);
    await expect(page.getByRole('heading', { level: 1, name: OFFICE_TITLE })).toBeVisible();
  });

  test('moving a date is saved, shown on the public page on the next request, and told in the history', async ({ request }) => {
    const { page, name } = zhang;
    await page.goto(OFFICE_EDITOR);
    const complete = milestone(page, '完工');
    const actual = complete.getByLabel('实际日期');
    await expect(actual).toHaveValue('2020-09');
    const version = Number((await complete.getByText(/^第 \d+ 版$/).textContent())?.match(/\d+/)?.[0]);

    await actual.fill('2020-10');
    await expect(complete.getByText('即 2020年10月')).toBeVisible();
    try {
      await complete.getByRole('button', { name: '保存' }).click();
      await expect(complete.getByRole('status')).toContainText('已保存');
      await expect(complete.getByText(`第 ${version + 1} 版`, { exact: true })).toBeVisible();
      const publicPage = await (await request.get(OFFICE_PROJECT)).text();
      expect(publicPage).toContain('2020年10月');

      const history = page.getByRole('region', { name: '修改记录' });
      await expect(history.getByRole('listitem').first()).toContainText(`${name} 将 完工 的实际日期由 2020年9月 改为 2020年10月`);
      const card = page.getByRole('listitem').filter({ has: complete });
      await card.getByText('完工的修改记录').click();
      await expect(card.getByRole('listitem').first()).toContainText(`${name} 将 完工 的实际日期由 2020年9月 改为 2020年10月`);
    } finally {
      // Put the record back as the other specs read it, whatever happened above.
      const project = await (await page.request.get(`/api/v1${OFFICE_PROJECT}`)).json();
      const saved = project.milestones.find((m: { kind: string }) => m.kind === 'construction_complete');
      if (saved.actual !== '2020-09') {
        const restore = await page.request.patch(`/api/v1/milestones/${saved.id}`, { data: { actual: '2020-09', version: saved.version } });
        expect(restore.ok(), await restore.text()).toBe(true);
      }
    }
    expect(await (await request.get(OFFICE_PROJECT)).text()).not.toContain('2020年10月');
  });

  test('a date that breaks the order of the steps is refused in Chinese and the value rolls back', async () => {
    const { page } = zhang;
    await page.goto(OFFICE_EDITOR);
    const midterm = milestone(page, '中期检查');
    const actual = midterm.getByLabel('实际日期');
    await expect(actual).toHaveValue('2020-08-13');
    const version = (await midterm.getByText(/^第 \d+ 版$/).textContent()) as string;

    await actual.fill('2020-06');
    await midterm.getByRole('button', { name: '保存' }).click();
    await expect(midterm.getByRole('alert')).toBeVisible();
    // The rule, in the words of the rule; under the field it concerns; the saved value back in place.
    await expect(actual).toHaveAccessibleDescription(/中期检查（2020年6月）应在开工（2020年7月）与完工（2020年9月）之间/);
    await expect(actual).toHaveAttribute('aria-invalid', 'true');
    await expect(actual).toHaveValue('2020-08-13');
    await expect(midterm.getByText(version, { exact: true })).toBeVisible();
    await expect(midterm.getByRole('status')).not.toContainText('已保存');
  });

  test('an impossible date is caught while typing, before anything is sent', async () => {
    const { page } = zhang;
    await page.goto(OFFICE_EDITOR);
    const start = milestone(page, '开工');
    const actual = start.getByLabel('实际日期');
    const writes: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET') writes.push(r.url());
    });

    await actual.fill('2020-13-45');
    await expect(start.getByText('实际日期：月份不存在')).toBeVisible();
    await expect(actual).toHaveAttribute('aria-invalid', 'true');
    await expect(actual).toHaveAccessibleDescription(/实际日期：月份不存在/);
    await start.getByRole('button', { name: '保存' }).click();
    await expect(start.getByRole('status')).toContainText('请先改正标出的错误再保存');
    await expect(actual).toBeFocused();
    expect(writes).toEqual([]);

    await actual.fill('2020-07');
    await expect(start.getByText('实际日期：月份不存在')).toHaveCount(0);
    await start.getByRole('button', { name: '撤销修改' }).click();
    await expect(actual).toHaveValue('2020-07');
  });
});

test.describe('on a phone', () => {
  test.beforeEach(() => {
    test.skip(!isPhone(test.info()), 'the screen check runs on the phone project');
  });

  test('the board and the dashboard fit a 375 px screen', async ({ page }) => {
    await signIn(page, createAccount('赵六').email);
    await page.goto(OFFICE_EDITOR);
    await expect(milestone(page, '完工').getByLabel('实际日期')).toBeVisible();
    await expectNoHorizontalScroll(page);
    await page.goto('/manage');
    await expect(page.getByRole('region', { name: '最近修改的工程' }).getByRole('row').nth(1)).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
});
