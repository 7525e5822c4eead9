import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { auditPage, formatAudit } from '../scripts/lighthouse-audit';
import { OFFICE_PROJECT, RUBBER_PROJECT, SITE } from './fixtures';

/**
 * Accessibility of every public page in both languages, on the readers' server (the seeded 二砂
 * case): axe (WCAG 2.1 A and AA) and a visible focus ring on every Tab stop of each page,
 * Lighthouse on the project page, and keyboard walks through the language switch, the site plan
 * and the opinion link. The phone project runs the same checks at 375 px.
 */

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

const LOCALES = {
  zh: {
    prefix: '',
    statuses: ['尚未立项', '立项中', '修缮进行中', '修缮已验收'],
    firstBuilding: '1号 厂部办公大楼：修缮已验收',
    otherLanguage: 'English',
    opinionLink: /意见（可打印）$/,
  },
  en: {
    prefix: '/en',
    statuses: ['Not yet initiated', 'Being initiated', 'Restoration under way', 'Restoration accepted'],
    firstBuilding: 'No. 1 Factory office building: Restoration accepted',
    otherLanguage: '中文',
    opinionLink: /^Read the .*\(printable\)$/,
  },
} as const;

function at(prefix: string, path: string) {
  return prefix && path === '/' ? prefix : `${prefix}${path}`;
}

async function open(page: Page, path: string, status = 200) {
  const response = await page.goto(path);
  expect(response?.status(), `${path} answers ${status}`).toBe(status);
}

/** No serious or critical violation; the message lists each rule, where it hit and how to fix it. */
async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  const report = blocking
    .map((v) => {
      const nodes = v.nodes.map((n) => `  - ${n.target.join(' ')}\n    ${n.failureSummary?.replace(/\n/g, '\n    ')}`);
      return `${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n${nodes.join('\n')}`;
    })
    .join('\n\n');
  expect(
    blocking.map((v) => v.id),
    `axe found serious or critical violations on ${page.url()}:\n\n${report}`,
  ).toEqual([]);
}

/** The first printable opinion the office project links to: a historical verdict as seeded. */
async function opinionPath(page: Page, prefix: string) {
  await open(page, at(prefix, OFFICE_PROJECT));
  const href = await page.locator('a[href*="/inspections/"]').first().getAttribute('href');
  expect(href).toMatch(/\/inspections\/\d+$/);
  return href as string;
}

/** Presses Tab until `target` has the focus, as a keyboard reader would; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 120) {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
  }
  throw new Error(`Tab did not reach ${target} in ${limit} presses`);
}

/**
 * The focused element's ring as a reader sees it: an outline at least 2 px wide on screen (an
 * SVG link's is drawn in the drawing's units), 3:1 against what is behind it (WCAG 1.4.11), and
 * not cut off by a box that clips its overflow.
 */
async function expectFocusRing(target: Locator) {
  const ring = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const linear = (v: number) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    let behind = [255, 255, 255];
    for (let a = el.parentElement; a; a = a.parentElement) {
      const colour = rgb(getComputedStyle(a).backgroundColor);
      if (colour.length === 3 || (colour[3] ?? 0) > 0) {
        behind = colour;
        break;
      }
    }
    const [light, dark] = [luminance(rgb(style.outlineColor)), luminance(behind)].sort((x, y) => y - x) as [number, number];
    const scale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
    const width = Number.parseFloat(style.outlineWidth) * scale;
    const reach = width + Math.max(0, Number.parseFloat(style.outlineOffset) * scale);
    const box = el.getBoundingClientRect();
    let clippedBy: string | null = null;
    for (let a = el.parentElement; a && !clippedBy; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const clip = a.getBoundingClientRect();
      const inside =
        box.left - reach >= clip.left - 0.5 &&
        box.right + reach <= clip.right + 0.5 &&
        box.top - reach >= clip.top - 0.5 &&
        box.bottom + reach <= clip.bottom + 0.5;
      if (!inside) clippedBy = `<${a.tagName.toLowerCase()} class="${a.getAttribute('class') ?? ''}">`;
    }
    const name = `<${el.tagName.toLowerCase()}> ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`;
    return { name, style: style.outlineStyle, width, contrast: (light + 0.05) / (dark + 0.05), clippedBy };
  });
  expect(ring.style, `${ring.name}: the focused element has an outline`).not.toBe('none');
  expect(ring.width, `${ring.name}: the outline is at least 2 px on screen`).toBeGreaterThanOrEqual(2);
  expect(ring.contrast, `${ring.name}: the outline contrasts 3:1 with what is behind it`).toBeGreaterThanOrEqual(3);
  expect(ring.clippedBy, `${ring.name}: no box cuts the outline off`).toBeNull();
}

/** Tabs through the whole page, from the top until the focus leaves it: every stop shows its ring. */
async function expectRingOnEveryTabStop(page: Page) {
  let stops = 0;
  for (; stops < 200; stops++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement === document.body || document.activeElement === null)) break;
    await expectFocusRing(page.locator(':focus'));
  }
  expect(stops, 'the page has something to focus besides the skip link').toBeGreaterThan(1);
}

