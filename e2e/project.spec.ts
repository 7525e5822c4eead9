import { expect, test } from '@playwright/test';
import { expectNoHorizontalScroll, FOUR_BUILDINGS_PROJECT, OFFICE_PROJECT, RUBBER_PROJECT, SITE } from './fixtures';

test('the office building project tells its whole story in order', async ({ page }) => {
  await page.goto(OFFICE_PROJECT);
  await expect(page.getByRole('heading', { level: 1, name: '郑州第二砂轮厂办公楼本体保护修缮工程' })).toBeVisible();
  await expect(page.locator('.record-status')).toContainText('已验收');
  await expect(page.locator('.record-status')).toContainText('修缮工程');
  await expect(page.getByRole('navigation', { name: '位置' }).getByRole('link')).toHaveAttribute('href', SITE);

  const steps = page.getByRole('region', { name: '工程节点' }).locator('ol.steps > li');
  const expected = [
    ['方案批复', '2019年5月7日'],
    ['开工', '2020年7月'],
    ['中期检查', '2020年8月13日'],
    ['完工', '2020年9月'],
    ['初步验收', '2020年12月9日'],
    ['终期验收', '2022年5月18日'],
  ];
  await expect(steps).toHaveCount(expected.length);
  for (const [i, [name, date]] of expected.entries()) {
    await expect(steps.nth(i).getByRole('heading')).toHaveText(name as string);
    await expect(steps.nth(i)).toContainText(date as string);
  }
  await expect(steps.nth(2)).toContainText('基本合格');
  // Time between steps, at the coarser precision of the two dates.
  await expect(steps.nth(1)).toContainText('距上一节点14个月');
  await expect(steps.nth(5)).toContainText('距上一节点525天');
});

test('the verdicts show organiser, criteria and conclusion as the record gives them', async ({ page }) => {
  await page.goto(OFFICE_PROJECT);
  const verdicts = page.getByRole('region', { name: '检查与验收结论' }).getByRole('article');
  await expect(verdicts).toHaveCount(3);

  const midterm = verdicts.nth(0);
  await expect(midterm.getByRole('heading', { level: 3 })).toHaveText('中期检查 · 2020年8月13日');
  await expect(midterm).toContainText('基本合格');
  await expect(midterm).toContainText('河南省文物局');
  await expect(midterm).toContainText('未登记整改事项');

  const preliminary = verdicts.nth(1);
  await expect(preliminary.getByRole('heading', { level: 3 })).toHaveText('初步验收 · 2020年12月9日');
  await expect(preliminary).toContainText('郑州市文物局');
  await expect(preliminary.getByRole('row', { name: /工程质量/ })).toContainText('合格');

  const final = verdicts.nth(2);
  await expect(final.getByRole('heading', { level: 3 })).toHaveText('终期验收 · 2022年5月18日');
  await expect(final).toContainText('中原区文化旅游体育局');
  await expect(final).toContainText('专家组一致意见');
  await expect(final.getByRole('row', { name: /档案资料/ })).toContainText('齐全');
  await expect(final.getByRole('row', { name: /总体效果/ })).toContainText('较好');
  await expect(final.getByRole('row', { name: /文物本体保护目的/ })).toContainText('已达到');
  await expect(final).toContainText('施工单位（名称未载明）');

  // The 2020 基本合格 has no recorded rectification items: a warning, not an error.
  const findings = page.getByRole('region', { name: '记录核查提示' }).getByRole('listitem');
  await expect(findings).toHaveCount(1);
  await expect(findings.first()).toContainText('提示');
  await expect(findings.first()).toContainText('中期检查');
  await expect(page.getByRole('region', { name: '资料来源' })).toContainText('二砂办公楼保护修缮项目终期验收合格');
  await expectNoHorizontalScroll(page);
});

test('the approval shows on the project with the buildings it covers', async ({ page }) => {
  await page.goto(OFFICE_PROJECT);
  const row = page.getByRole('region', { name: '批复' }).getByRole('row').nth(1);
  await expect(row).toContainText('2019年5月7日');
  await expect(row).toContainText('河南省文物局');
  await expect(row).toContainText('批准');
});

test('projects still being started say so and invent nothing', async ({ page }) => {
  await page.goto(RUBBER_PROJECT);
  await expect(page.locator('.record-status')).toContainText('立项中');
  await expect(page.getByRole('region', { name: '工程经过' })).toContainText('砂轮成品库及发送间');
  await expect(page.getByRole('region', { name: '工程节点' })).toContainText('尚未发生');
  await expect(page.getByRole('region', { name: '检查与验收结论' })).toContainText('尚无检查或验收结论');

  await page.goto(FOUR_BUILDINGS_PROJECT);
  await expect(page.locator('.record-status')).toContainText('类别未明确');
  const buildings = page.getByRole('region', { name: '工程经过' }).getByRole('listitem');
  await expect(buildings).toHaveText([
    '陶瓷砂轮制造车间',
    '金刚砂仓库及结合剂处理间',
    '耐火物料及结合剂加工车间',
    '备用工具及润滑油仓库',
    '组织单位：中原区文化旅游体育局',
  ]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the project page is complete', async ({ page }) => {
    await page.goto(OFFICE_PROJECT);
    await expect(page.locator('ol.steps > li')).toHaveCount(6);
    await expect(page.getByText('2022年5月18日').first()).toBeVisible();
  });

  test('the home page and the timeline are complete', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: '郑州第二砂轮厂旧址' })).toBeVisible();
    await page.goto('/timeline');
    await expect(page.getByRole('region', { name: '时间轴（文字版）' }).getByRole('row')).toHaveCount(4);
  });
});
