import { expect, type Page, test } from '@playwright/test';
import { expectNoHorizontalScroll, OFFICE_PROJECT, SITE } from './fixtures';

/** Search over the seeded 二砂 case, on the readers' server: the page (with and without JavaScript) and the API. */

const HOSTILE = `"NEAR( OR * ^-- '; DROP`;
const results = (page: Page) => page.getByRole('region', { name: '搜索结果' }).getByRole('listitem');
/** The words a result marks, in order. */
const marks = (page: Page) =>
  page
    .getByRole('region', { name: /搜索结果|Results/ })
    .locator('mark')
    .allInnerTexts();

test.describe('the search page', () => {
  test('二砂 (two characters) finds the site by its alias, with the match marked', async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent('二砂')}`);
    await expect(page.getByRole('heading', { level: 1, name: '搜索' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: '搜索词' })).toHaveValue('二砂');
    await expect(page.getByText('共3条结果')).toBeVisible();
    const site = results(page).filter({ has: page.getByRole('link', { name: '郑州第二砂轮厂旧址' }) });
    await expect(site).toContainText('文物保护单位');
    await expect(site.getByRole('link')).toHaveAttribute('href', SITE);
    await expect(site.locator('mark').first()).toHaveText('二砂');
    expect(new Set(await marks(page))).toEqual(new Set(['二砂']));
    await expectNoHorizontalScroll(page);
  });

  test('砂轮 lists the workshops named so; 办公大楼 leads to the office building first', async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent('砂轮')}`);
    for (const name of ['郑州第二砂轮厂旧址', '橡胶砂轮制造车间', '陶瓷砂轮制造车间', '砂轮成品库及发送间']) {
      await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
    }

    await page.goto(`/search?q=${encodeURIComponent('办公大楼')}`);
    await expect(results(page).first()).toContainText('文物建筑 · 郑州第二砂轮厂旧址');
    await results(page).first().getByRole('link', { name: '厂部办公大楼' }).click();
    await expect(page).toHaveURL(/\/sites\/zhengzhou-no2-grinding-wheel-factory\/buildings\/office-building$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('厂部办公大楼');
  });

  test('an English word: Chinese titles with the English words that matched; in English, English throughout', async ({ page }) => {
    await page.goto('/search?q=grinding');
    const site = results(page).filter({ has: page.getByRole('link', { name: '郑州第二砂轮厂旧址' }) });
    await expect(site.locator('mark')).toHaveText(['Grinding']);
    await expect(site.locator('[lang="en"]')).toContainText('Grinding Wheel Factory');

    await page.goto('/en/search?q=grinding');
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    await expect(page.getByText('6 results')).toBeVisible();
    const link = page.getByRole('link', { name: 'Former Zhengzhou No.2 Grinding Wheel Factory' });
    await expect(link).toHaveAttribute('href', `/en${SITE}`);
    await expect(link.locator('mark')).toHaveText('Grinding');
    await expectNoHorizontalScroll(page);
  });

  test('a hostile string is searched as words: nothing found, no error', async ({ page }) => {
    const response = await page.goto(`/search?q=${encodeURIComponent(HOSTILE)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText(`没有找到包含“${HOSTILE}”的记录。`)).toBeVisible();
    await expect(page.getByRole('searchbox', { name: '搜索词' })).toHaveValue(HOSTILE);
  });

  test('no words yet, a query cut at 100 characters, and filters the page cannot read', async ({ page }) => {
    await page.goto('/search');
    await expect(page.getByText('请输入要查找的名称或词语')).toBeVisible();
    await expect(page.getByRole('region', { name: '搜索结果' })).toHaveCount(0);

    await page.goto(`/search?q=${encodeURIComponent(`砂轮 ${'x'.repeat(200)}`)}`);
    await expect(page.getByText('搜索词超过100个字，只按前100个字搜索。')).toBeVisible();

    await page.goto(`/search?q=${encodeURIComponent('砂轮')}&type=person`);
    await expect(page.getByRole('alert').filter({ hasText: '以下筛选条件无法识别' })).toContainText('类型：只能选择列表中的一项');
    await expect(page.getByRole('combobox', { name: '类型' })).toHaveAttribute('aria-invalid', 'true');
  });
});

test.describe('the search page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form submits as a plain GET, with its filters, and pages through the results', async ({ page }) => {
    await page.goto('/search');
    await page.getByRole('searchbox', { name: '搜索词' }).fill('车间');
    await page.getByRole('combobox', { name: '类型' }).selectOption({ label: '文物建筑' });
    await page.getByRole('button', { name: '搜索' }).click();
    await expect(page).toHaveURL(/\/search\?q=%E8%BD%A6%E9%97%B4&type=building/);
    await expect(page.getByText('共3条结果')).toBeVisible();
    await expect(results(page)).toHaveCount(3);
    for (const item of await results(page).all()) await expect(item).toContainText('文物建筑');

    await page.goto(`/search?q=${encodeURIComponent('砂')}&limit=4`);
    await expect(results(page)).toHaveCount(4);
    await page.getByRole('navigation', { name: '翻页' }).getByRole('link', { name: '下一页' }).click();
    await expect(page).toHaveURL(/offset=4/);
    await expect(page.getByText('第5–8条')).toBeVisible();
  });

  test('a verdict found by 验收 opens its printable opinion', async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent('验收')}&type=finding`);
    await expect(results(page)).toHaveCount(2);
    await page.getByRole('link', { name: '终期验收：合格（2022年5月18日）' }).click();
    await expect(page).toHaveURL(new RegExp(`${OFFICE_PROJECT}/inspections/\\d+$`));
  });
});

