import { expect, type Page, test } from '@playwright/test';
import { createUser, signInPage } from './accounts';
import { expectNoHorizontalScroll, SITE } from './fixtures';

// The record-editing forms of the staff workspace: what a clerk sees while typing, what the server
// answers on a save, and what the public sees on the next request.
test.skip(({ isMobile }) => isMobile, 'forms are checked at desktop width; the one phone check sets its own viewport');

const SITE_SLUG = SITE.split('/').pop() as string;
/** Records made here are unique to this run of this worker. */
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
let staff: { email: string };
let admin: { email: string };

test.beforeAll(() => {
  staff = createUser('staff');
  admin = createUser('admin');
});

const signIn = (page: Page, who: { email: string }) => signInPage(page, who.email);

test('staff add a building to the 二砂 site and the public site page lists it on the next request', async ({ page }) => {
  const name = `测试礼堂${run}`;
  await signIn(page, staff);
  await page.goto(`/manage/sites/${SITE_SLUG}`);
  const form = page.getByRole('form', { name: '新增文物建筑' });
  await form.getByLabel('网址标识').fill(`test-hall-${run}`);
  await form.getByLabel('中文名称').fill(name);
  await form.getByLabel('建成年代').fill('1958');
  await form.getByLabel('建筑面积（平方米）').fill('1200');
  await form.getByRole('button', { name: '新增' }).click();

  await expect(form.getByRole('status')).toHaveText(`✓ 已保存：${name}`);
  await expect(form.getByLabel('中文名称')).toHaveValue('');
  await expect(page.getByRole('region', { name: '文物建筑' }).getByRole('listitem').filter({ hasText: name })).toContainText(
    '1,200 平方米',
  );

  await page.goto(SITE);
  const buildings = page.getByRole('region', { name: /文物建筑（\d+栋）/ });
  await expect(buildings.getByRole('link', { name })).toHaveAttribute('href', `${SITE}/buildings/test-hall-${run}`);
  await expect(buildings.getByRole('listitem').filter({ hasText: name })).toContainText('1,200 平方米');
});

test('a bad slug is named in Chinese while typing, and the server refuses the whole building with the same words', async ({ page }) => {
  const name = `不应保存的建筑${run}`;
  const message = '网址标识：只能用小写英文字母、数字和连字符，如 office-building';
  await signIn(page, staff);
  await page.goto(`/manage/sites/${SITE_SLUG}`);
  const form = page.getByRole('form', { name: '新增文物建筑' });
  await form.getByLabel('中文名称').fill(name);
  const slug = form.getByLabel('网址标识');
  await slug.fill('Bad Slug');

  await expect(slug).toHaveAttribute('aria-invalid', 'true');
  await expect(slug).toHaveAccessibleDescription(new RegExp(message));
  await expect(form.getByRole('alert')).toHaveCount(0);

  const answer = page.waitForResponse((r) => r.url().endsWith(`/sites/${SITE_SLUG}/buildings`) && r.request().method() === 'POST');
  await form.getByRole('button', { name: '新增' }).click();
  expect((await answer).status()).toBe(400);
  const alert = form.getByRole('alert');
  await expect(alert).toContainText('请求内容有误，请按提示修改。');
  await expect(alert.getByRole('link', { name: message })).toHaveAttribute('href', `#${await slug.getAttribute('id')}`);
  await expect(alert).toBeFocused();
  await expect(slug).toHaveAccessibleDescription(new RegExp(message));

  // Nothing of the refused body was written.
  await page.goto(SITE);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(name)).toHaveCount(0);
});

