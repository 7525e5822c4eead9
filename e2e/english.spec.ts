import { expect, type Page, test } from '@playwright/test';
import { expectNoHorizontalScroll, OFFICE_PROJECT, SITE } from './fixtures';

const EN = (path: string) => (path === '/' ? '/en' : `/en${path}`);
const OFFICE_TITLE = 'Body-protection restoration of the Zhengzhou No.2 Grinding Wheel Factory office building';
const SITE_NAME = 'Former Zhengzhou No.2 Grinding Wheel Factory';

/** The Chinese that an English page shows where a record has no English: marked as Chinese. */
function chineseOnly(page: Page, text: string) {
  return page.locator('[lang="zh-CN"]', { hasText: text });
}

test('the English home page counts the record and lists the latest steps in English', async ({ page }) => {
  const response = await page.goto('/en');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Heritage Restoration Record');
  await expect(page.getByRole('heading', { level: 1, name: 'Heritage Restoration Record' })).toBeVisible();

  const counts = page.locator('.counts');
  await expect(counts.locator('div', { hasText: 'Heritage buildings' }).locator('dd')).toHaveText('7');
  await expect(counts.locator('div', { hasText: 'Restoration projects' }).locator('dd')).toHaveText('3');

  await expect(page.getByRole('link', { name: SITE_NAME })).toHaveAttribute('href', EN(SITE));
  await expect(page.getByText('Major Historical and Cultural Site Protected at the National Level (batch 8)')).toBeVisible();
  // The district is recorded in Chinese only.
  await expect(chineseOnly(page, '中原区')).toBeVisible();

  const recent = page.getByRole('region', { name: 'Latest steps' }).getByRole('listitem');
  await expect(recent.first()).toContainText('18 May 2022');
  await expect(recent.first()).toContainText('Final acceptance');
  await expect(recent.first()).toContainText('Qualified');
  await expect(recent.first().getByRole('link')).toHaveAttribute('href', EN(OFFICE_PROJECT));
  await expect(page.getByText(/[年月日]\d|\d+年/)).toHaveCount(0);
  await expectNoHorizontalScroll(page);
});