test.describe('GET /api/v1/search', () => {
  const api = (query: string) => `/api/v1/search?${query}`;

  for (const [q, title] of [
    ['二砂', '郑州第二砂轮厂旧址'],
    ['砂轮', '橡胶砂轮制造车间'],
    ['办公大楼', '厂部办公大楼'],
    ['grinding', '郑州第二砂轮厂旧址'],
  ] as const) {
    test(`${q} → ${title}, plain text with highlight ranges`, async ({ request }) => {
      const response = await request.get(api(`q=${encodeURIComponent(q)}`));
      expect(response.status()).toBe(200);
      const body = await response.json();
      const hit = body.items.find((i: { title: string }) => i.title === title);
      expect(hit).toBeTruthy();
      expect(body.total).toBeGreaterThanOrEqual(body.items.length);
      for (const item of body.items) {
        const marked = [
          ...item.titleHighlights.map(([s, e]: [number, number]) => item.title.slice(s, e)),
          ...item.highlights.map(([s, e]: [number, number]) => item.snippet.slice(s, e)),
        ];
        expect(marked.map((m: string) => m.toLowerCase())).toContain(q);
        expect(item.snippet).not.toMatch(/<mark>/);
      }
    });
  }

  test('English titles and /en links with lang=en', async ({ request }) => {
    const body = await (await request.get(api('q=grinding&lang=en&type=site'))).json();
    expect(body.items).toMatchObject([{ type: 'site', title: 'Former Zhengzhou No.2 Grinding Wheel Factory', url: `/en${SITE}` }]);
  });

  test('a hostile string is an empty list, not an error', async ({ request }) => {
    for (const q of [HOSTILE, '"', 'NEAR(', '\u0000', '😀', 'a'.repeat(5000)]) {
      const response = await request.get(api(`q=${encodeURIComponent(q)}`));
      expect(response.status(), JSON.stringify(q.slice(0, 20))).toBe(200);
      expect((await response.json()).items).toBeInstanceOf(Array);
    }
  });

  test('an unknown filter value is a 400 problem naming the field and the rule', async ({ request }) => {
    const response = await request.get(api('q=x&type=person&status=done&limit=500'));
    expect(response.status()).toBe(400);
    expect(response.headers()['content-type']).toContain('application/problem+json');
    const problem = await response.json();
    expect(Object.keys(problem.errors).sort()).toEqual(['limit', 'status', 'type']);
    expect(problem.errors.type[0]).toMatch(/^类型（type）：应为 site、building/);
  });
});
