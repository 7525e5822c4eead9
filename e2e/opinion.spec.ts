import { expect, type Page, test } from '@playwright/test';
import { expectNoHorizontalScroll, OFFICE_PROJECT, RUBBER_PROJECT } from './fixtures';

const TITLE = '郑州第二砂轮厂办公楼本体保护修缮工程';

function verdicts(page: Page) {
  return page.getByRole('region', { name: '检查与验收结论' }).getByRole('article');
}

/** The opinion page of the n-th verdict on the office project, reached as a reader would. */
async function openOpinion(page: Page, n: number, name: RegExp) {
  await page.goto(OFFICE_PROJECT);
  await verdicts(page).nth(n).getByRole('link', { name }).click();
  await expect(page).toHaveURL(/\/projects\/ersha-office-building-restoration\/inspections\/\d+$/);
}

test('the office project shows its three historical verdicts as records imported from the report', async ({ page }) => {
  await page.goto(OFFICE_PROJECT);
  const cards = verdicts(page);
  await expect(cards).toHaveCount(3);
  const expected = [
    ['中期检查 · 2020年8月13日', '基本合格'],
    ['初步验收 · 2020年12月9日', '合格'],
    ['终期验收 · 2022年5月18日', '合格'],
  ];
  for (const [i, [heading, verdict]] of expected.entries()) {
    const card = cards.nth(i);
    await expect(card.getByRole('heading', { level: 3 })).toHaveText(heading as string);
    await expect(card.locator('.inspection-head .badge')).toHaveText(new RegExp(`${verdict}$`));
    await expect(card).toContainText('据公开报道录入');
    await expect(card).not.toContainText('已签署');
  }

  await expect(cards.nth(1).getByRole('row', { name: /工程质量/ })).toContainText('合格');
  const final = cards.nth(2);
  await expect(final.getByRole('table', { name: '评价要点' }).getByRole('row')).toHaveCount(5); // header + 4 criteria
  await expect(final.getByRole('row', { name: /档案资料/ })).toContainText('齐全');
  await expect(final.getByRole('row', { name: /总体效果/ })).toContainText('较好');
  await expect(final).toContainText('专家组一致意见');
  await expect(final.getByRole('link', { name: '查看验收意见（可打印）' })).toBeVisible();
  await expect(cards.nth(0).getByRole('link', { name: '查看检查意见（可打印）' })).toBeVisible();

  // The 2020 基本合格 lists no rectification items: the rule check says so as a warning, not an error.
  await expect(cards.nth(0)).toContainText('未登记整改事项');
  const notes = page.getByRole('region', { name: '记录核查提示' }).getByRole('listitem');
  await expect(notes).toHaveCount(1);
  await expect(notes.first()).toContainText('提示');
  await expect(notes.first()).toContainText('中期检查（2020年8月13日）结论为“基本合格”，应列出整改项');
  await expect(notes.first().locator('.badge')).toHaveClass(/tone-warn/);
  await expect(page.getByText('不符合规则')).toHaveCount(0);
  await expectNoHorizontalScroll(page);
});

test('the final acceptance prints as an opinion that cites the report it was imported from', async ({ page }) => {
  await openOpinion(page, 2, /查看验收意见/);
  await expect(page).toHaveTitle(new RegExp(`^${TITLE}终期验收意见`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${TITLE}终期验收意见`);

  const basics = page.getByRole('region', { name: '基本情况' });
  await expect(basics).toContainText('2022年5月18日');
  await expect(basics).toContainText('中原区文化旅游体育局');
  await expect(basics).toContainText('设计单位（名称未载明）');
  await expect(basics).toContainText('厂部办公大楼');

  const conclusion = page.getByRole('region', { name: '结论' });
  await expect(conclusion).toContainText('工程验收合格');
  await expect(conclusion).toContainText('专家组一致意见');

  const criteria = page.getByRole('region', { name: '评价要点' });
  for (const [criterion, grade] of [
    ['工程质量', '合格'],
    ['档案资料', '齐全'],
    ['总体效果', '较好'],
    ['文物本体保护目的', '已达到'],
  ]) {
    await expect(criteria.getByRole('row', { name: new RegExp(criterion as string) })).toContainText(grade as string);
  }
  await expect(page.getByRole('region', { name: '存在问题' })).toContainText('公开报道未载明');
  await expect(page.getByRole('region', { name: '整改要求' })).toContainText('公开报道未载明');

  const panel = page.getByRole('region', { name: '专家组' });
  await expect(panel).toContainText('据公开报道录入');
  await expect(panel).toContainText('签字情况未在本系统登记');
  await expect(panel).toContainText('二砂办公楼保护修缮项目终期验收合格');
  await expect(page.getByRole('note')).toHaveCount(0); // neither corrected nor a correction
  await expectNoHorizontalScroll(page);
});

test('the mid-term inspection and the preliminary acceptance have their opinion pages', async ({ page }) => {
  await openOpinion(page, 0, /查看检查意见/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${TITLE}中期检查意见`);
  await expect(page.locator('.opinion-status')).toContainText('基本合格');
  await expect(page.getByRole('region', { name: '评价要点' })).toContainText('公开报道未载明分项评价');
  await expect(page.getByRole('region', { name: '基本情况' })).toContainText('河南省文物局');

  await openOpinion(page, 1, /查看验收意见/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${TITLE}初步验收意见`);
  await expect(page.getByRole('region', { name: '评价要点' }).getByRole('row', { name: /工程质量/ })).toContainText('合格');
  await expect(page.getByRole('region', { name: '基本情况' })).toContainText('郑州市文物局');
});

test('printed, the opinion leaves out the site chrome and the print controls', async ({ page }) => {
  await openOpinion(page, 2, /查看验收意见/);
  await expect(page.getByRole('banner')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('navigation', { name: '位置' })).toBeHidden();
  await expect(page.getByText('本页可直接打印')).toBeHidden();
  await expect(page.getByText(/^打印自/)).toBeVisible();
  await expect(page.getByRole('region', { name: '评价要点' })).toBeVisible();
});

test('an inspection id that is unknown, not a number or of another project answers 404', async ({ page }) => {
  await openOpinion(page, 2, /查看验收意见/);
  const id = page.url().split('/').at(-1);
  for (const path of [
    `${OFFICE_PROJECT}/inspections/999999`,
    `${OFFICE_PROJECT}/inspections/abc`,
    `${OFFICE_PROJECT}/inspections/-1`,
    `${RUBBER_PROJECT}/inspections/${id}`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: '找不到这个页面' })).toBeVisible();
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the opinion page is complete and says how to print it', async ({ page }) => {
    await openOpinion(page, 2, /查看验收意见/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${TITLE}终期验收意见`);
    await expect(page.getByRole('region', { name: '评价要点' }).getByRole('row')).toHaveCount(5);
    await expect(page.getByText('本页可直接打印')).toBeVisible();
    await expect(page.getByRole('button', { name: '打印' })).toHaveCount(0);
  });
});