test('the English site page gives designations, buildings and sources, marking what exists only in Chinese', async ({ page }) => {
  await page.goto(EN(SITE));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SITE_NAME);
  await expect(page).toHaveTitle(`${SITE_NAME} · Heritage Restoration Record`);

  // Aliases have no English: the Chinese shows, marked lang="zh-CN".
  await expect(page.getByText('Also known as:')).toBeVisible();
  await expect(chineseOnly(page, '二砂').first()).toBeVisible();

  const designations = page.getByRole('region', { name: 'Designation history' });
  await expect(designations).toContainText('7 October 2019');
  await expect(designations).toContainText('(batch 8)');
  await expect(designations.locator('[lang="zh-CN"]', { hasText: '国发〔2019〕22号' })).toBeVisible();

  const buildings = page.getByRole('region', { name: /Heritage buildings \(7\)/ });
  await expect(buildings.getByRole('link', { name: 'Factory office building' })).toHaveAttribute(
    'href',
    EN(`${SITE}/buildings/office-building`),
  );
  await expect(page.locator('.site-plan a').first()).toHaveAttribute('href', new RegExp(`^/en${SITE}/buildings/`));

  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources.getByRole('link', { name: 'Zhengzhou Evening News report' })).toBeVisible();
  await expect(sources.locator('[lang="zh-CN"]', { hasText: '郑州晚报' })).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test('the English building page names the building and its project in English', async ({ page }) => {
  await page.goto(EN(`${SITE}/buildings/office-building`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Factory office building');
  await expect(page.getByRole('navigation', { name: 'You are here' }).getByRole('link')).toHaveAttribute('href', EN(SITE));
  await expect(chineseOnly(page, '办公楼').first()).toBeVisible();
  const projects = page.getByRole('region', { name: 'Restoration projects' });
  await expect(projects.getByRole('link', { name: OFFICE_TITLE })).toHaveAttribute('href', EN(OFFICE_PROJECT));
  await expect(page.getByText('Restoration accepted').first()).toBeVisible();
});

test('the English project page tells the story with English dates, gaps and verdicts', async ({ page }) => {
  await page.goto(EN(OFFICE_PROJECT));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(OFFICE_TITLE);

  const steps = page.locator('ol.steps > li');
  await expect(steps).toHaveCount(6);
  await expect(steps.nth(2)).toContainText('Mid-term inspection');
  await expect(steps.nth(2)).toContainText('13 August 2020');
  await expect(steps.nth(2)).toContainText('Basically qualified');
  await expect(steps.nth(1)).toContainText('July 2020');
  await expect(steps.nth(5)).toContainText('525 days');

  const verdicts = page.getByRole('region', { name: 'Inspection and acceptance verdicts' }).getByRole('article');
  await expect(verdicts).toHaveCount(3);
  await expect(verdicts.nth(0).getByRole('heading', { level: 3 })).toHaveText('Mid-term inspection · 13 August 2020');
  await expect(verdicts.nth(2).getByRole('row', { name: /Archives/ })).toContainText('Complete');
  await expect(verdicts.nth(2).getByRole('link', { name: 'Read the acceptance opinion (printable)' })).toHaveAttribute(
    'href',
    new RegExp(`^/en${OFFICE_PROJECT}/inspections/\\d+$`),
  );

  const notes = page.getByRole('region', { name: 'Notes from checking the record' }).getByRole('listitem');
  await expect(notes.first()).toContainText('Mid-term inspection (13 August 2020) was found basically qualified');
  await expectNoHorizontalScroll(page);
});

test('the English opinion page lays out the final acceptance in English', async ({ page }) => {
  await page.goto(EN(OFFICE_PROJECT));
  await page
    .getByRole('region', { name: 'Inspection and acceptance verdicts' })
    .getByRole('article')
    .nth(2)
    .getByRole('link', { name: /Read the acceptance opinion/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/en${OFFICE_PROJECT}/inspections/\\d+$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Final acceptance opinion: ${OFFICE_TITLE}`);
  await expect(page.getByRole('region', { name: 'Particulars' })).toContainText('18 May 2022');
  await expect(
    page.getByRole('region', { name: 'Assessment by criterion' }).getByRole('row', { name: /Engineering quality/ }),
  ).toContainText('Qualified');
  await expect(page.getByText('Entered from published reports').first()).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test('the English timeline puts every project on one axis with an English table', async ({ page }) => {
  await page.goto('/en/timeline');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Project timeline');
  const table = page.getByRole('region', { name: 'Timeline (text version)' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('link', { name: OFFICE_TITLE })).toHaveAttribute('href', EN(OFFICE_PROJECT));
  await expect(table).toContainText('18 May 2022 Final acceptance (Qualified)');
  await expect(page.getByText(/^Today, \d{1,2} [A-Z][a-z]+ \d{4}$/)).toBeVisible();
});

test('an unknown English page or record is a real 404 in English', async ({ page }) => {
  for (const path of ['/en/no-such-page', '/en/projects/no-such-project', `/en${SITE}/buildings/no-such-building`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to the home page' })).toHaveAttribute('href', '/en');
  }
});

test('the language switch keeps the page, both ways', async ({ page }) => {
  await page.goto(OFFICE_PROJECT);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const languages = page.getByRole('navigation', { name: '语言' });
  await expect(languages.getByRole('link', { name: '中文' })).toHaveAttribute('aria-current', 'true');
  await languages.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/en${OFFICE_PROJECT}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(OFFICE_TITLE);

  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(new RegExp(`${OFFICE_PROJECT}$`));
  expect(new URL(page.url()).pathname).toBe(OFFICE_PROJECT);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('郑州第二砂轮厂办公楼本体保护修缮工程');

  // From the home page, English is /en and back is /.
  await page.goto('/');
  await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
  expect(new URL(page.url()).pathname).toBe('/en');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' }).click();
  expect(new URL(page.url()).pathname).toBe('/');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the switch is a plain link and the English page is complete', async ({ page }) => {
    await page.goto(SITE);
    await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
    expect(new URL(page.url()).pathname).toBe(EN(SITE));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SITE_NAME);
  });
});

test('every public page names its language versions, canonical address and Open Graph', async ({ page }) => {
  for (const path of ['/', SITE, `${SITE}/buildings/office-building`, OFFICE_PROJECT, '/timeline']) {
    for (const [prefix, lang, ogLocale] of [
      ['', 'zh-CN', 'zh_CN'],
      ['/en', 'en', 'en_GB'],
    ] as const) {
      const own = path === '/' && prefix ? '/en' : `${prefix}${path}`;
      await page.goto(own);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const href = async (selector: string) => new URL((await page.locator(selector).getAttribute('href')) ?? '').pathname;
      expect(await href('link[rel="canonical"]'), own).toBe(own);
      expect(await href('link[rel="alternate"][hreflang="zh-CN"]'), own).toBe(path);
      expect(await href('link[rel="alternate"][hreflang="en"]'), own).toBe(EN(path));
      expect(await href('link[rel="alternate"][hreflang="x-default"]'), own).toBe(path);
      await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', ogLocale);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/);
      expect(new URL((await page.locator('meta[property="og:url"]').getAttribute('content')) ?? '').pathname, own).toBe(own);
    }
  }
});

test('the about page says what the site records and what each verdict means, in both languages', async ({ page }) => {
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1, name: '关于本站' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /^终期验收$/ })).toBeVisible();
  await expect(page.getByText('总体符合要求，但有须整改的问题')).toBeVisible();
  await expect(page.getByRole('link', { name: '全部公开工程（CSV 表格）' })).toHaveAttribute('href', '/api/v1/projects.csv');

  await page.goto('/en/about');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'About this site' })).toBeVisible();
  await expect(page.getByText('The works broadly meet the requirements')).toBeVisible();
  // The footer leads here from every public page, in the page's language.
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'About' })).toHaveAttribute('href', '/en/about');
});
