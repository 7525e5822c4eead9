import { expect, test } from '@playwright/test';
import { expectNoHorizontalScroll, OFFICE_PROJECT } from './fixtures';

test('the timeline puts every project on one axis, with a table a screen reader can read', async ({ page }) => {
  await page.goto('/timeline');
  await expect(page.getByRole('heading', { level: 1, name: '工程时间轴' })).toBeVisible();

  // The picture is hidden from assistive technology; the table carries the facts.
  await expect(page.locator('.axis-chart')).toHaveAttribute('aria-hidden', 'true');
  await expect(page.locator('.axis-row')).toHaveCount(3);
  await expect(page.locator('.axis-today')).toHaveCount(3);

  const rows = page.getByRole('region', { name: '时间轴（文字版）' }).getByRole('row');
  await expect(rows).toHaveCount(4);
  const office = rows.filter({ hasText: '郑州第二砂轮厂办公楼本体保护修缮工程' });
  await expect(office).toContainText('已验收');
  await expect(office).toContainText('2020年8月13日 中期检查（基本合格）');
  await expect(office).toContainText('2022年5月18日 终期验收（合格）');
  await expect(office.getByRole('link')).toHaveAttribute('href', OFFICE_PROJECT);
  await expect(rows.filter({ hasText: '陶瓷砂轮制造车间等4栋' })).toContainText('暂无已发生的节点');

  const today = new Date();
  await expect(page.getByText(`今天 ${today.getUTCFullYear()}年`)).toBeVisible();
  await expectNoHorizontalScroll(page);
});
