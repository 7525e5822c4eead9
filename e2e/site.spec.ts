import { expect, test } from '@playwright/test';
import { BUILDINGS, expectNoHorizontalScroll, SITE } from './fixtures';

test('the site page gives level, designation history, plan, buildings, projects and timeline', async ({ page }) => {
  await page.goto(SITE);
  await expect(page.getByRole('heading', { level: 1, name: '郑州第二砂轮厂旧址' })).toBeVisible();
  await expect(page.locator('.record-header')).toContainText('全国重点文物保护单位（第8批）');
  await expect(page.getByText('郑州市中原区华山路78号')).toBeVisible();
  await expect(page.getByRole('region', { name: '概况' }).locator('div', { hasText: '始建' }).locator('dd')).toHaveText('1956年');

  const history = page.getByRole('region', { name: '公布历史' }).getByRole('row');
  await expect(history).toHaveCount(3);
  await expect(history.nth(1)).toContainText('2016年');
  await expect(history.nth(1)).toContainText('省级文物保护单位（第7批）');
  await expect(history.nth(2)).toContainText('2019年10月7日');
  await expect(history.nth(2)).toContainText('全国重点文物保护单位（第8批）');
  await expect(history.nth(2)).toContainText('国务院');
  await expect(history.nth(2)).toContainText('国发〔2019〕22号');

  const buildings = page.getByRole('region', { name: /文物建筑（7栋）/ }).getByRole('listitem');
  await expect(buildings).toHaveCount(7);
  for (const [i, name] of BUILDINGS.entries()) await expect(buildings.nth(i)).toContainText(name);
  await expect(buildings.nth(0)).toContainText('修缮已验收');
  await expect(buildings.nth(1)).toContainText('立项中');
  await expect(buildings.nth(2)).toContainText('74,377 平方米');

  const projects = page.getByRole('region', { name: '保护工程' }).getByRole('listitem');
  await expect(projects).toHaveCount(3);
  await expect(projects.nth(0)).toContainText('郑州第二砂轮厂办公楼本体保护修缮工程');
  await expect(projects.nth(0)).toContainText('已验收');

  const timeline = page.getByRole('region', { name: '文物保护单位时间线' }).getByRole('listitem');
  await expect(timeline.first()).toContainText('2016年');
  await expect(timeline.filter({ hasText: '2019年10月7日' })).toContainText('公布为全国重点文物保护单位');
  await expect(timeline.last()).toContainText('2022年5月18日');
  await expect(timeline.last()).toContainText('终期验收');

  await expect(page.getByRole('region', { name: '资料来源' })).toContainText('二砂办公楼保护修缮项目终期验收合格');
  await expectNoHorizontalScroll(page);
});

test('the site plan names every building with its status in words, and each leads to its page', async ({ page }) => {
  await page.goto(SITE);
  const plan = page.getByRole('group', { name: '建筑分布与修缮状态' });
  const links = plan.getByRole('link');
  await expect(links).toHaveCount(7);
  await expect(plan.getByRole('link', { name: '1号 厂部办公大楼：修缮已验收' })).toBeVisible();
  await expect(plan.getByRole('link', { name: '3号 陶瓷砂轮制造车间：立项中' })).toBeVisible();
  await expect(page.getByRole('list', { name: '图例' })).toContainText('修缮已验收');
  await plan.getByRole('link', { name: /厂部办公大楼/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '厂部办公大楼' })).toBeVisible();
});