for (const [locale, { prefix }] of Object.entries(LOCALES)) {
  test.describe(`axe, ${locale}`, () => {
    const pages: [name: string, path: string, status?: number][] = [
      ['home', at(prefix, '/')],
      ['site', at(prefix, SITE)],
      ['building', at(prefix, `${SITE}/buildings/office-building`)],
      ['project', at(prefix, OFFICE_PROJECT)],
      ['project under way', at(prefix, RUBBER_PROJECT)],
      ['timeline', at(prefix, '/timeline')],
      ['about', at(prefix, '/about')],
      ['search with results', at(prefix, `/search?q=${encodeURIComponent('砂轮')}`)],
      ['search without results', at(prefix, `/search?q=${encodeURIComponent('没有这种东西')}`)],
      ['search form', at(prefix, '/search')],
      ['404', at(prefix, '/no-such-page'), 404],
    ];
    for (const [name, path, status] of pages) {
      test(`${name} (${decodeURIComponent(path)}): axe, and a focus ring on every Tab stop`, async ({ page }) => {
        await open(page, path, status);
        await expectNoAxeViolations(page);
        await expectRingOnEveryTabStop(page);
      });
    }

    test('opinion page of a historical verdict: axe, and a focus ring on every Tab stop', async ({ page }) => {
      await open(page, await opinionPath(page, prefix));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
      await expectRingOnEveryTabStop(page);
    });
  });
}

/** Chinese on an English page (a record without English yet, a quoted search term) is marked as Chinese. */
async function expectChineseMarked(page: Page) {
  const unmarked = await page.evaluate(() => {
    const chinese = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60]/u;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !chinese.test(node.textContent ?? '') || parent.closest('[aria-hidden="true"], script, style')) continue;
      if (!parent.closest('[lang]')?.getAttribute('lang')?.startsWith('zh'))
        found.push(`<${parent.tagName.toLowerCase()}> ${node.textContent?.trim()}`);
    }
    return found;
  });
  expect(unmarked, 'Chinese text without lang="zh-CN" on an English page').toEqual([]);
}

test.describe('lang, en', () => {
  for (const [name, path] of [
    ['home', '/en'],
    ['site', `/en${SITE}`],
    ['building', `/en${SITE}/buildings/office-building`],
    ['project', `/en${OFFICE_PROJECT}`],
    ['project under way', `/en${RUBBER_PROJECT}`],
    ['timeline', '/en/timeline'],
    ['search with Chinese results', `/en/search?q=${encodeURIComponent('砂轮')}`],
    ['search for Chinese words without results', `/en/search?q=${encodeURIComponent('没有这种东西')}`],
  ]) {
    test(`${name}: every run of Chinese is marked lang="zh-CN"`, async ({ page }) => {
      await open(page, path as string);
      await expectChineseMarked(page);
    });
  }

  test('opinion page: every run of Chinese is marked lang="zh-CN"', async ({ page }) => {
    await open(page, await opinionPath(page, '/en'));
    await expectChineseMarked(page);
  });
});

for (const [locale, l] of Object.entries(LOCALES)) {
  test.describe(`keyboard, ${locale}`, () => {
    test('the first Tab offers the skip link, and Tab reaches the language switch with a visible ring', async ({ page }) => {
      await open(page, at(l.prefix, SITE));
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: locale === 'zh' ? '跳到正文' : 'Skip to content' });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await expectFocusRing(skip);

      const switchTo = page
        .getByRole('navigation', { name: locale === 'zh' ? '语言' : 'Language' })
        .getByRole('link', { name: l.otherLanguage });
      await tabTo(page, switchTo, 10);
      await expectFocusRing(switchTo);
    });

    test('Tab reaches every building on the site plan, each named with its status in words', async ({ page }) => {
      await open(page, at(l.prefix, SITE));
      const buildings = page
        .getByRole('group', { name: locale === 'zh' ? '建筑分布与修缮状态' : 'Buildings and their restoration status' })
        .getByRole('link');
      await expect(buildings).toHaveCount(7);
      await tabTo(page, buildings.first(), 20);
      await expect(buildings.first()).toHaveAccessibleName(l.firstBuilding);
      const status = new RegExp(`(${l.statuses.join('|')})$`);
      for (let n = 0; n < 7; n++) {
        const building = buildings.nth(n);
        if (n > 0) await page.keyboard.press('Tab');
        await expect(building).toBeFocused();
        await expect(building).toHaveAccessibleName(status);
        await expectFocusRing(building);
      }
      // Enter follows the focused building's link.
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/buildings\/spare-tool-warehouse$/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });

    test('Tab reaches the opinion link of a verdict, and Enter opens the opinion', async ({ page }) => {
      await open(page, at(l.prefix, OFFICE_PROJECT));
      const link = page.getByRole('link', { name: l.opinionLink }).first();
      await tabTo(page, link);
      await expectFocusRing(link);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/inspections\/\d+$/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  });
}

test.describe('Lighthouse', () => {
  test.skip(({ isMobile }) => isMobile, 'one run per language is enough; Lighthouse emulates its own phone');
  test.describe.configure({ timeout: 180_000 });

  for (const [locale, { prefix }] of Object.entries(LOCALES)) {
    test(`accessibility of the project page scores 100 (${locale})`, async ({ baseURL }) => {
      const result = await auditPage(new URL(at(prefix, OFFICE_PROJECT), baseURL).toString(), ['accessibility']);
      expect(result.scores.accessibility, formatAudit(result)).toBe(100);
    });
  }
});