test('registering a site under a slug already taken shows the 409 message at the slug', async ({ page }) => {
  await signIn(page, staff);
  await page.goto('/manage/sites');
  await expect(page.getByRole('table').getByRole('link', { name: '郑州第二砂轮厂旧址' })).toHaveAttribute(
    'href',
    `/manage/sites/${SITE_SLUG}`,
  );
  const form = page.getByRole('form', { name: '登记文物保护单位' });
  const slug = form.getByLabel('网址标识');
  await slug.fill(SITE_SLUG);
  await form.getByLabel('中文名称').fill(`重复标识测试${run}`);
  await form.getByLabel('文物类别').selectOption({ label: '近现代重要史迹及代表性建筑' });
  await expect(form.getByRole('listitem').filter({ hasText: '：' })).toHaveCount(0);

  await form.getByRole('button', { name: '登记' }).click();
  await expect(form.getByRole('alert')).toContainText(`网址标识“${SITE_SLUG}”已被使用。`);
  await expect(slug).toHaveAccessibleDescription(/网址标识：已被其他文物保护单位使用/);
  await expect(slug).toHaveAttribute('aria-invalid', 'true');

  // A new slug clears the server's objection at once.
  await slug.fill(`forms-site-${run}`);
  await expect(slug).toHaveAttribute('aria-invalid', 'false');
});

