import { expect, test } from '@playwright/test';
import { SITE } from './fixtures';

for (const path of [
  '/no-such-page',
  '/sites/no-such-site',
  `${SITE}/buildings/no-such-building`,
  '/projects/no-such-project',
  '/sites/_',
]) {
  test(`${path} is a real 404 page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: '找不到这个页面' })).toBeVisible();
    await expect(page.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/');
  });
}

test('an unknown record stays a 404 after real pages have been served', async ({ request }) => {
  test.skip(test.info().project.name !== 'desktop', 'one run is enough');
  for (let round = 0; round < 3; round++) {
    expect((await request.get('/projects/ersha-office-building-restoration')).status()).toBe(200);
    expect((await request.get(`/projects/missing-${round}`)).status()).toBe(404);
    expect((await request.get(`${SITE}/buildings/missing-${round}`)).status()).toBe(404);
    expect((await request.get(`/sites/missing-${round}`)).status()).toBe(404);
  }
});

test('a Chinese page has one address: /zh/… is sent to the unprefixed one', async ({ request }) => {
  test.skip(test.info().project.name !== 'desktop', 'one run is enough');
  const redirects: [string, string][] = [
    ['/zh', '/'],
    ['/zh/about', '/about'],
    ['/zh/projects/ersha-office-building-restoration?x=1', '/projects/ersha-office-building-restoration?x=1'],
  ];
  for (const [path, target] of redirects) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    const location = new URL(response.headers().location ?? '', 'http://x');
    expect(`${location.pathname}${location.search}`, path).toBe(target);
  }
});
