import { expect, test } from '@playwright/test';
import { expectNoHorizontalScroll, OFFICE_PROJECT, SITE } from './fixtures';

test('the home page introduces the record, counts it and lists the latest steps', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle('文物保护工程档案');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: '文物保护工程档案' })).toBeVisible();

  const counts = page.locator('.counts');
  await expect(counts.locator('div', { hasText: '文物建筑' }).locator('dd')).toHaveText('7');
  await expect(counts.locator('div', { hasText: '保护工程' }).locator('dd')).toHaveText('3');
  await expect(counts.locator('div', { hasText: '已通过验收' }).locator('dd')).toHaveText('1');
  await expect(counts.locator('div', { hasText: '检查与验收结论' }).locator('dd')).toHaveText('3');

  const site = page.getByRole('link', { name: '郑州第二砂轮厂旧址' });
  await expect(site).toHaveAttribute('href', SITE);
  await expect(page.getByText('全国重点文物保护单位（第8批）')).toBeVisible();

  const recent = page.getByRole('region', { name: '最近进展' }).getByRole('listitem');
  await expect(recent.first()).toContainText('2022年5月18日');
  await expect(recent.first()).toContainText('终期验收');
  await expect(recent.first()).toContainText('合格');
  await expect(recent.first().getByRole('link')).toHaveAttribute('href', OFFICE_PROJECT);
  await expectNoHorizontalScroll(page);
});

test('the main navigation leads to the timeline and back', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '工程时间轴' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '工程时间轴' })).toBeVisible();
  await page.getByRole('link', { name: '首页' }).click();
  await expect(page).toHaveURL(/\/$/);
});