test('staff create a project over two buildings of a site and land on its editor', async ({ page }) => {
  const title = `表单测试工程${run}`;
  await signIn(page, staff);
  await page.goto('/manage/projects/new');
  const form = page.getByRole('form', { name: '新建保护工程' });
  await expect(form.getByText('选择文物保护单位后，这里列出它的文物建筑。')).toBeVisible();
  await form.getByLabel('文物保护单位').selectOption({ label: '郑州第二砂轮厂旧址' });
  await form.getByRole('checkbox', { name: '陶瓷砂轮制造车间' }).check();
  await form.getByRole('checkbox', { name: '金刚砂仓库及结合剂处理间' }).check();
  await form.getByLabel('中文标题').fill(title);
  await form.getByLabel('英文标题').fill(`Forms test ${run}`);
  await form.getByLabel('工程类别').selectOption({ label: '修缮工程' });
  await form.getByRole('button', { name: '添加参与单位' }).click();
  const row = form.getByRole('listitem', { name: '第1个参与单位' });
  await row.getByRole('combobox', { name: /^单位/ }).selectOption({ label: '中原区文化旅游体育局（区县级）' });
  await row.getByRole('combobox', { name: /^角色/ }).selectOption({ label: '组织单位' });
  await form.getByRole('button', { name: '创建工程' }).click();

  const slug = `forms-test-${run}`;
  await expect(page).toHaveURL(`/manage/projects/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const project = await (await page.request.get(`/api/v1/projects/${slug}`)).json();
  expect(project.buildings.map((b: { slug: string }) => b.slug)).toEqual(['ceramic-wheel-workshop', 'emery-warehouse']);
  expect(project.participants).toEqual([expect.objectContaining({ role: 'organiser' })]);
  expect(project.published).toBe(false);
});

test('staff are told only admins keep organisations and the API refuses them; an admin registers and edits one', async ({
  page,
  browser,
}) => {
  await signIn(page, staff);
  await page.goto('/manage/organisations');
  await expect(page.getByText('仅管理员可以登记或修改单位')).toBeVisible();
  await expect(page.getByRole('region', { name: '已登记的单位' })).toContainText('河南省文物局');
  await expect(page.getByRole('form', { name: '登记单位' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^编辑：/ })).toHaveCount(0);
  const refused = await page.request.post('/api/v1/organisations', {
    data: { slug: `staff-org-${run}`, name: { zh: '工作人员登记的单位' }, kind: 'company' },
  });
  expect(refused.status()).toBe(403);

  const context = await browser.newContext();
  const adminPage = await context.newPage();
  await signIn(adminPage, admin);
  await adminPage.goto('/manage/organisations');
  const name = `表单测试设计院${run}`;
  const form = adminPage.getByRole('form', { name: '登记单位' });
  await form.getByLabel('网址标识').fill(`forms-org-${run}`);
  await form.getByLabel('中文名称').fill(name);
  await form.getByLabel('单位类型').selectOption({ label: '企业' });
  await form.getByRole('button', { name: '登记' }).click();
  await expect(form.getByRole('status')).toContainText(`已保存：${name}`);
  const item = adminPage.getByRole('region', { name: '已登记的单位' }).getByRole('listitem').filter({ hasText: name });
  await expect(item).toContainText('企业');

  await item.getByRole('button', { name: `编辑：${name}` }).click();
  const edit = item.getByRole('form', { name: '修改单位' });
  await expect(edit.getByLabel('中文名称')).toBeFocused();
  await edit.getByLabel('英文名称').fill('Forms Test Design Institute');
  await edit.getByLabel('行政级别').selectOption({ label: '市级' });
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(item).toContainText('Forms Test Design Institute');
  await expect(item).toContainText('市级');
  await context.close();
});

test('an approval with a date and an authority saves, warns of the wrong approver, and shows publicly once the project is published', async ({
  page,
}) => {
  await signIn(page, staff);
  // A site of its own, so the 二砂 pages the other specs read stay as they are.
  const site = `forms-approval-site-${run}`;
  const project = `forms-approval-${run}`;
  const setup = [
    ['/api/v1/sites', { slug: site, name: { zh: `批复测试单位${run}` }, category: 'ancient_building' }],
    [`/api/v1/sites/${site}/designations`, { level: 'provincial', batch: 7, date: '2016', issuer: 'henan-cultural-heritage-bureau' }],
    [`/api/v1/sites/${site}/buildings`, { slug: 'main-hall', name: { zh: '大殿' } }],
    [`/api/v1/sites/${site}/buildings`, { slug: 'side-hall', name: { zh: '配殿' } }],
    ['/api/v1/projects', { site, slug: project, title: { zh: `批复测试工程${run}` }, category: 'repair', buildings: ['main-hall'] }],
  ] as const;
  for (const [path, data] of setup) {
    const response = await page.request.post(path, { data });
    expect(response.status(), await response.text()).toBe(201);
  }

  await page.goto(`/manage/projects/${project}`);
  const form = page.getByRole('form', { name: '登记批复' });
  await form.getByLabel('批复事项').selectOption({ label: '方案批复' });
  await form.getByLabel('批复意见').selectOption({ label: '批准' });
  await form.getByLabel('批复内容（中文）').fill('大殿保护修缮方案');
  await form.getByLabel('审批机关').selectOption({ label: '郑州市文物局（市级）' });
  const date = form.getByLabel('批复日期');
  await date.fill('2020-13');
  await expect(date).toHaveAccessibleDescription(/批复日期：月份不存在/);
  await date.fill('2020-05-07');
  await expect(date).toHaveAttribute('aria-invalid', 'false');
  await form.getByLabel('文号').fill('郑文物〔2020〕1号');
  await form.getByRole('checkbox', { name: '大殿' }).check();
  await form.getByRole('button', { name: '登记批复' }).click();

  // Rule 6: a provincial site's plan is approved by the provincial bureau; a warning, not a refusal.
  const warnings = form.getByRole('status').filter({ hasText: '请核对' });
  await expect(warnings).toContainText('其方案批复应由省级文物行政部门作出，实为市级');

  expect((await page.request.get(`/projects/${project}`)).status()).toBe(404);
  const published = await page.request.patch(`/api/v1/projects/${project}`, { data: { published: true } });
  expect(published.status(), await published.text()).toBe(200);

  await page.goto(`/projects/${project}`);
  const approvals = page.getByRole('region', { name: '批复', exact: true });
  await expect(approvals).toContainText('2020年5月7日');
  await expect(approvals).toContainText('郑州市文物局');
  await expect(approvals).toContainText('郑文物〔2020〕1号');
});

test('on a phone the site editor, with a building form open, never scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, staff);
  await page.goto(`/manage/sites/${SITE_SLUG}`);
  await expect(page.getByRole('form', { name: '基本信息' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.getByRole('button', { name: '编辑：陶瓷砂轮制造车间' }).click();
  await expect(page.getByRole('form', { name: '修改文物建筑' }).getByLabel('建筑面积（平方米）')).toHaveValue('74377');
  await expectNoHorizontalScroll(page);
});
