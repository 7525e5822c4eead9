import { expect, test } from '@playwright/test';
import { OFFICE_PROJECT, SITE } from './fixtures';

test('a building page tells its status, projects, approvals and history', async ({ page }) => {
  await page.goto(`${SITE}/buildings/office-building`);
  await expect(page.getByRole('heading', { level: 1, name: '厂部办公大楼' })).toBeVisible();
  await expect(page.locator('.record-header')).toContainText('修缮已验收');
  await expect(page.getByRole('navigation', { name: '位置' }).getByRole('link')).toHaveAttribute('href', SITE);
  await expect(page.getByRole('region', { name: '相关保护工程' }).getByRole('link')).toHaveAttribute('href', OFFICE_PROJECT);

  const approval = page.getByRole('region', { name: '相关批复' }).getByRole('row').nth(1);
  await expect(approval).toContainText('2019年5月7日');
  await expect(approval).toContainText('河南省文物局');
  await expect(approval).toContainText('方案批复');

  const history = page.getByRole('region', { name: '建筑时间线' }).getByRole('listitem');
  await expect(history.filter({ hasText: '中期检查' })).toContainText('2020年8月13日');
  await expect(history.filter({ hasText: '中期检查' })).toContainText('基本合格');
});

test('the rubber workshop shows the 2019 plan approval though its own project is only starting', async ({ page }) => {
  await page.goto(`${SITE}/buildings/rubber-wheel-workshop`);
  await expect(page.locator('.record-header')).toContainText('立项中');
  await expect(page.getByRole('region', { name: '相关批复' })).toContainText('办公楼及橡胶砂轮制造车间本体保护修缮方案');
});

test('a building of unknown size says so rather than guessing', async ({ page }) => {
  await page.goto(`${SITE}/buildings/spare-tool-warehouse`);
  const facts = page.getByRole('region', { name: '概况' });
  await expect(facts.locator('div', { hasText: '建筑面积' }).locator('dd')).toHaveText('未载明');
  await expect(facts.locator('div', { hasText: '建成年代' }).locator('dd')).toHaveText('未载明');
});
